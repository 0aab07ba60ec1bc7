#include "portfolio_builder.hpp"
#include "reports/margin.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// Q1 2026 against Q1 2025.
const Period q1{{mon("2026-01"), mon("2026-03")}, {mon("2025-01"), mon("2025-03")}};

// A client with flat monthly revenue and cost in Q1 2025 (prev) and Q1 2026 (now).
Client flat_client(std::int64_t prev_rev, std::int64_t prev_cost, std::int64_t rev,
                   std::int64_t cost) {
  Client c = client("a", 10);
  c.revenue = units({{"2025-01", prev_rev},
                     {"2025-02", prev_rev},
                     {"2025-03", prev_rev},
                     {"2026-01", rev},
                     {"2026-02", rev},
                     {"2026-03", rev}});
  c.cost = units({{"2025-01", prev_cost},
                  {"2025-02", prev_cost},
                  {"2025-03", prev_cost},
                  {"2026-01", cost},
                  {"2026-02", cost},
                  {"2026-03", cost}});
  c.last_price_increase = mon("2026-01"); // recent: keeps STALE_PRICES out unless a test wants it
  return c;
}

std::vector<Code> warnings_of(const Client& c, Settings s = {}) {
  Portfolio p = portfolio("2026-03", {c});
  p.settings = s;
  const MarginReport r = margin_report(p, q1);
  REQUIRE(r.clients.size() == 1);
  return r.clients[0].warnings;
}

using W = Code;
using Ws = std::vector<Code>;

} // namespace

TEST_CASE("margin: figures over the period and the comparison period") {
  // now: revenue 3 × 1000 = 3000, cost 3 × 700 = 2100, margin 900 / 3000 = 30 %.
  // prev: revenue 3 × 1000, cost 3 × 600 = 1800, margin 1200 / 3000 = 40 %.
  const Portfolio p = portfolio("2026-03", {flat_client(1000, 600, 1000, 700)});
  const ClientMargin m = margin_report(p, q1).clients.at(0);
  CHECK(m.now.revenue == Money::units(3000));
  CHECK(m.now.cost == Money::units(2100));
  CHECK(m.now.margin == Ratio(3, 10));
  CHECK(m.before.margin == Ratio(2, 5));
  CHECK(!m.unbilled_share);
}

TEST_CASE("LOW_MARGIN: exactly at the floor is fine, just below warns, negative is below too") {
  // 900 / 3000 = 30.0 % exactly: no warning. (Prev margin 30 % too, so no MARGIN_DROP.)
  CHECK(warnings_of(flat_client(1000, 700, 1000, 700)) == Ws{});
  // cost 3 × 701 = 2103: margin 897 / 3000 = 29.9 %. Prev 3 × 701 as well: no drop.
  CHECK(warnings_of(flat_client(1000, 701, 1000, 701)) == Ws{W::low_margin});
  // cost 3 × 1100 = 3300 > revenue: margin −300 / 3000 = −10 %.
  Client loss = flat_client(1000, 1100, 1000, 1100);
  CHECK(warnings_of(loss) == Ws{W::low_margin});
  const Portfolio p = portfolio("2026-03", {loss});
  CHECK(margin_report(p, q1).clients.at(0).now.margin == Ratio(-1, 10));
}

TEST_CASE("MISSING_COST: a month with revenue and no cost makes the margin undefined") {
  Client c = client("a", 10);
  // 2026-02 has revenue but no cost; 2026-03 has an explicit 0 revenue and no cost (no sale,
  // nothing owed); the comparison period has no data at all.
  c.revenue = units({{"2026-01", 1000}, {"2026-02", 1000}, {"2026-03", 0}});
  c.cost = units({{"2026-01", 500}});
  const Portfolio p = portfolio("2026-03", {c});
  const ClientMargin m = margin_report(p, q1).clients.at(0);
  CHECK(m.now.revenue == Money::units(2000));
  CHECK(m.now.cost == Money::units(500));
  CHECK(!m.now.margin);
  CHECK(m.now.missing_cost == std::vector<Month>{mon("2026-02")});
  CHECK(!m.before.margin);
  CHECK(m.warnings == Ws{W::missing_cost});
}

TEST_CASE("MARGIN_DROP: exactly the allowed drop is fine, a cent more warns") {
  // prev 1200 / 3000 = 40 %. now cost 3 × 650 = 1950: 1050 / 3000 = 35 % = 40 % − 5 points.
  CHECK(warnings_of(flat_client(1000, 600, 1000, 650)) == Ws{});
  // now cost 3 × 651 = 1953: 1047 / 3000 = 34.9 % < 35 %.
  CHECK(warnings_of(flat_client(1000, 600, 1000, 651)) == Ws{W::margin_drop});
  // No comparison margin, no drop: prev revenue 0.
  Client fresh = flat_client(0, 0, 1000, 651);
  CHECK(warnings_of(fresh) == Ws{});
}

