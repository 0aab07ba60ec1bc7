#include "read/currency_check.hpp"

#include "read/source_check.hpp"
#include "read/source_text.hpp"

#include <fmt/format.h>
#include <optional>

namespace acctmgr {

void check_currency(const Portfolio& p, const std::string& bytes, const Portfolio& first,
                    std::vector<Diagnostic>& out) {
  // Line starts cost a pass over the file: found only when a currency differs.
  std::optional<SourceText> source;
  auto differs = [&](const std::string& currency, SourcePos at, const char* whose) {
    if (!source) source.emplace(strip_bom(bytes), p.file);
    out.push_back(
        Diagnostic{p.file, at.line, at.column,
                   fmt::format("{}currency {} differs from {} in {}: mixed currencies: set "
                               "reporting_currency and fx in acctmgr.yaml",
                               whose, currency, first.currency, first.file),
                   std::string(source->line_text(at.line))});
  };
  if (p.currency != first.currency) differs(p.currency, p.currency_pos, "");
  for (const Client& c : p.clients)
    if (c.currency != first.currency && c.currency_pos.line > 0)
      differs(c.currency, c.currency_pos, "client ");
}

} // namespace acctmgr
