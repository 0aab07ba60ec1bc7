#include "reports/client_state.hpp"

#include "model/period.hpp"

namespace acctmgr {

bool is_lost_at(const Client& c, Month e) {
  if (!c.lost || *c.lost > e) return false;
  const bool won_back = c.won && *c.won > *c.lost && *c.won <= e;
  return !won_back;
}

bool is_active_at(const Client& c, Month e) {
  return c.revenue.sum(window_ending(e, 12)) > Money() && !is_lost_at(c, e);
}

} // namespace acctmgr
