#include "portfolio_builder.hpp"
#include "reports/forecast.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// Calendar fiscal years, as_of 2026-10. prev_year 2025 = 12 × 1000 = 12,000; actual
// 2026-01..10 = 10 × 1100 = 11,000.
Client steady_year() {
  Client c = client("acme", 10);
  std::vector<MonthSeries::Entry> revenue = flat("2025-01", "2025-12", 1000).entries();
  const MonthSeries year = flat("2026-01", "2026-10", 1100);
  for (const auto& e : year.entries())
    revenue.push_back(e);
  c.revenue = MonthSeries(revenue);
  return c;
}

ClientForecast only(const Portfolio& p) {
  const ForecastReport r = forecast_report(p, p.as_of);
  REQUIRE(r.clients.size() == 1);
  return r.clients[0];
}

} // namespace

TEST_CASE("forecast: actual, forecast, projected, growth and gap") {
  Client c = steady_year();
  // 2026-10 is an actual month: its forecast only feeds WAPE. 2026-12 is an explicit 0.
  c.forecast = units({{"2026-10", 1100}, {"2026-11", 1200}, {"2026-12", 0}});
  const Portfolio p = portfolio("2026-10", {c});
  const ClientForecast f = only(p);
  CHECK(f.actual == Money::units(11000));
  CHECK(f.forecast == Money::units(1200));
  CHECK(f.projected == Money::units(12200));
  CHECK(f.prev_year == Money::units(12000));
  CHECK(f.projected_growth == Ratio(200, 12000)); // 12,200 / 12,000 − 1
  CHECK(f.target == Ratio(1, 5));
  CHECK(f.gap == Money::units(2200)); // 12,000 × 1.2 − 12,200
  // Next 3 months: 2026-11 (entry), 2026-12 (explicit 0: an entry), 2027-01 (none).
  CHECK(f.missing == std::vector<Month>{mon("2027-01")});
}

TEST_CASE("forecast: gap is 0 when ahead, and rounded half-up to the cent") {
  Client ahead = steady_year();
  ahead.forecast = units({{"2026-11", 2000}, {"2026-12", 2000}}); // 15,000 > 14,400
  CHECK(only(portfolio("2026-10", {ahead})).gap == Money());

  Client tiny = client("tiny", 10);
  // A 0 entered for 2025-01: the file holds all of 2025.
  tiny.revenue = MonthSeries({{mon("2025-01"), Money()}, {mon("2025-05"), Money::from_cents(5)}});
  Portfolio p = portfolio("2026-10", {tiny});
  p.settings.growth_target = Ratio(1, 10);
  // 0.05 × 1.1 = 0.055 -> 0.06 (half-up, not truncated to 0.05).
  const ClientForecast f = only(p);
  CHECK(f.gap == Money::from_cents(6));
  CHECK(f.projected_growth == Ratio(-1, 1));
}

TEST_CASE("forecast: a saturated client's target is 0, so its gap is to hold revenue") {
  Client c = steady_year();
  // Revenue of the 12 months ending 2026-10: 2 × 1000 + 11,000 = 13,000; of a 14,000 wallet
  // that is 92.9 %: saturated.
  c.wallet[2026] = Money::units(14000);
  const ClientForecast f = only(portfolio("2026-10", {c}));
  CHECK(f.target == Ratio());
  CHECK(f.gap == Money::units(1000));   // 12,000 × 1 − 11,000
  c.wallet[2026] = Money::units(20000); // 65 %: core, the 20 % target applies
  CHECK(only(portfolio("2026-10", {c})).gap == Money::units(3400)); // 14,400 − 11,000
}

TEST_CASE("forecast: missing months cross the fiscal year, explicit 0 counts") {
  Client c = steady_year();
  c.revenue = units({{"2026-12", 100}});
  c.forecast = units({{"2027-02", 0}});
  Portfolio p = portfolio("2026-12", {c});
  const ClientForecast f = only(p);
  CHECK(f.forecast == Money()); // as_of is the last month of the year: nothing after it
  CHECK(f.missing == std::vector<Month>{mon("2027-01"), mon("2027-03")});
  p.settings.forecast_months = 1;
  CHECK(only(p).missing == std::vector<Month>{mon("2027-01")});
}

