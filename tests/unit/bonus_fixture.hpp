#pragma once

// Literal portfolios for the bonus tests: a manager on a 48,000.00 salary, fiscal years on the
// calendar, as_of 2026-10, target 1,000,000.00 for 2026, and a plan paying 30 % at 100 %.

#include "model/portfolio.hpp"

#include <initializer_list>
#include <utility>

namespace acctmgr::test {

inline Money units(std::int64_t u) {
  return Money::units(u);
}
inline Money cents(std::int64_t c) {
  return Money::from_cents(c);
}

inline MonthSeries series(std::initializer_list<std::pair<Month, Money>> entries) {
  return MonthSeries(std::vector<MonthSeries::Entry>(entries));
}

inline Client client(std::string id, MonthSeries revenue, MonthSeries forecast = {}) {
  Client c;
  c.name = "Client " + id;
  c.id = std::move(id);
  c.revenue = std::move(revenue);
  c.forecast = std::move(forecast);
  return c;
}

inline Client won_client(std::string id, Origin origin, Month won, MonthSeries revenue = {},
                         MonthSeries forecast = {}) {
  Client c = client(std::move(id), std::move(revenue), std::move(forecast));
  c.origin = origin;
  c.won = won;
  if (origin == Origin::referral) c.referred_by = "Ivan Petrenko";
  return c;
}

inline Portfolio portfolio(std::vector<Client> clients) {
  Portfolio p;
  p.file = "olena.yaml";
  p.manager = "Olena Kovalenko";
  p.currency = "USD";
  p.as_of = Month(2026, 10);
  p.salary = units(48000);
  p.revenue_targets = {{2026, units(1000000)}};
  BonusPlan plan;
  plan.target_pct = Ratio(3, 10);
  plan.file = "olena.yaml";
  plan.pos = {12, 1};
  p.bonus = plan;
  p.clients = std::move(clients);
  return p;
}

/// One existing client with `revenue` of actuals in 2026-01.
inline Portfolio with_revenue(Money revenue) {
  return portfolio({client("acme", series({{Month(2026, 1), revenue}}))});
}

} // namespace acctmgr::test
