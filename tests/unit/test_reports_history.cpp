// Unknown months (SPEC section 3, v3) and what follows from them: partial_history in growth,
// the empty forecast gap, the pipeline that takes it as no gap, the growth bonus.

#include "bonus_fixture.hpp"
#include "portfolio_builder.hpp"
#include "reports/bonus.hpp"
#include "reports/bonus_statement.hpp"
#include "reports/client_state.hpp"
#include "reports/finding_collector.hpp"
#include "reports/forecast.hpp"
#include "reports/growth.hpp"
#include "reports/pipeline.hpp"
#include "write/cell_text.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace history_test {

Client with_revenue(std::string id, std::initializer_list<std::pair<const char*, std::int64_t>> r) {
  Client c = acctmgr::test::client(std::move(id), 10);
  c.revenue = units(r);
  return c;
}

/// ttm at 2026-10: 2025-11..2026-10 against 2024-11..2025-10.
Period ttm() {
  return {MonthRange{mon("2025-11"), mon("2026-10")}, MonthRange{mon("2024-11"), mon("2025-10")}};
}

std::vector<std::string> codes_for(const std::vector<Finding>& findings, const std::string& id) {
  std::vector<std::string> out;
  for (const Finding& f : findings)
    if (f.client == id) out.push_back(to_string(f.code));
  return out;
}

std::vector<Finding> growth_findings_of(const Portfolio& p, const Period& period) {
  FindingCollector f(p, period.end());
  growth_findings(f, growth_report(p, period));
  return f.active;
}

std::vector<Finding> pipeline_findings_of(const Portfolio& p) {
  FindingCollector f(p, p.as_of);
  pipeline_findings(f, pipeline_report(p));
  return f.active;
}

const ClientForecast& forecast_of(const ForecastReport& r, const std::string& id) {
  for (const ClientForecast& f : r.clients)
    if (f.client->id == id) return f;
  FAIL("'" << id << "' is not in the forecast");
  throw std::logic_error("unreachable");
}

} // namespace history_test

using namespace history_test;

TEST_CASE("unknown months: before the first revenue entry, unless won after them") {
  // No entry and no won: every month is unknown.
  Client none = acctmgr::test::client("none", 10);
  CHECK(unknown_months(none) == MonthRange{Month::min(), Month::max()});
  CHECK(is_unknown_month(none, mon("2025-01")));
  // No entry, won 2025-03: before won the client was not ours (known 0); from won on unknown.
  none.origin = Origin::new_client;
  none.won = mon("2025-03");
  CHECK(!is_unknown_month(none, mon("2025-02")));
  CHECK(is_unknown_month(none, mon("2025-03")));
  CHECK(is_unknown_month(none, mon("9999-12")));
  // An entry of 0 counts: 2025-06 and every month after it are known, 2025-05 is not.
  const Client zero = with_revenue("zero", {{"2025-06", 0}});
  CHECK(is_unknown_month(zero, mon("2025-05")));
  CHECK(!is_unknown_month(zero, mon("2025-06")));
  CHECK(!is_unknown_month(zero, mon("2025-07"))); // no entry after the first: 0, known
  // Won 2025-06, first entry 2026-02: 2025-05 known (before won), 2025-06..2026-01 unknown.
  Client late = with_revenue("late", {{"2026-02", 100}});
  late.origin = Origin::new_client;
  late.won = mon("2025-06");
  CHECK(unknown_months(late) == MonthRange{mon("2025-06"), mon("2026-01")});
  CHECK(!is_unknown_month(late, mon("2025-05")));
  CHECK(is_unknown_month(late, mon("2026-01")));
  CHECK(!is_unknown_month(late, mon("2026-02")));
  // Reactivated, won back 2026-03 with its first entry then: every month before won is known.
  Client back = with_revenue("back", {{"2026-03", 100}});
  back.origin = Origin::reactivated;
  back.won = mon("2026-03");
  CHECK(unknown_months(back).empty());
  CHECK(!is_unknown_month(back, mon("2025-01")));
  // A first entry in 0001-01 leaves no month unknown (the month before it does not exist).
  const Client first = with_revenue("first", {{"0001-01", 5}});
  CHECK(unknown_months(first).empty());
  CHECK(!is_unknown_month(first, mon("0001-01")));
  // A run of months against them.
  CHECK(history_of(late, {mon("2025-01"), mon("2025-10")}) == History::partial);
  CHECK(history_of(late, {mon("2025-06"), mon("2025-12")}) == History::none);
  CHECK(history_of(late, {mon("2024-01"), mon("2025-05")}) == History::known);
  CHECK(history_of(late, MonthRange::none()) == History::known);
}

