#include "cli/help_wrap.hpp"

#include "text/text.hpp"

#include <algorithm>
#include <vector>

namespace acctmgr::cli {
namespace {

/// The column continuation lines of `line` start at: after the first gap of 2+ spaces that
/// follows text, if there is one in the left half, else the line's own indentation.
std::size_t hanging_indent(std::string_view line, int width) {
  const std::size_t lead = std::min(line.find_first_not_of(' '), line.size());
  const std::size_t gap = line.find("  ", lead);
  if (gap != std::string_view::npos) {
    const std::size_t text = line.find_first_not_of(' ', gap);
    if (text != std::string_view::npos && display_width(line.substr(0, text)) <= width / 2)
      return static_cast<std::size_t>(display_width(line.substr(0, text)));
  }
  return lead;
}

void wrap_line(std::string_view line, int width, std::string& out) {
  if (display_width(line) <= width) {
    out.append(line);
    return;
  }
  // Less than 20 columns right of a hanging indent reads worse than none.
  const std::size_t lead = std::min(line.find_first_not_of(' '), line.size());
  std::size_t indent = hanging_indent(line, width);
  if (width - static_cast<int>(indent) < 20) indent = lead;
  // The first line keeps its own head (an option's name and the gap) as one unbreakable
  // prefix; the words after it are wrapped into the room right of `indent`.
  std::string head(line.substr(0, lead));
  std::string_view rest = line.substr(lead);
  if (indent > lead) {
    std::size_t byte = 0; // the byte where the text at display column `indent` starts
    while (byte < line.size() && display_width(line.substr(0, byte)) < static_cast<int>(indent))
      ++byte;
    head = std::string(line.substr(0, byte));
    rest = line.substr(byte);
  }
  const std::vector<std::string> lines = wrap(rest, std::max(width - static_cast<int>(indent), 10));
  const std::string pad(indent, ' ');
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += i == 0 ? head : pad;
    // A break at a run of spaces leaves one at the end of the line.
    out += std::string_view(lines[i]).substr(0, lines[i].find_last_not_of(' ') + 1);
  }
}

} // namespace

std::string wrap_help(std::string_view text, int width) {
  std::string out;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    wrap_line(text.substr(0, end), width, out);
    if (end == std::string_view::npos) break;
    out += '\n';
    text = text.substr(end + 1);
  }
  return out;
}

} // namespace acctmgr::cli
