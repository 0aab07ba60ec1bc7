#include "cli/print.hpp"

#include "cli/output.hpp"
#include "cli/terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace acctmgr::cli {

void emit(const OutputOptions& o, const std::string& text, std::optional<int> width) {
  if (!o.to_stdout()) {
    write_output_file(o.output, text,
                      o.private_data ? NewFileMode::owner_only : NewFileMode::shared);
    return;
  }
  if (width && !o.no_pager && page(text, *width)) return;
  write_stdout(text);
}

TextOut::Sink stdout_sink(const OutputOptions& o) {
  if (!o.to_stdout()) return {};
  return [](const std::string& part) { write_stdout(part); };
}

std::optional<int> table_width(const OutputOptions& o, Format format) {
  if (format != Format::table || !o.to_stdout()) return std::nullopt;
  return terminal_width();
}

void print(const OutputOptions& o, const Document& d, Format format) {
  RenderOptions options;
  options.color = format == Format::table && use_color(o);
  options.bom = o.bom;
  options.spark = format == Format::table && !o.no_spark && utf8_locale();
  options.width = table_width(o, format);
  options.key_columns = o.key_columns && !o.wide;
  // Straight to stdout as it is made, unless a pager may want the whole text first.
  if (!options.width || o.no_pager) options.sink = stdout_sink(o);
  emit(o, render(d, format, options), options.width);
}

bool use_color(const OutputOptions& o) {
  if (o.color == "always") return true;
  if (o.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return o.to_stdout() && isatty(STDOUT_FILENO) != 0;
}

} // namespace acctmgr::cli