TEST_CASE("UNBILLED_STAFF: unbilled / (billable + unbilled) above the maximum") {
  Client c = flat_client(1000, 600, 1000, 600);
  c.team = Team{Ratio(9, 1), Ratio(1, 1)}; // 1 / 10 = 10 % exactly: fine
  CHECK(warnings_of(c) == Ws{});
  c.team = Team{Ratio(899, 100), Ratio(1, 1)}; // 1 / 9.99 > 10 %
  CHECK(warnings_of(c) == Ws{W::unbilled_staff});
  c.team = Team{Ratio(), Ratio()}; // no one on the account: undefined, no warning
  CHECK(warnings_of(c) == Ws{});
  const Portfolio p = portfolio("2026-03", {c});
  CHECK(!margin_report(p, q1).clients.at(0).unbilled_share);
}

TEST_CASE("STALE_PRICES: cost up >= cost_rise, faster than revenue, no recent price increase") {
  // prev cost 3 × 600 = 1800, now 3 × 630 = 1890: +90 / 1800 = 5 % exactly; revenue flat.
  // Margin 1110 / 3000 = 37 % (no LOW_MARGIN), prev 40 % (37 % >= 35 %: no MARGIN_DROP).
  Client c = flat_client(1000, 600, 1000, 630);
  c.last_price_increase.reset();
  CHECK(warnings_of(c) == Ws{W::stale_prices});
  // The price_review_months (12) ending 2026-03 are 2025-04..2026-03.
  c.last_price_increase = mon("2025-04");
  CHECK(warnings_of(c) == Ws{});
  c.last_price_increase = mon("2025-03");
  CHECK(warnings_of(c) == Ws{W::stale_prices});
  Settings six;
  six.price_review_months = 6; // 2025-10..2026-03
  c.last_price_increase = mon("2025-10");
  CHECK(warnings_of(c, six) == Ws{});
  c.last_price_increase = mon("2025-09");
  CHECK(warnings_of(c, six) == Ws{W::stale_prices});

  // cost 3 × 629 = 1887: +87 / 1800 = 4.83 % < 5 %.
  Client slow = flat_client(1000, 600, 1000, 629);
  slow.last_price_increase.reset();
  CHECK(warnings_of(slow) == Ws{});
}

TEST_CASE("STALE_PRICES: not when revenue kept pace, nor without comparable costs") {
  // revenue +10 % (3000 -> 3300), cost +10 % (1800 -> 1980): in step, prices did rise.
  Client in_step = flat_client(1000, 600, 1100, 660);
  in_step.last_price_increase.reset();
  CHECK(warnings_of(in_step) == Ws{});
  // revenue 3 × 1099 = 3297: +9.9 % < cost +10 %. Margin 1317 / 3297 = 39.9 % (no drop).
  Client behind = flat_client(1000, 600, 1099, 660);
  behind.last_price_increase.reset();
  CHECK(warnings_of(behind) == Ws{W::stale_prices});
  // A comparison month without cost: prev margin undefined, the rise is not measurable.
  Client gap = behind;
  gap.cost = units(
      {{"2025-01", 600}, {"2025-02", 600}, {"2026-01", 660}, {"2026-02", 660}, {"2026-03", 660}});
  CHECK(warnings_of(gap) == Ws{});
}

TEST_CASE("margin table: SPEC columns, warnings in SPEC order, ignore list applied") {
  // prev 40 %; now cost 3 × 800 = 2400: 600 / 3000 = 20 % (< floor, < 35 %); cost +33 %;
  // team 8 + 2: 20 % unbilled.
  Client c = flat_client(1000, 600, 1000, 800);
  c.last_price_increase.reset();
  c.team = Team{Ratio(8, 1), Ratio(2, 1)};
  Client quiet = c;
  quiet.id = "b";
  quiet.ignore = {silence(Code::margin_drop)};
  Client none = client("none", 30); // cost but no revenue in the period: not listed
  none.cost = units({{"2026-01", 100}});
  const Portfolio p = portfolio("2026-03", {c, quiet, none});
  const Table t = margin_table({margin_report(p, q1)}, "2026-Q1");
  const char* names[] = {"manager", "client",      "name",           "revenue", "cost",
                         "margin",  "prev_margin", "unbilled_share", "warnings"};
  REQUIRE(t.columns().size() == 9);
  for (std::size_t i = 0; i < 9; ++i)
    CHECK(t.columns()[i].name == names[i]);
  REQUIRE(t.rows().size() == 2);
  CHECK(std::get<std::string>(t.rows()[0].cells[8]) ==
        "LOW_MARGIN;MARGIN_DROP;UNBILLED_STAFF;STALE_PRICES");
  CHECK(std::get<std::string>(t.rows()[1].cells[8]) == "LOW_MARGIN;UNBILLED_STAFF;STALE_PRICES");
  CHECK(std::get<Ratio>(t.rows()[0].cells[5]) == Ratio(1, 5));
  CHECK(std::get<Ratio>(t.rows()[0].cells[7]) == Ratio(1, 5));
}
