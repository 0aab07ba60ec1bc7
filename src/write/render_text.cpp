#include "text/diagnostic.hpp"
#include "text/text.hpp"
#include "write/palette.hpp"
#include "write/render.hpp"

#include <fmt/format.h>
#include <string_view>

namespace acctmgr {
namespace {

/// The severity word, coloured when asked: only our own words get escape codes, never text
/// from a file.
std::string shown_severity(const Finding& f, bool color) {
  const std::string word = severity_word(f);
  return color ? fmt::format("{}{}{}", status_color(word), word, kReset) : word;
}

} // namespace

std::string render_text(const Document& d, const RenderOptions& o) {
  TextOut out(o.sink);
  for_each_finding(d, "text", [&](const Finding& f) {
    const std::string who = f.client.empty() ? "" : " " + f.client;
    out += fmt::format("{}:{}: {} {}{}: {}\n", escape_terminal(shown_file(f.file)), f.line,
                       shown_severity(f, o.color), to_string(f.code), escape_terminal(who),
                       escape_terminal(f.message));
  });
  return out.take();
}

} // namespace acctmgr
