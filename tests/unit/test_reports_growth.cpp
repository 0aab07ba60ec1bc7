#include "reports/growth.hpp"
#include "reports/share_of_wallet.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace {

const Ratio target{1, 5}; // 20 %

Money usd(std::int64_t units) {
  return Money::units(units);
}

Client client_with(const char* id, std::vector<MonthSeries::Entry> revenue) {
  Client c;
  c.id = id;
  c.name = id;
  c.revenue = MonthSeries(std::move(revenue));
  return c;
}

} // namespace

TEST_CASE("growth statuses at their boundaries") {
  // 120,000 vs 100,000: change 20,000, growth exactly 20 % -> on target.
  Growth g = judge_growth(usd(120000), usd(100000), target);
  CHECK(g.change == usd(20000));
  CHECK(*g.growth == Ratio(1, 5));
  CHECK(g.status == GrowthStatus::on_target);
  // 119,999.99 vs 100,000: growth 19.99999 % -> below target.
  g = judge_growth(Money::from_cents(11999999), usd(100000), target);
  CHECK(g.status == GrowthStatus::below_target);
  // No change: growth 0 is below target, not declining.
  g = judge_growth(usd(100), usd(100), target);
  CHECK(g.growth->is_zero());
  CHECK(g.status == GrowthStatus::below_target);
  // One cent less than last year: declining.
  g = judge_growth(Money::from_cents(9999), usd(100), target);
  CHECK(*g.growth == Ratio(-1, 10000));
  CHECK(g.status == GrowthStatus::declining);
  // Nothing before: new, growth undefined.
  g = judge_growth(usd(5), Money(), target);
  CHECK(!g.growth);
  CHECK(g.status == GrowthStatus::new_client);
  // Nothing now: lost, growth -100 %.
  g = judge_growth(Money(), usd(5), target);
  CHECK(*g.growth == Ratio(-1, 1));
  CHECK(g.status == GrowthStatus::lost);
  // Neither: no status at all.
  CHECK(!judge_growth(Money(), Money(), target).status);
}

TEST_CASE("growth report: per client, saturated clients judged against 0, TOTAL against target") {
  Portfolio p;
  p.manager = "Olena";
  p.as_of = Month(2026, 3);
  // A: 1,000 -> 1,100 per month (+10 %), wallet 2026 = 14,000; share = 12 months to 2026-03
  // = 9 × 1,000 (2025-04..2025-12) + 3 × 1,100 = 12,300 / 14,000 = 87.9 % -> core, target 20 %.
  Client a = client_with("a", {});
  std::vector<MonthSeries::Entry> ra;
  for (int m = 1; m <= 12; ++m)
    ra.push_back({Month(2025, m), usd(1000)});
  for (int m = 1; m <= 3; ++m)
    ra.push_back({Month(2026, m), usd(1100)});
  a.revenue = MonthSeries(ra);
  a.wallet[2026] = usd(14000);
  // B: same revenue, wallet 13,000: share 12,300 / 13,000 = 94.6 % -> saturated, target 0.
  Client b = a;
  b.id = "b";
  b.wallet[2026] = usd(13000);
  // C: revenue only last year -> lost. D: nothing in either period -> not listed.
  Client c = client_with("c", {{Month(2025, 2), usd(500)}});
  Client d = client_with("d", {{Month(2024, 2), usd(500)}});
  p.clients = {a, b, c, d};

  const Period period = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  const GrowthReport r = growth_report(p, period);
  REQUIRE(r.clients.size() == 3);
  CHECK(r.clients[0].figures.revenue == usd(3300));
  CHECK(r.clients[0].figures.prev_revenue == usd(3000));
  CHECK(*r.clients[0].figures.growth == Ratio(1, 10));
  CHECK(r.clients[0].figures.status == GrowthStatus::below_target);
  CHECK(r.clients[1].figures.status == GrowthStatus::on_target);
  CHECK(r.clients[2].figures.status == GrowthStatus::lost);
  // TOTAL: 6,600 vs 6,500 -> +100, growth 1/65 = 1.54 % < 20 % -> below target.
  CHECK(r.total.revenue == usd(6600));
  CHECK(r.total.prev_revenue == usd(6500));
  CHECK(*r.total.growth == Ratio(1, 65));
  CHECK(r.total.status == GrowthStatus::below_target);

  const Table t = growth_table({r}, "ytd");
  REQUIRE(t.rows().size() == 4);
  CHECK(t.columns().size() == 8);
  CHECK(t.columns()[6].name == "growth");
  CHECK(t.rows()[3].is_total());
  CHECK(std::get<std::string>(t.rows()[3].cells[1]) == "TOTAL");
  CHECK(std::get<std::string>(t.rows()[3].cells[2]).empty());
}