TEST_CASE("WAPE: Σ|actual − forecast| / Σ actual over forecast months of the last 12") {
  Client c = steady_year();
  // 2025-10 is outside the 12 months ending 2026-10 and is ignored.
  // 2025-11: |1000 − 900| = 100; 2026-09: |1100 − 1000| = 100; 2026-10: |1100 − 1200| = 100.
  // Σ error 300 / Σ actual (1000 + 1100 + 1100 = 3200) = 3/32.
  c.forecast = units({{"2025-10", 5000}, {"2025-11", 900}, {"2026-09", 1000}, {"2026-10", 1200}});
  CHECK(wape(c, mon("2026-10")) == Ratio(3, 32));

  // A miss on a month without actual counts in full: |1000 − 800| + |0 − 500| = 700 over 1000.
  Client lost = client("lost", 10);
  lost.revenue = units({{"2026-05", 1000}});
  lost.forecast = units({{"2026-05", 800}, {"2026-06", 500}});
  CHECK(wape(lost, mon("2026-10")) == Ratio(7, 10));

  // No actual in the forecast months: undefined.
  Client none = client("none", 10);
  none.revenue = units({{"2026-05", 1000}});
  none.forecast = units({{"2026-06", 500}});
  CHECK(!wape(none, mon("2026-10")));
}

TEST_CASE("forecast: listed clients and a fiscal year starting in April") {
  Client old = client("old", 10); // previous-year revenue only: listed, projected 0
  old.revenue = units({{"2025-06", 500}});
  Client next = client("next", 20); // forecast only for next year: not listed
  next.forecast = units({{"2027-01", 500}});
  Client plan = client("plan", 30); // forecast only this year: listed
  plan.forecast = units({{"2026-11", 500}});
  const Portfolio listed = portfolio("2026-10", {old, next, plan});
  const ForecastReport r = forecast_report(listed, listed.as_of);
  REQUIRE(r.clients.size() == 2);
  CHECK(r.clients[0].client->id == "old");
  CHECK(r.clients[1].client->id == "plan");
  CHECK(!r.clients[1].projected_growth);

  // FY2027 = 2026-04..2027-03: actual 2026-04..10, forecast 2026-11..2027-03, prev FY2026.
  Client c = client("apr", 10);
  c.revenue = units({{"2026-03", 7}, {"2026-04", 10}, {"2026-10", 20}});
  c.forecast = units({{"2027-03", 30}, {"2027-04", 99}});
  Portfolio p = portfolio("2026-10", {c});
  p.settings.fiscal_year_start = 4;
  const ForecastReport a = forecast_report(p, p.as_of);
  CHECK(a.fiscal_year == 2027);
  CHECK(a.clients.at(0).actual == Money::units(30));
  CHECK(a.clients.at(0).forecast == Money::units(30));
  CHECK(a.clients.at(0).prev_year == Money::units(7));
}

TEST_CASE("forecast table: SPEC columns") {
  Client c = steady_year();
  const Portfolio p = portfolio("2026-10", {c});
  const Table t = forecast_table({forecast_report(p, p.as_of)});
  const char* names[] = {"manager",  "client",    "name",      "actual",
                         "forecast", "projected", "prev_year", "projected_growth",
                         "gap",      "missing",   "wape"};
  REQUIRE(t.columns().size() == 11);
  for (std::size_t i = 0; i < 11; ++i)
    CHECK(t.columns()[i].name == names[i]);
  REQUIRE(t.rows().size() == 1);
  CHECK(std::get<std::int64_t>(t.rows()[0].cells[9]) == 3);
  CHECK(std::holds_alternative<std::monostate>(t.rows()[0].cells[10]));
}

TEST_CASE("forecast: a client lost at as_of has gap 0 and nothing missing") {
  Client c = steady_year(); // gap 12,000 × 1.2 − 11,000 = 3,400 and 3 months missing while active
  CHECK(only(portfolio("2026-10", {c})).gap == Money::units(3400));
  CHECK(only(portfolio("2026-10", {c})).missing.size() == 3);
  c.lost = mon("2026-10");
  const ClientForecast f = only(portfolio("2026-10", {c}));
  CHECK(f.gap == Money());
  CHECK(f.missing.empty());
  CHECK(f.actual == Money::units(11000)); // the figures stay
  CHECK(f.prev_year == Money::units(12000));
  c.lost = mon("2026-11"); // lost after as_of: still asked for the gap
  CHECK(only(portfolio("2026-10", {c})).gap == Money::units(3400));
}
