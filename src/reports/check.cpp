#include "reports/check.hpp"

#include "reports/conversion.hpp"
#include "reports/findings.hpp"

#include <fmt/format.h>

namespace acctmgr {

std::string silenced_message(const Finding& f) {
  const Silence& s = *f.silenced;
  std::string why = s.until ? fmt::format("silenced until {}", *s.until) : "silenced";
  if (!s.reason.empty()) why += ": " + s.reason;
  return fmt::format("{} [{}]", f.message, why);
}

std::vector<Finding> check_findings(const ReportInput& in, const CodeSet& ignored,
                                    bool include_info, bool silenced) {
  FindingLists lists(in.portfolios.size());
  for (const PortfolioPeriod& pp : in.portfolios) {
    FindingSet own = findings(*pp.portfolio, pp.period);
    lists.add(std::move(silenced ? own.silenced : own.active));
  }
  std::vector<Finding> found = without_codes(lists.merged(), ignored);
  if (silenced) {
    for (Finding& f : found)
      f.message = silenced_message(f);
    return found;
  }
  if (!include_info)
    std::erase_if(found, [](const Finding& f) { return f.severity == Severity::info; });
  return found;
}

Document check_document(const ReportInput& in, std::vector<Finding> findings) {
  Document d{{}, context_of(in), {}};
  for (const PortfolioPeriod& pp : in.portfolios) // forecast and pipeline findings: as_of's
    add_rates(d.context, rates_used(*pp.portfolio, as_of_year(pp)));
  d.sections.push_back({"findings", FindingList{std::move(findings), true}, false});
  return d;
}

} // namespace acctmgr