TEST_CASE("share band boundaries belong to the higher band") {
  const ShareBands bands;
  CHECK(band_of(Ratio(9, 10), bands) == ShareBand::saturated);
  CHECK(band_of(Ratio(8999, 10000), bands) == ShareBand::core);
  CHECK(band_of(Ratio(1, 2), bands) == ShareBand::core);
  CHECK(band_of(Ratio(3, 20), bands) == ShareBand::reserve);
  CHECK(band_of(Ratio(1499, 10000), bands) == ShareBand::foothold);
  CHECK(band_of(Ratio(3, 2), bands) == ShareBand::saturated);
}

TEST_CASE("client status: lost at E first, then no_history, partial_history, new") {
  Settings s;
  // ytd at 2026-10: 2026-01..10 against 2025-01..10.
  const Period ytd = *resolve(*PeriodSpec::parse("ytd"), s.calendar(), Month(2026, 10));
  // Revenue only this year and no entry at all for 2025-01..10: the file does not go back.
  Client fresh = client_with("fresh", {{Month(2026, 2), usd(100)}});
  CHECK(client_growth(fresh, s, ytd).status == GrowthStatus::no_history);
  CHECK(!is_comparable(client_growth(fresh, s, ytd)));
  // An explicit 0 for the first comparison month is history for all of them: new.
  Client zero = client_with("zero", {{Month(2025, 1), Money()}, {Month(2026, 2), usd(100)}});
  CHECK(client_growth(zero, s, ytd).status == GrowthStatus::new_client);
  // The same 0 in 2025-10 leaves 2025-01..09 unknown: partial history.
  zero.revenue = MonthSeries({{Month(2025, 10), Money()}, {Month(2026, 2), usd(100)}});
  CHECK(client_growth(zero, s, ytd).status == GrowthStatus::partial_history);
  // Won after the comparison months: they are known (0 before won): new. Won in 2025-02:
  // 2025-01 is known, 2025-02..10 are not (won, and no entry yet): partial. Won in 2025-01:
  // every comparison month unknown, no history.
  Client won = fresh;
  won.origin = Origin::new_client;
  won.won = Month(2025, 11);
  CHECK(client_growth(won, s, ytd).status == GrowthStatus::new_client);
  won.won = Month(2025, 2);
  CHECK(client_growth(won, s, ytd).status == GrowthStatus::partial_history);
  won.won = Month(2025, 1);
  CHECK(client_growth(won, s, ytd).status == GrowthStatus::no_history);
  // An entry before the comparison months: the file holds every month from it on, new.
  Client older = client_with("older", {{Month(2024, 12), usd(5)}, {Month(2026, 2), usd(100)}});
  CHECK(client_growth(older, s, ytd).status == GrowthStatus::new_client);

  // Lost at E (lost <= E) with revenue earlier in the period: lost, figures kept.
  Client gone = client_with("gone", {{Month(2025, 1), usd(300)}, {Month(2026, 3), usd(400)}});
  gone.lost = Month(2026, 10);
  const Growth g = client_growth(gone, s, ytd);
  CHECK(g.status == GrowthStatus::lost);
  CHECK(g.revenue == usd(400));
  CHECK(*g.growth == Ratio(1, 3));
  CHECK(is_comparable(g));
  gone.lost = Month(2026, 11); // after E: judged as usual, +33 % is on target
  CHECK(client_growth(gone, s, ytd).status == GrowthStatus::on_target);
  gone.lost = Month(2026, 5); // won back after it, by E: not lost
  gone.won = Month(2026, 7);
  CHECK(client_growth(gone, s, ytd).status == GrowthStatus::on_target);
}

