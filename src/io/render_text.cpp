#include "io/render.hpp"
#include "io/text.hpp"

#include <fmt/format.h>

namespace acctmgr {

std::string render_text(const Document& d, const RenderOptions&) {
  std::string out;
  for_each_finding(d, "text", [&](const Finding& f) {
    const std::string who = f.client.empty() ? "" : " " + f.client;
    out += escape_terminal(fmt::format("{}:{}: {} {}{}: {}", shown_file(f.file), f.line,
                                       to_string(f.severity), to_string(f.code), who, f.message));
    out += '\n';
  });
  return out;
}

} // namespace acctmgr
