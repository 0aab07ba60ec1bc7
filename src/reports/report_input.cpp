#include "reports/report_input.hpp"

#include "reports/conversion.hpp"

#include <algorithm>

namespace acctmgr {
namespace {

template <class T> void add_once(std::vector<T>& seen, const T& value) {
  if (std::find(seen.begin(), seen.end(), value) == seen.end()) seen.push_back(value);
}

} // namespace

Context context_of(const ReportInput& in) {
  return context_of(in, [](const PortfolioPeriod& pp) {
    return pp.portfolio->settings.calendar().year_of(pp.period.end());
  });
}

Context context_of(const ReportInput& in, const std::function<int(const PortfolioPeriod&)>& year,
                   bool own_amounts) {
  Context c{to_string(in.spec), {}, {}, in.settings_file, false, {}};
  for (const PortfolioPeriod& pp : in.portfolios)
    add_once(c.as_of, pp.portfolio->as_of);
  if (in.portfolios.empty()) return c;
  // Without a reporting currency the loader refuses a run of mixed currencies.
  const Portfolio& first = *in.portfolios.front().portfolio;
  c.currency = reporting_currency(first);
  c.converted = first.currencies.converts();
  if (year)
    for (const PortfolioPeriod& pp : in.portfolios)
      add_rates(c, rates_used(*pp.portfolio, year(pp), own_amounts));
  return c;
}

int as_of_year(const PortfolioPeriod& pp) {
  return pp.portfolio->settings.calendar().year_of(pp.portfolio->as_of);
}

Document table_document(const ReportInput& in, std::string key, Table table) {
  Document d{{}, context_of(in), {}};
  d.sections.push_back({std::move(key), std::move(table), false});
  return d;
}

} // namespace acctmgr
