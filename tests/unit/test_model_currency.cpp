#include "bonus_fixture.hpp"
#include "read/scalars.hpp"
#include "reports/bonus.hpp"
#include "reports/conversion.hpp"
#include "reports/forecast.hpp"
#include "reports/growth.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

/// EUR amounts in a USD report: 1 EUR = 1.12345678 USD in 2026 (8 decimals), 1.085 in 2025.
Currencies usd_report() {
  Currencies c;
  c.reporting = "USD";
  c.fx[2026]["EUR"] = Ratio(112345678, 100000000);
  c.fx[2025]["EUR"] = Ratio(1085, 1000);
  c.file = "acctmgr.yaml";
  return c;
}

Client eur(Client c) {
  c.currency = "EUR";
  return c;
}

Period ytd_2026_06() {
  return {MonthRange{Month(2026, 1), Month(2026, 6)}, MonthRange{Month(2025, 1), Month(2025, 6)}};
}

} // namespace

TEST_CASE("a rate with 8 decimals is exact, and a sum is converted and rounded once") {
  const auto rate = parse_rate("1.12345678", false);
  REQUIRE(rate);
  CHECK(*rate.value == Ratio(112345678, 100000000));
  // 72,000.00 × 1.12345678 = 80,888.88816 -> 80,888.89.
  CHECK(convert(units(72000), *rate.value) == cents(8088889));
  CHECK(rate_text(*rate.value) == "1.12345678");
  CHECK(parse_rate("1.08500000000", false)); // trailing zeros: still 8 decimals of value
  CHECK(parse_rate("1.123456789", false).error ==
        "rate 1.123456789 has more than 8 decimal places");
  CHECK_FALSE(parse_rate("0", false));
  CHECK(parse_rate("-1.1", false).error == "rate -1.1 must not be negative");
  CHECK_FALSE(parse_rate("1.1", true)); // quoted: a string
}

TEST_CASE("a half-cent after conversion rounds half-up, once") {
  // 1.00 × 1.125 = 1.125 -> 1.13; 0.01 × 0.5 = 0.005 -> 0.01; 0.03 × 0.5 = 0.015 -> 0.02.
  CHECK(convert(cents(100), Ratio(9, 8)) == cents(113));
  CHECK(convert(cents(1), Ratio(1, 2)) == cents(1));
  CHECK(convert(cents(3), Ratio(1, 2)) == cents(2));
  // 0.0049 would round down: 0.01 × 0.49 = 0.0049 -> 0.00.
  CHECK(convert(cents(1), Ratio(49, 100)) == cents(0));
}

TEST_CASE("rates: 1 without a reporting currency and for the reporting currency itself") {
  const Currencies none;
  CHECK(rate_of(none, "EUR", 2026) == Ratio::integer(1));
  const Currencies c = usd_report();
  CHECK(rate_of(c, "USD", 1999) == Ratio::integer(1));
  CHECK(rate_of(c, "EUR", 2025) == Ratio(217, 200));
  try {
    rate_of(c, "EUR", 2024, {"olena.yaml", 14, 15, "acme"});
    FAIL("a missing rate must throw");
  } catch (const MissingRate& e) {
    CHECK(e.currency() == "EUR");
    CHECK(e.fiscal_year() == 2024);
    CHECK(e.needed_by().line == 14);
    CHECK(e.needed_by().column == 15);
    // The fx has other years: the entry to add is a new year under fx:.
    CHECK(e.problem() == "client 'acme': no fx rate for EUR in fiscal year 2024: add `2024: "
                         "{EUR: RATE}` under `fx:` in acctmgr.yaml");
    CHECK(std::string(e.what()) == "olena.yaml: " + e.problem());
  }
  // The year is there without the currency: the entry goes under that year.
  try {
    rate_of(c, "UAH", 2025, {});
    FAIL("a missing rate must throw");
  } catch (const MissingRate& e) {
    CHECK(std::string(e.what()) == "no fx rate for UAH in fiscal year 2025: add `UAH: RATE` under "
                                   "`2025:` in the fx of acctmgr.yaml");
  }
  // No fx at all: the whole key.
  Currencies bare = c;
  bare.fx.clear();
  bare.file = "team/acctmgr.yaml";
  CHECK_THROWS_WITH_AS(rate_of(bare, "EUR", 2026, {}),
                       "no fx rate for EUR in fiscal year 2026: add `fx: {2026: {EUR: RATE}}` to "
                       "team/acctmgr.yaml",
                       MissingRate);
}

TEST_CASE("growth is the same in the client's currency and after conversion") {
  // 6 × 12,000 EUR against 6 × 10,000 EUR: growth exactly 20 %, on target. Converted at
  // 1.12345678: 80,888.89 against 67,407.41 (change 13,481.48), whose ratio would be
  // 0.19999999...: the growth and status stay the EUR ones.
  Client acme = eur(client("acme", {}));
  std::vector<std::pair<Month, Money>> revenue;
  for (int m = 1; m <= 6; ++m) {
    revenue.emplace_back(Month(2025, m), units(10000));
    revenue.emplace_back(Month(2026, m), units(12000));
  }
  acme.revenue = MonthSeries(std::move(revenue));
  Portfolio p = portfolio({acme});
  p.currencies = usd_report();
  const GrowthReport r = growth_report(p, ytd_2026_06());
  REQUIRE(r.clients.size() == 1);
  const Growth& g = r.clients.front().figures;
  CHECK(g.revenue == cents(8088889));
  CHECK(g.prev_revenue == cents(6740741));
  CHECK(g.change == cents(1348148));
  CHECK(*g.growth == Ratio(1, 5));
  CHECK(g.status == GrowthStatus::on_target);
  // The same client without a reporting currency: the same growth and status.
  p.currencies = {};
  const Growth plain = growth_report(p, ytd_2026_06()).clients.front().figures;
  CHECK(plain.revenue == units(72000));
  CHECK(*plain.growth == *g.growth);
  CHECK(plain.status == g.status);
}