TEST_CASE("growth report: clients without history stay out of the TOTAL, with a note") {
  Portfolio p;
  p.manager = "Olena";
  p.currency = "USD";
  p.as_of = Month(2026, 10);
  Client a = client_with("a", {{Month(2025, 1), usd(1000)}, {Month(2026, 5), usd(1100)}});
  Client b = client_with("b", {{Month(2026, 1), usd(700)}, {Month(2026, 2), usd(50)}});
  p.clients = {a, b};
  const Period ytd = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  const GrowthReport r = growth_report(p, ytd);
  REQUIRE(r.clients.size() == 2);
  CHECK(r.clients[1].figures.status == GrowthStatus::no_history);
  CHECK(r.clients[1].figures.revenue == usd(750)); // the row keeps its figures
  // TOTAL: a only, 1,100 vs 1,000: +10 %, below the 20 % target.
  CHECK(r.total.revenue == usd(1100));
  CHECK(r.total.prev_revenue == usd(1000));
  CHECK(r.total.status == GrowthStatus::below_target);
  CHECK(r.excluded == 1);
  CHECK(r.excluded_revenue == usd(750));
  const Table t = growth_table({r}, "ytd");
  REQUIRE(t.notes().size() == 2);
  CHECK(t.notes()[1][2].kind == Span::Kind::value);
  CHECK(std::get<std::int64_t>(t.notes()[1][2].value) == 1);
  CHECK(std::get<std::string>(t.at(1, "status")) == "no_history");
}

TEST_CASE("handover: in transition while the comparison period reaches before won") {
  Settings s;
  // Sales won it in 2025-03 and handed it over; revenue 0 in 2025-03 (the file holds every
  // month from won on), 500 in 2025-05, 900 in 2026-05.
  Client h = client_with(
      "h", {{Month(2025, 3), Money()}, {Month(2025, 5), usd(500)}, {Month(2026, 5), usd(900)}});
  h.origin = Origin::handover;
  h.won = Month(2025, 3);
  // ytd at 2026-10 compares with 2025-01..10, which starts before 2025-03: in transition.
  const Period ytd = *resolve(*PeriodSpec::parse("ytd"), s.calendar(), Month(2026, 10));
  Growth g = client_growth(h, s, ytd);
  CHECK(g.status == GrowthStatus::handover);
  CHECK(!is_comparable(g));
  CHECK(g.revenue == usd(900)); // the row keeps its figures
  CHECK(*g.growth == Ratio(4, 5));
  // A range whose comparison period starts exactly at won (2025-03..2025-10): farmed, judged.
  const Period from_won =
      *resolve(*PeriodSpec::parse("2026-03..2026-10"), s.calendar(), Month(2026, 10));
  CHECK(from_won.comparison.first == Month(2025, 3));
  CHECK(client_growth(h, s, from_won).status == GrowthStatus::on_target);
  // One month earlier (2025-02..): in transition again.
  const Period before_won =
      *resolve(*PeriodSpec::parse("2026-02..2026-10"), s.calendar(), Month(2026, 10));
  CHECK(client_growth(h, s, before_won).status == GrowthStatus::handover);
  // Handover comes first: even lost at E, the status is handover while in transition.
  h.lost = Month(2026, 9);
  CHECK(client_growth(h, s, ytd).status == GrowthStatus::handover);
}
