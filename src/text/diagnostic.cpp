#include "text/diagnostic.hpp"

#include "text/text.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>

namespace acctmgr {

std::string format_diagnostic(const Diagnostic& d) {
  // Messages quote the input (an unknown key, a bad value) and a quoted YAML string may
  // hold any escape, such as "\e[2J" or "\n": escape them so that the header stays one line
  // and nothing from the file reaches the terminal raw.
  const std::string file = escape_terminal(shown_file(d.file));
  const std::string message = escape_terminal(d.message);
  const char* severity = d.warning ? "warning" : "error";
  std::string out = d.line > 0 ? fmt::format("{}:{}:{}: {}: {}\n", file, d.line,
                                             d.column > 0 ? d.column : 1, severity, message)
                               : fmt::format("{}: {}: {}\n", file, severity, message);
  // An empty line gets its caret too (an empty file, the end of a file): the same shape for
  // every problem that has a line.
  if (d.line > 0) {
    const std::string shown = escape_terminal(d.source_line);
    // The caret goes under the display column of the offending character.
    std::size_t offset = 0;
    const int caret = d.excerpt_column > 0 ? d.excerpt_column : d.column;
    for (int chars = 0; offset < d.source_line.size() && chars < caret - 1; ++chars)
      offset = utf8::next_char(d.source_line, offset);
    const int indent = display_width(escape_terminal(d.source_line.substr(0, offset)));
    out += fmt::format("  {}\n  {:>{}}\n", shown, "^", indent + 1);
  }
  return out;
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(diagnostics.empty() ? "input error" : diagnostics.front().message),
      diagnostics_(std::move(diagnostics)) {}

} // namespace acctmgr
