#include "reports/client_state.hpp"

#include "model/period.hpp"

#include <algorithm>

namespace acctmgr {

bool is_lost_at(const Client& c, Month e) {
  if (!c.lost || *c.lost > e) return false;
  const bool won_back = c.won && *c.won > *c.lost && *c.won <= e;
  return !won_back;
}

bool is_active_at(const Client& c, Month e) {
  return c.revenue.sum(window_ending(e, 12)) > Money() && !is_lost_at(c, e);
}

MonthRange unknown_months(const Client& c) {
  const auto first = c.revenue.first_month();
  // By index, not Month arithmetic: the month before a first entry of 0001-01 is none (Month
  // would saturate at 0001-01 and call it unknown).
  return MonthRange::clipped(c.won ? c.won->index() : Month::kMinIndex,
                             first ? static_cast<long long>(first->index()) - 1
                                   : static_cast<long long>(Month::kMaxIndex));
}

bool is_unknown_month(const Client& c, Month m) {
  return unknown_months(c).contains(m);
}

History history_of(const Client& c, const MonthRange& r) {
  const MonthRange unknown = unknown_months(c);
  if (r.empty() || unknown.empty()) return History::known;
  if (unknown.first <= r.first && r.last <= unknown.last) return History::none;
  const bool overlap = std::max(unknown.first, r.first) <= std::min(unknown.last, r.last);
  return overlap ? History::partial : History::known;
}

} // namespace acctmgr