TEST_CASE("a total adds the converted client figures") {
  // Two EUR clients with 10.05 each at 1.5: each 15.075 -> 15.08, TOTAL 30.16 (converting the
  // EUR sum 20.10 would give 30.15); a USD client adds its 1.00 unchanged. (A 0 entered for
  // 2025-01, the first month compared, makes them new with every month compared known: they
  // count in the TOTAL.)
  Client a = eur(client("a", series({{Month(2025, 1), cents(0)}, {Month(2026, 3), cents(1005)}})));
  Client b = eur(client("b", series({{Month(2025, 1), cents(0)}, {Month(2026, 3), cents(1005)}})));
  Client c = client("c", series({{Month(2025, 1), cents(0)}, {Month(2026, 3), cents(100)}}));
  c.currency = "USD";
  Portfolio p = portfolio({a, b, c});
  p.currency = "USD";
  p.currencies.reporting = "USD";
  p.currencies.fx[2026]["EUR"] = Ratio(3, 2);
  const GrowthReport r = growth_report(p, ytd_2026_06());
  REQUIRE(r.clients.size() == 3);
  CHECK(r.clients[0].figures.revenue == cents(1508));
  CHECK(r.clients[1].figures.revenue == cents(1508));
  CHECK(r.clients[2].figures.revenue == cents(100));
  CHECK(r.total.revenue == cents(3116));
  CHECK(rates_used(p, 2026) == std::vector<FxRate>{{2026, "EUR", Ratio(3, 2)}});
}

TEST_CASE("forecast: projected adds converted sums, the gap is formed from them, rounded once") {
  // EUR at 1.5 in 2026. actual 10.05 -> 15.08, forecast 10.05 -> 15.08, projected 30.16;
  // prev_year 100.01 -> 150.015 -> 150.02; gap = 150.02 × 1.2 − 30.16 = 149.864 -> 149.86.
  Client a =
      eur(client("a", series({{Month(2025, 1), cents(10001)}, {Month(2026, 3), cents(1005)}}),
                 series({{Month(2026, 9), cents(1005)}})));
  Portfolio p = portfolio({a});
  p.as_of = Month(2026, 6);
  p.currencies.reporting = "USD";
  p.currencies.fx[2026]["EUR"] = Ratio(3, 2);
  const ForecastReport r = forecast_report(p, p.as_of);
  REQUIRE(r.clients.size() == 1);
  const ClientForecast& f = r.clients.front();
  CHECK(f.actual == cents(1508));
  CHECK(f.forecast == cents(1508));
  CHECK(f.projected == cents(3016));
  CHECK(f.prev_year == cents(15002));
  CHECK(f.gap == cents(14986));
  // projected_growth in EUR: 20.10 / 100.01 − 1.
  CHECK(*f.projected_growth == Ratio(2010 - 10001, 10001));
}

TEST_CASE("bonus: salary, targets and plan amounts converted at Y's rate first") {
  // A EUR portfolio in a USD report, 1 EUR = 1.085 USD in 2026.
  Portfolio p = portfolio({eur(client("acme", series({{Month(2026, 1), units(500000)}})))});
  p.currency = "EUR";
  p.salary = units(48000);
  p.bonus->new_client = units(1000);
  p.bonus->referral = units(500);
  p.bonus->multipliers = {{units(1000000), Ratio(6, 5)}};
  p.currencies.reporting = "USD";
  p.currencies.fx[2026]["EUR"] = Ratio(1085, 1000);
  const BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.currency == "USD");
  CHECK(r.salary == units(52080));           // 48,000 × 1.085
  CHECK(*r.target == units(1085000));        // 1,000,000 × 1.085
  CHECK(r.revenue.total() == units(542500)); // 500,000 × 1.085
  CHECK(r.plan.new_client == units(1085));   // 1,000 × 1.085
  CHECK(r.plan.referral == cents(54250));    // 500 × 1.085
  CHECK(r.plan.multipliers.front().from == units(1085000));
  CHECK(*r.attainment == Ratio(1, 2)); // same as in EUR
  // target bonus = 52,080 × 30 % × 0.5 = 7,812.00; the tier's from (1,085,000) = T: m = 1.2.
  CHECK(r.target_bonus == units(7812));
  CHECK(r.multiplier == Ratio(6, 5));
  CHECK(r.rates == std::vector<FxRate>{{2026, "EUR", Ratio(1085, 1000)}});
  // Another Y, another rate: without one for 2025 the bonus is an input error.
  p.revenue_targets[2025] = units(1000000);
  CHECK_THROWS_AS(bonus(p, 2025, Basis::projected), MissingRate);
}