TEST_CASE("growth status order: handover, lost, no_history, partial_history, new") {
  Settings s;
  // 2024-11..2025-02 are unknown for `partial`: 1,000 -> 900 is -10 %, but prev is an
  // undercount. Its figures stay; only its status differs.
  const Client partial = with_revenue("partial", {{"2025-03", 1000}, {"2026-03", 900}});
  const Growth g = client_growth(partial, s, ttm());
  CHECK(g.status == GrowthStatus::partial_history);
  CHECK(g.revenue == Money::units(900));
  CHECK(g.prev_revenue == Money::units(1000));
  CHECK(g.change == Money::units(-100));
  CHECK(*g.growth == Ratio(-1, 10));
  CHECK(!is_comparable(g));
  // Nothing held for any comparison month, revenue now: no_history.
  CHECK(client_growth(with_revenue("fresh", {{"2025-12", 500}}), s, ttm()).status ==
        GrowthStatus::no_history);
  // A 0 entered for 2024-11 makes every comparison month known: new.
  CHECK(client_growth(with_revenue("zero", {{"2024-11", 0}, {"2026-01", 300}}), s, ttm()).status ==
        GrowthStatus::new_client);
  // Lost comes before partial_history: revenue gone (1,000 -> 0), and marked lost at E.
  CHECK(client_growth(with_revenue("gone", {{"2025-03", 1000}}), s, ttm()).status ==
        GrowthStatus::lost);
  Client marked = with_revenue("marked", {{"2025-03", 100}, {"2026-02", 200}});
  marked.lost = mon("2026-05");
  CHECK(client_growth(marked, s, ttm()).status == GrowthStatus::lost);
  // Handover comes first: won by sales 2025-06 (2025-06..08 unknown too), in transition.
  Client handed = with_revenue("handed", {{"2025-09", 100}, {"2026-09", 200}});
  handed.origin = Origin::handover;
  handed.won = mon("2025-06");
  CHECK(client_growth(handed, s, ttm()).status == GrowthStatus::handover);
  // No BELOW_TARGET or DECLINING on a partial_history client, though it fell 10 %.
  const Portfolio p = portfolio("2026-10", {partial});
  CHECK(codes_for(growth_findings_of(p, ttm()), "partial").empty());
}

TEST_CASE("growth report: partial_history leaves the TOTAL, and the note dates each history") {
  // a: 1,000 -> 1,300 (+30 %), every month known: the TOTAL alone. b and d start in 2025-03
  // (partial), c in 2026-01 (no history), h was handed over in 2025-06.
  Client h = with_revenue("h", {{"2025-09", 100}, {"2026-09", 200}});
  h.origin = Origin::handover;
  h.won = mon("2025-06");
  Portfolio p = portfolio("2026-10", {with_revenue("a", {{"2024-11", 1000}, {"2025-11", 1300}}),
                                      with_revenue("b", {{"2025-03", 1000}, {"2026-03", 900}}),
                                      with_revenue("c", {{"2026-01", 500}}),
                                      with_revenue("d", {{"2025-03", 200}, {"2026-04", 400}}), h});
  const GrowthReport r = growth_report(p, ttm());
  REQUIRE(r.clients.size() == 5);
  CHECK(r.clients[1].figures.status == GrowthStatus::partial_history);
  CHECK(r.clients[3].figures.status == GrowthStatus::partial_history);
  // TOTAL: a only, 1,300 vs 1,000: +30 %, on target.
  CHECK(r.total.revenue == Money::units(1300));
  CHECK(r.total.prev_revenue == Money::units(1000));
  CHECK(r.total.status == GrowthStatus::on_target);
  // Left out: 900 + 500 + 400 + 200 = 2,000.
  CHECK(r.excluded == 4);
  CHECK(r.excluded_revenue == Money::units(2000));
  CHECK(prose_text(excluded_note(r)) ==
        "Olena: 1 client without revenue history, 2 with partial history and 1 handed over by "
        "sales (revenue 2,000.00) left out of the TOTAL: not comparable with 2024-11..2025-10; "
        "history from 2025-03: b, d; from 2026-01: c; handed over in 2025-06: h");
  const Table t = growth_table({r}, "ttm");
  CHECK(std::get<std::string>(t.at(1, "status")) == "partial_history");
}

