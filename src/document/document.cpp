#include "document/document.hpp"

#include "text/diagnostic.hpp"

#include <algorithm>

namespace acctmgr {

void add_rates(Context& c, const std::vector<FxRate>& rates) {
  for (const FxRate& r : rates)
    if (std::find(c.rates.begin(), c.rates.end(), r) == c.rates.end()) c.rates.push_back(r);
  std::sort(c.rates.begin(), c.rates.end(), [](const FxRate& a, const FxRate& b) {
    return a.fiscal_year != b.fiscal_year ? a.fiscal_year < b.fiscal_year : a.currency < b.currency;
  });
}

Table findings_table(const std::vector<Finding>& findings) {
  Table t("findings", {column("file", CellKind::text), column("line", CellKind::count),
                       column("manager", CellKind::text), column("client", CellKind::text),
                       column("code", CellKind::status), column("severity", CellKind::status),
                       column("message", CellKind::text), column("at_stake", CellKind::amount)});
  for (const Finding& f : findings)
    t.add_row({{"file", shown_file(f.file)},
               {"line", static_cast<std::int64_t>(f.line)},
               {"manager", f.manager},
               {"client", f.client},
               {"code", std::string(to_string(f.code))},
               {"severity", std::string(severity_word(f))},
               {"message", f.message},
               {"at_stake", optional_cell(f.at_stake)}});
  return t;
}

} // namespace acctmgr
