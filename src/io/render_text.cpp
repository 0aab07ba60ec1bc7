#include "io/render.hpp"
#include "io/text.hpp"

#include <fmt/format.h>
#include <stdexcept>

namespace acctmgr {

std::string render_text(const Document& d, const RenderOptions&) {
  std::string out;
  for (const Section& s : d.sections) {
    const FindingList* list = std::get_if<FindingList>(&s.body);
    if (list == nullptr) throw std::logic_error("the text format prints findings only");
    for (const Finding& f : list->findings) {
      const std::string who = f.client.empty() ? "" : " " + f.client;
      out += escape_terminal(fmt::format("{}:{}: {} {}{}: {}", f.file == "-" ? "<stdin>" : f.file,
                                         f.line, to_string(f.severity), to_string(f.code), who,
                                         f.message));
      out += '\n';
    }
  }
  return out;
}

} // namespace acctmgr