TEST_CASE("growth note: at most 5 ids a month and 6 months, for a file of thousands") {
  // x0..x6 start in 2025-11, y1..y6 one a month from 2025-12 to 2026-05: all no_history.
  std::vector<Client> clients;
  for (int i = 0; i < 7; ++i)
    clients.push_back(with_revenue("x" + std::to_string(i), {{"2025-11", 10}}));
  const char* months[] = {"2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"};
  for (int i = 0; i < 6; ++i)
    clients.push_back(with_revenue("y" + std::to_string(i + 1), {{months[i], 10}}));
  const Portfolio p = portfolio("2026-10", clients);
  const GrowthReport r = growth_report(p, ttm());
  // 13 clients × 10 = 130.
  CHECK(prose_text(excluded_note(r)) ==
        "Olena: 13 clients without revenue history (revenue 130.00) left out of the TOTAL: not "
        "comparable with 2024-11..2025-10; history from 2025-11: x0, x1, x2, x3, x4 and 2 more; "
        "from 2025-12: y1; from 2026-01: y2; from 2026-02: y3; from 2026-03: y4; from 2026-04: "
        "y5; 1 more from later months");
}

TEST_CASE("forecast: an unknown month of the previous year empties projected_growth and gap") {
  // Fiscal year 2026 at as_of 2026-10; the previous year is 2025.
  // partial: 2025-01..02 unknown; prev_year = 1,000 + 2,000 = 3,000 (its known months),
  // actual 1,500; the gap would have been 3,000 × 1.2 − 1,500 = 2,100.
  Client partial =
      with_revenue("partial", {{"2025-03", 1000}, {"2025-09", 2000}, {"2026-02", 1500}});
  partial.forecast = units({{"2026-02", 1000}});
  // full: a 0 for 2025-01: gap = 1,000 × 1.2 − 500 = 700.
  const Client full = with_revenue("full", {{"2025-01", 0}, {"2025-09", 1000}, {"2026-02", 500}});
  // won in 2025-06 (new): 2025-01..05 are known 0; prev 100, actual 200, gap max(0, 120 − 200).
  Client won = with_revenue("won", {{"2025-06", 100}, {"2026-01", 200}});
  won.origin = Origin::new_client;
  won.won = mon("2025-06");
  Portfolio p = portfolio("2026-10", {partial, full, won});
  ForecastReport r = forecast_report(p, p.as_of);
  const ClientForecast& f = forecast_of(r, "partial");
  CHECK(f.prev_year == Money::units(3000));
  CHECK(f.actual == Money::units(1500));
  CHECK(!f.projected_growth);
  CHECK(!f.gap);
  CHECK(f.wape == Ratio(1, 3)); // |1,500 − 1,000| / 1,500: unchanged
  CHECK(forecast_of(r, "full").gap == Money::units(700));
  CHECK(forecast_of(r, "full").projected_growth == Ratio(-1, 2)); // 500 / 1,000 − 1
  CHECK(forecast_of(r, "won").gap == Money());
  CHECK(forecast_of(r, "won").projected_growth == Ratio(1, 1)); // 200 / 100 − 1
  const Table t = forecast_table({r});
  CHECK(std::holds_alternative<std::monostate>(t.at(0, "gap")));
  CHECK(std::holds_alternative<std::monostate>(t.at(0, "projected_growth")));
  CHECK(prose_text(t.notes()[1]) ==
        "Olena: no gap or projected_growth for 1 client whose fiscal year 2025 the file does not "
        "hold in full; history from 2025-03: partial");
  // Lost at as_of: the gap stays empty (it would otherwise be 0).
  p.clients[0].lost = mon("2026-06");
  r = forecast_report(p, p.as_of);
  CHECK(!forecast_of(r, "partial").gap);
  p.clients[1].lost = mon("2026-06");
  CHECK(forecast_of(forecast_report(p, p.as_of), "full").gap == Money());
}

