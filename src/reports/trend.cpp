#include "reports/trend.hpp"

#include "model/period.hpp"

namespace acctmgr {

std::vector<Money> revenue_trend(const Client& c, Month e) {
  const MonthRange window = window_ending(e, kTrendMonths);
  std::vector<Money> out;
  out.reserve(kTrendMonths);
  for (Month m : window)
    out.push_back(c.revenue.get(m).value_or(Money()));
  return out;
}

} // namespace acctmgr
