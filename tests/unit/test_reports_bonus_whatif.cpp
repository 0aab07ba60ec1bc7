#include "bonus_fixture.hpp"
#include "reports/bonus_whatif.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// acme: 800,000 in FY2025, 1,000,000 in FY2026 (= T); newco won 2026-02 with no revenue yet.
Portfolio whatif_book() {
  Portfolio p = portfolio({
      client("acme", series({{Month(2025, 1), units(800000)}, {Month(2026, 6), units(1000000)}}),
             series({{Month(2026, 11), units(0)}})),
      won_client("newco", Origin::new_client, Month(2026, 2)),
  });
  p.bonus->accelerator = Ratio(2, 1);
  p.bonus->growth_pct = Ratio(1, 20);
  p.bonus->new_client = units(1000);
  p.bonus->new_client_pct = Ratio(1, 10);
  return p;
}

} // namespace

TEST_CASE("what-if spread: equal shares to the cent, leftover cents to the earliest months") {
  Portfolio p = whatif_book(); // as_of 2026-10: 2026-11 and 2026-12 remain
  auto spread = what_if_spread(p, 2026, cents(10001));
  REQUIRE(spread.size() == 2);
  CHECK(spread[0] == MonthSeries::Entry{Month(2026, 11), cents(5001)});
  CHECK(spread[1] == MonthSeries::Entry{Month(2026, 12), cents(5000)});
  p.as_of = Month(2026, 9); // 3 months, 2 cents: 0.01, 0.01, 0.00
  spread = what_if_spread(p, 2026, cents(2));
  CHECK(spread[0].second == cents(1));
  CHECK(spread[1].second == cents(1));
  CHECK(spread[2].second == Money());
  // a future fiscal year is all forecast: 12 months
  CHECK(what_if_spread(p, 2027, units(12)).size() == 12);
  CHECK_THROWS_AS(what_if_spread(p, 2025, units(1)), WhatIfError);  // ended before as_of
  CHECK(what_if_spread(p, 2026, cents(-1))[0].second == cents(-1)); // a cut spreads alike
}

TEST_CASE("with_what_if adds to the client's forecast and leaves the original alone") {
  const Portfolio p = whatif_book();
  const Portfolio q = with_what_if(p, "acme", cents(10001));
  CHECK(q.clients[0].forecast.get(Month(2026, 11)) == cents(5001)); // 0 + 50.01
  CHECK(q.clients[0].forecast.get(Month(2026, 12)) == cents(5000)); // new entry
  CHECK(p.clients[0].forecast.get(Month(2026, 11)) == Money());
  CHECK(!p.clients[0].forecast.has(Month(2026, 12)));
  CHECK_THROWS_WITH_AS(with_what_if(p, "acne", units(1)),
                       "--what-if names unknown client 'acne'; known clients: acme, newco",
                       WhatIfError);
}

TEST_CASE("what-if payout changes by exactly what the plan says") {
  const BonusComparison c =
      compare_what_if(whatif_book(), 2026, Basis::projected, {{"newco", units(50000)}});
  // current: a = 1 -> 14,400; growth 5% × 200,000 = 10,000; new 1,000 + 10% × 0 = 1,000
  CHECK(c.current.total == units(25400));
  // what-if: A = 1,050,000, a = 1.05, f = 1 + 0.05 × 2 = 1.1 -> 48,000 × 30% × 1.1 = 15,840
  CHECK(c.what_if.target_bonus == units(15840));
  // growth 5% × 250,000 = 12,500 (+2,500 = 5% × 50,000)
  CHECK(c.what_if.growth_bonus == units(12500));
  // new 1,000 + 10% × 50,000 = 6,000 (+5,000 = 10% × 50,000)
  CHECK(c.what_if.new_client_bonus == units(6000));
  // 1,440 + 2,500 + 5,000 = 8,940 more
  CHECK(c.what_if.total - c.current.total == units(8940));
  CHECK(c.what_if.revenue.basis == RevenueBasis::projected);
}

TEST_CASE("what-if with actuals only is refused: it would change nothing") {
  CHECK_THROWS_AS(compare_what_if(whatif_book(), 2026, Basis::actual_only, {{"acme", units(1)}}),
                  WhatIfError);
}

TEST_CASE("what-if table: current, what_if and difference rows") {
  const Table t = what_if_table(
      {compare_what_if(whatif_book(), 2026, Basis::projected, {{"newco", units(50000)}})});
  REQUIRE(t.rows().size() == 3);
  CHECK(t.columns()[1].name == "scenario");
  CHECK(t.columns()[2].name == "year");
  const auto& diff = t.rows()[2].cells;
  CHECK(std::get<std::string>(diff[1]) == "difference");
  CHECK(std::get<std::int64_t>(diff[2]) == 2026);
  CHECK(std::holds_alternative<std::monostate>(diff[3])); // basis
  CHECK(std::get<Money>(diff[4]) == units(50000));        // revenue
  CHECK(std::get<Ratio>(diff[6]) == Ratio(1, 20));        // attainment +0.05
  CHECK(std::get<Money>(diff[7]) == units(1440));         // target bonus
  CHECK(std::get<Money>(diff[13]) == units(8940));        // total
}

TEST_CASE("what-if statement lists where the amount landed and each difference") {
  Portfolio book = whatif_book();
  book.clients[1].currency = "EUR"; // the amount is in the client's currency, and says so
  const Statement s =
      what_if_statement(compare_what_if(book, 2026, Basis::projected, {{"newco", cents(10001)}}));
  auto text = [](const StatementLine& l) {
    std::string out;
    for (const Span& span : l.spans)
      out += span.text;
    return out;
  };
  REQUIRE(s.sections.size() == 2);
  CHECK(text(s.sections[0].lines[0]) == "newco +100.01 EUR");
  CHECK(text(s.sections[0].lines[1]) == "2026-11 +50.01, 2026-12 +50.00");
  // growth: 5% × 100.01 = 5.0005 -> 10,005.0005 -> 10,005.00
  CHECK(text(s.sections[1].lines[4]) == "growth bonus: 10,000.00 → 10,005.00 (+5.00)");
}

TEST_CASE("what-if statement: an inexact attainment difference keeps ≈ before its sign") {
  Portfolio p = whatif_book();
  p.revenue_targets[2026] = units(3000000); // a = 1/3 -> (1,000,000 + 1) / 3,000,000
  const Statement s =
      what_if_statement(compare_what_if(p, 2026, Basis::projected, {{"acme", units(1)}}));
  std::string attainment;
  for (const Span& span : s.sections[1].lines[1].spans)
    attainment += span.text;
  CHECK(attainment == "attainment: ≈ 0.3333 → ≈ 0.3333 (≈ +0.0000)");
}
