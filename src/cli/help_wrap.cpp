#include "cli/help_wrap.hpp"

#include "text/text.hpp"

#include <algorithm>
#include <vector>

namespace acctmgr::cli {
namespace {

/// The byte where `line`'s text starts for wrapping: after the first gap of 2+ spaces that
/// follows text, when that lies in the left half and leaves 20 columns or more (less reads
/// worse than none), else after the line's own indentation. Continuation lines start in the
/// column of that byte; what comes before it (an option's name and the gap) stays whole.
std::size_t text_start(std::string_view line, int width) {
  const std::size_t lead = std::min(line.find_first_not_of(' '), line.size());
  const std::size_t gap = line.find("  ", lead);
  if (gap == std::string_view::npos) return lead;
  const std::size_t text = line.find_first_not_of(' ', gap);
  if (text == std::string_view::npos) return lead;
  const int column = display_width(line.substr(0, text));
  return column <= width / 2 && width - column >= 20 ? text : lead;
}

void wrap_line(std::string_view line, int width, std::string& out) {
  if (display_width(line) <= width) {
    out.append(line);
    return;
  }
  const std::size_t start = text_start(line, width);
  const int indent = display_width(line.substr(0, start));
  const std::vector<std::string> lines = wrap(line.substr(start), std::max(width - indent, 10));
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += i == 0 ? std::string(line.substr(0, start)) : pad;
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