TEST_CASE("pipeline: an empty gap is no gap") {
  // partial: gap empty (see the forecast case), an open upsell of 12,000 at 50 % closing
  // 2026-11: weighted_in_year 6,000 × 1/12 = 500, weighted_12m 6,000.
  Client partial =
      with_revenue("partial", {{"2025-03", 1000}, {"2025-09", 2000}, {"2026-02", 1500}});
  Opportunity o;
  o.id = "up";
  o.value = Money::units(12000);
  o.probability = Ratio(1, 2);
  o.close = mon("2026-11");
  partial.opportunities = {o};
  // idle: the same revenue, no opportunity: active, but with no gap it is not listed.
  const Client idle =
      with_revenue("idle", {{"2025-03", 1000}, {"2025-09", 2000}, {"2026-02", 1500}});
  // full: gap 700, no opportunity: listed, NO_PIPELINE.
  const Client full = with_revenue("full", {{"2025-01", 0}, {"2025-09", 1000}, {"2026-02", 500}});
  const Portfolio p = portfolio("2026-10", {partial, idle, full});
  const PipelineReport r = pipeline_report(p);
  REQUIRE(r.clients.size() == 2);
  CHECK(r.clients[0].client->id == "partial");
  CHECK(!r.clients[0].figures.gap);
  CHECK(!r.clients[0].figures.coverage);
  CHECK(r.clients[0].figures.weighted_in_year == Money::units(500));
  CHECK(r.clients[1].client->id == "full");
  // TOTAL: gap 0 + 700 = 700; weighted_in_year 500; coverage 500 / 700 = 5/7.
  CHECK(r.total.gap == Money::units(700));
  CHECK(r.total.coverage == Ratio(5, 7));
  const Table t = pipeline_table({r});
  CHECK(std::holds_alternative<std::monostate>(t.at(0, "gap")));
  CHECK(std::holds_alternative<std::monostate>(t.at(0, "coverage")));
  const std::vector<Finding> found = pipeline_findings_of(p);
  CHECK(codes_for(found, "partial").empty()); // no PIPELINE_SHORT: 500 < nothing
  CHECK(codes_for(found, "idle").empty());    // no NO_PIPELINE
  CHECK(codes_for(found, "full") == std::vector<std::string>{"NO_PIPELINE"});
}

TEST_CASE("bonus: a client with partial history is left out of both sides of growth") {
  // acme: 1,000,000 in 2025-01, 1,100,000 in 2026-03. late: first entry 2025-04 (2025-01..03
  // unknown against 2026-01..10), 300,000 then and 200,000 in 2026-04.
  // growth = 5 % × max(0, 1,100,000 − 1,000,000) = 5,000.00 (with late: 5 % × max(0,
  // 1,300,000 − 1,300,000) = 0).
  Portfolio p = acctmgr::test::portfolio(
      {acctmgr::test::client("acme", series({{Month(2025, 1), Money::units(1000000)},
                                             {Month(2026, 3), Money::units(1100000)}})),
       acctmgr::test::client("late", series({{Month(2025, 4), Money::units(300000)},
                                             {Month(2026, 4), Money::units(200000)}}))});
  p.bonus->growth_pct = Ratio(1, 20);
  const BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.revenue.total() == Money::units(1300000)); // A counts the whole book
  CHECK(r.prev_revenue == Money::units(1300000));
  CHECK(r.growth_revenue == Money::units(1100000));
  CHECK(r.growth_prev == Money::units(1000000));
  CHECK(r.growth_bonus == Money::units(5000));
  REQUIRE(r.growth_left_out.size() == 1);
  CHECK(r.growth_left_out[0].id == "late");
  CHECK(r.growth_left_out[0].status == GrowthStatus::partial_history);
  CHECK(r.growth_left_out[0].history_from == Month(2025, 4));
  const Statement s = bonus_statement(r);
  bool found = false;
  for (const StatementSection& section : s.sections)
    for (const StatementLine& l : section.lines)
      found = found || prose_text(l.spans) == "left out: late (Client late), revenue history "
                                              "only from 2025-04, part of FY2025 unknown: "
                                              "200,000.00 of A";
  CHECK(found);
}
