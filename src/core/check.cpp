#include "core/check.hpp"

#include "core/findings.hpp"

namespace acctmgr {

std::vector<Finding> check_findings(const ReportInput& in, const CodeSet& ignored,
                                    bool include_info) {
  std::vector<Finding> found;
  for (const PortfolioPeriod& pp : in.portfolios) {
    std::vector<Finding> own = findings(*pp.portfolio, pp.period);
    found.insert(found.end(), own.begin(), own.end());
  }
  sort_findings(found);
  found = without_codes(std::move(found), ignored);
  if (!include_info)
    std::erase_if(found, [](const Finding& f) { return f.severity == Severity::info; });
  return found;
}

Document check_document(const ReportInput& in, std::vector<Finding> findings) {
  Document d{{}, context_of(in), {}};
  d.sections.push_back({"findings", FindingList{std::move(findings), true}, false});
  return d;
}

} // namespace acctmgr
