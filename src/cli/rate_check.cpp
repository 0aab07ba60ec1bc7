#include "cli/rate_check.hpp"

#include "cli/located_diagnostic.hpp"
#include "reports/conversion.hpp"

namespace acctmgr::cli {

Diagnostic rate_diagnostic(const MissingRate& e) {
  const RateNeededBy& by = e.needed_by();
  return located_diagnostic(by.file, {by.line, by.column}, e.problem());
}

void require_rates(const std::vector<RatesNeeded>& needs) {
  std::vector<Diagnostic> problems;
  for (const RatesNeeded& need : needs)
    for (int year : need.years)
      for (const MissingRate& e : missing_rates(*need.portfolio, year, need.own_amounts))
        problems.push_back(rate_diagnostic(e));
  if (!problems.empty()) throw InputError(std::move(problems));
}

void require_rates(const ReportInput& in, RateYears which) {
  std::vector<RatesNeeded> needs;
  for (const PortfolioPeriod& pp : in.portfolios) {
    const FiscalCalendar calendar = pp.portfolio->settings.calendar();
    const int end = calendar.year_of(pp.period.end()),
              as_of = calendar.year_of(pp.portfolio->as_of);
    needs.push_back({pp.portfolio, {end}});
    if (which == RateYears::period_end_and_as_of && as_of != end)
      needs.back().years.push_back(as_of);
  }
  require_rates(needs);
}

} // namespace acctmgr::cli
