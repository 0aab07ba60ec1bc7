#include "portfolio_builder.hpp"
#include "reports/finding_collector.hpp"
#include "reports/pipeline.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

using Kind = OpportunityKind;
using Status = OpportunityStatus;

// Every case: calendar fiscal years, as_of 2026-10, so F = 2026-12 and the 12 months after
// as_of are 2026-11..2027-10.

Opportunity opp(const char* id, Kind kind, Money value, std::optional<Ratio> probability,
                const char* close, Status status = Status::open) {
  Opportunity o;
  o.id = id;
  o.kind = kind;
  o.value = value;
  o.probability = probability;
  o.close = mon(close);
  o.status = status;
  return o;
}

Opportunity opp(const char* id, Kind kind, std::int64_t units, int percent, const char* close,
                Status status = Status::open) {
  return opp(id, kind, Money::units(units), Ratio(percent, 100), close, status);
}

// prev_year 2025 = 12 × 1,000 = 12,000; actual 2026-01..10 = 10 × 1,100 = 11,000, no forecast:
// gap = 12,000 × 1.2 − 11,000 = 3,400. Active at as_of; revenue of the 12 months ending
// 2026-10 = 2 × 1,000 + 11,000 = 13,000.
Client steady(std::string id = "acme", int line = 10) {
  Client c = client(std::move(id), line);
  std::vector<MonthSeries::Entry> revenue = flat("2025-01", "2025-12", 1000).entries();
  const MonthSeries year = flat("2026-01", "2026-10", 1100);
  for (const auto& e : year.entries())
    revenue.push_back(e);
  c.revenue = MonthSeries(revenue);
  return c;
}

// prev_year 1.00 (2025-05; a 0 entered for 2025-01, so the file holds all of 2025), nothing
// this year: gap = 1.00 × 1.2 − 0 = 1.20; not active.
Client tiny(std::string id, int line) {
  Client c = client(std::move(id), line);
  c.revenue = MonthSeries({{mon("2025-01"), Money()}, {mon("2025-05"), Money::from_cents(100)}});
  return c;
}

const ClientPipeline& row(const PipelineReport& r, const std::string& id) {
  for (const ClientPipeline& c : r.clients)
    if (c.client->id == id) return c;
  FAIL("'" << id << "' is not listed");
  throw std::logic_error("unreachable");
}

std::vector<Finding> findings_of(const Portfolio& p) {
  FindingCollector f(p, p.as_of);
  pipeline_findings(f, pipeline_report(p));
  return f.active;
}

using Codes = std::vector<std::string>;

Codes codes(const Portfolio& p, const std::string& client) {
  Codes out;
  for (const Finding& f : findings_of(p))
    if (f.client == client) out.push_back(to_string(f.code));
  return out;
}

Codes codes(const Client& c) {
  return codes(portfolio("2026-10", {c}), c.id);
}

const Finding& only_finding(const std::vector<Finding>& fs, Code code) {
  const Finding* found = nullptr;
  for (const Finding& f : fs)
    if (f.code == code) {
      REQUIRE(found == nullptr);
      found = &f;
    }
  REQUIRE(found != nullptr);
  return *found;
}

} // namespace

TEST_CASE("pipeline: open, weighted_in_year, weighted_12m by kind, won_in_year") {
  Client c = steady();
  c.opportunities = {
      // Open, close after as_of: counted in `open`.
      opp("a", Kind::upsell, 12000, 50, "2026-11"),         // in year 6,000 × 1/12 = 500
      opp("b", Kind::cross_sell, 24000, 25, "2026-12"),     // close in F: 6,000 × 0/12 = 0
      opp("c", Kind::new_unit, 10000, 100, "2027-10"),      // as_of+12: in 12m, after F
      opp("d", Kind::price_increase, 5000, 100, "2027-11"), // as_of+13: in neither
      opp("e", Kind::upsell, 8000, 0, "2026-11"),           // 0 %: adds 0
      // Open, close at as_of: overdue, not in `open` nor weighted.
      opp("f", Kind::upsell, 7000, 50, "2026-10"),
      // Won and lost: never weighted; won ones closing in fiscal year 2026 are won_in_year.
      opp("g", Kind::cross_sell, 3000, 100, "2026-03", Status::won),     // in FY 2026
      opp("h", Kind::cross_sell, 4000, 100, "2027-01", Status::won),     // FY 2027
      opp("i", Kind::upsell, 9000, 100, "2026-11", Status::lost),        // lost
      opp("j", Kind::price_increase, 2000, 100, "2025-12", Status::won), // FY 2025
      opp("k", Kind::price_increase, 1000, 100, "2026-12", Status::won), // FY 2026, after as_of
  };
  const Portfolio p = portfolio("2026-10", {c});
  const PipelineReport r = pipeline_report(p);
  CHECK(r.fiscal_year == 2026);
  REQUIRE(r.clients.size() == 1);
  const PipelineFigures& x = r.clients[0].figures;
  CHECK(x.gap == Money::units(3400));
  CHECK(x.open == 5);                                          // a, b, c, d, e
  CHECK(x.weighted_in_year == Money::units(500));              // a only
  CHECK(x.coverage == Ratio(500, 3400));                       // 5/34
  CHECK(x.weighted_12m == Money::units(22000));                // a 6,000 + b 6,000 + c 10,000 + e 0
  CHECK(x.by_kind.at(Kind::upsell) == Money::units(6000));     // a + e
  CHECK(x.by_kind.at(Kind::cross_sell) == Money::units(6000)); // b
  CHECK(x.by_kind.at(Kind::new_unit) == Money::units(10000));  // c
  CHECK(x.by_kind.at(Kind::price_increase) == Money());        // d is 13 months out
  CHECK(x.won_in_year == Money::units(4000));                  // g 3,000 + k 1,000
  CHECK(r.clients[0].next_12m == 4);                           // a, b, c, e
  CHECK(r.clients[0].open_value == Money::units(66000));       // a..f: 12+24+10+5+8+7 thousand
  REQUIRE(r.clients[0].overdue.size() == 1);
  CHECK(r.clients[0].overdue[0]->id == "f");
  // One client: the TOTAL is its row, coverage recomputed 500 / 3,400.
  CHECK(r.total.weighted_12m == Money::units(22000));
  CHECK(r.total.coverage == Ratio(5, 34));
}

TEST_CASE("pipeline: weighted_in_year counts the months after the close up to F") {
  // 1,200 at 100 %: a 2026-11 close adds 1,200 × 1/12 = 100; as_of 2026-08, a 2026-09 close
  // adds 1,200 × 3/12 = 300 (Oct, Nov, Dec) and a 2026-12 one still adds 0.
  Client c = steady();
  c.opportunities = {opp("sep", Kind::upsell, 1200, 100, "2026-09"),
                     opp("dec", Kind::upsell, 1200, 100, "2026-12")};
  // The report points into its portfolio, which must outlive it.
  const Portfolio august = portfolio("2026-08", {c});
  const PipelineReport r = pipeline_report(august);
  CHECK(r.clients.at(0).figures.weighted_in_year == Money::units(300));
  // as_of = F: nothing can close in (as_of, F], so nothing is weighted this year.
  const Portfolio december = portfolio("2026-12", {c});
  const PipelineReport end = pipeline_report(december);
  CHECK(end.clients.at(0).figures.weighted_in_year == Money());
  CHECK(end.clients.at(0).figures.open == 0);
  CHECK(end.clients.at(0).overdue.size() == 2); // 2026-09 and 2026-12 are <= as_of
}

TEST_CASE("pipeline: a fiscal year starting in April") {
  // FY 2027 = 2026-04..2027-03, so F = 2027-03: a 2026-11 close adds 4 months (Dec..Mar).
  // 6,000 × 50 % × 4/12 = 1,000.
  Client c = client("apr", 10);
  c.opportunities = {opp("x", Kind::upsell, 6000, 50, "2026-11"),
                     opp("w", Kind::upsell, 700, 100, "2027-03", Status::won)}; // FY 2027
  Portfolio p = portfolio("2026-10", {c});
  p.settings.fiscal_year_start = 4;
  const PipelineReport r = pipeline_report(p);
  CHECK(r.fiscal_year == 2027);
  CHECK(r.clients.at(0).figures.weighted_in_year == Money::units(1000));
  CHECK(r.clients.at(0).figures.won_in_year == Money::units(700));
}

TEST_CASE("pipeline: half-up once per client; TOTAL sums the rounded rows") {
  // Each opportunity: 1.20 × 5 % = 0.06 over 12 months; × 1/12 (2026-11 close) = 0.005 this year.
  const Opportunity half = opp("h", Kind::upsell, Money::from_cents(120), Ratio(5, 100), "2026-11");
  Opportunity half2 = half;
  half2.id = "h2";
  Client two = tiny("two", 10); // gap 1.20; 0.005 + 0.005 = 0.010 -> 0.01 (not 0.01 + 0.01)
  two.opportunities = {half, half2};
  Client one = tiny("one", 20); // gap 1.20; 0.005 -> 0.01 (half-up, not 0.00)
  one.opportunities = {half};
  Client nogap = client("nogap", 30); // no revenue entry: gap empty, listed for its opportunity
  nogap.opportunities = {half};
  const Portfolio p = portfolio("2026-10", {two, one, nogap});
  const PipelineReport r = pipeline_report(p);
  REQUIRE(r.clients.size() == 3);
  CHECK(row(r, "two").figures.gap == Money::from_cents(120));
  CHECK(row(r, "two").figures.weighted_in_year == Money::from_cents(1));
  CHECK(row(r, "two").figures.coverage == Ratio(1, 120)); // 0.010 / 1.20
  CHECK(row(r, "one").figures.weighted_in_year == Money::from_cents(1));
  // Exact, before rounding: 0.005 / 1.20 = 1/240, not 0.01 / 1.20.
  CHECK(row(r, "one").figures.coverage == Ratio(1, 240));
  CHECK(row(r, "nogap").figures.weighted_in_year == Money::from_cents(1));
  CHECK(!row(r, "nogap").figures.coverage);                           // no gap: empty
  CHECK(row(r, "two").figures.weighted_12m == Money::from_cents(12)); // 0.06 + 0.06
  // TOTAL: 0.01 + 0.01 + 0.01 = 0.03 (the exact sum 0.015 would round to 0.02); gap 2.40;
  // coverage from the rounded sums 0.03 / 2.40 = 1/80; weighted_12m 0.12 + 0.06 + 0.06.
  CHECK(r.total.weighted_in_year == Money::from_cents(3));
  CHECK(r.total.gap == Money::from_cents(240));
  CHECK(r.total.coverage == Ratio(1, 80));
  CHECK(r.total.weighted_12m == Money::from_cents(24));
  CHECK(r.total.by_kind.at(Kind::upsell) == Money::from_cents(24));
  CHECK(r.total.open == 4);
}

TEST_CASE("pipeline: a row's coverage divides by the exact gap, not the gap cell") {
  // prev_year 2025 = 1,000.77; actual 2026-01..10 = 1,200: gap = 1,000.77 × 1.2 − 1,200 =
  // 0.924 exactly, printed 0.92. An opportunity of 240 at 20 % closing 2026-11 adds
  // 240 × 0.2 × 1/12 = 4.00 this year: coverage 4 / 0.924 = 1000/231 (4.3290), not
  // 4 / 0.92 (4.3478).
  Client c = client("a", 10);
  c.revenue = MonthSeries(
      {{mon("2025-01"), Money::from_cents(100077)}, {mon("2026-01"), Money::units(1200)}});
  c.opportunities = {opp("o", Kind::upsell, 240, 20, "2026-11")};
  const Portfolio p = portfolio("2026-10", {c});
  const PipelineReport r = pipeline_report(p);
  REQUIRE(r.clients.size() == 1);
  CHECK(row(r, "a").figures.gap == Money::from_cents(92));
  CHECK(row(r, "a").figures.weighted_in_year == Money::units(4));
  CHECK(row(r, "a").figures.coverage == Ratio(1000, 231));
}

TEST_CASE("pipeline: which clients are listed") {
  Client none = client("none", 10);         // nothing at all
  Client won_only = client("won-only", 20); // gap 0, only a won opportunity
  won_only.opportunities = {opp("w", Kind::upsell, 100, 100, "2026-05", Status::won)};
  Client gap_only = steady("gap-only", 30); // gap 3,400, no opportunity: listed, coverage 0
  Client overdue = client("overdue", 40);   // gap 0, only an overdue open one: listed, open 0
  overdue.opportunities = {opp("late", Kind::upsell, 100, 50, "2026-10")};
  Client ahead = steady("ahead", 50); // forecast 1,700 × 2: projected 14,400, gap 0
  ahead.forecast = units({{"2026-11", 1700}, {"2026-12", 1700}});
  const Portfolio p = portfolio("2026-10", {none, won_only, gap_only, overdue, ahead});
  const PipelineReport r = pipeline_report(p);
  REQUIRE(r.clients.size() == 2);
  CHECK(r.clients[0].client->id == "gap-only");
  CHECK(r.clients[0].figures.coverage == Ratio());
  CHECK(r.clients[1].client->id == "overdue");
  CHECK(r.clients[1].figures.open == 0);
  CHECK(r.clients[1].has_open);
}

TEST_CASE("pipeline table: SPEC columns, and a TOTAL even with no listed client") {
  const Portfolio empty = portfolio("2026-10", {client("none", 10)});
  const Table t = pipeline_table({pipeline_report(empty)});
  const char* names[] = {"manager",    "client",           "name",     "gap",
                         "open",       "weighted_in_year", "coverage", "weighted_12m",
                         "upsell",     "cross_sell",       "new_unit", "price_increase",
                         "won_in_year"};
  REQUIRE(t.columns().size() == 13);
  for (std::size_t i = 0; i < 13; ++i)
    CHECK(t.columns()[i].name == names[i]);
  REQUIRE(t.rows().size() == 1);
  CHECK(t.rows()[0].is_total());
  CHECK(std::get<std::string>(t.at(0, "client")) == "TOTAL");
  CHECK(std::get<std::string>(t.at(0, "name")).empty());
  CHECK(std::get<Money>(t.at(0, "gap")) == Money());
  CHECK(std::get<std::int64_t>(t.at(0, "open")) == 0);
  CHECK(std::holds_alternative<std::monostate>(t.at(0, "coverage")));
  CHECK(t.notes().size() == 1);
}

TEST_CASE("pipeline findings: NO_PIPELINE, active with a gap, nothing closing in 12 months") {
  Client c = steady(); // active, gap 3,400
  CHECK(codes(c) == Codes{"NO_PIPELINE"});
  const auto msg = only_finding(findings_of(portfolio("2026-10", {c})), Code::no_pipeline);
  CHECK(msg.message == "gap 3,400.00 to the 20.0% growth target of fiscal year 2026, and no "
                       "open opportunity closing in 2026-11..2027-10");
  // One closing at as_of+12 is in the window (a 0 % one still counts as open).
  c.opportunities = {opp("edge", Kind::upsell, 1000, 0, "2027-10")};
  CHECK(codes(c) == Codes{"PIPELINE_SHORT"});
  // At as_of+13 it is not; then NO_PIPELINE, and PIPELINE_SHORT (open, weighted 0 < gap).
  c.opportunities = {opp("far", Kind::upsell, 1000, 50, "2027-11")};
  CHECK(codes(c) == Codes{"NO_PIPELINE", "PIPELINE_SHORT"});
  // Won opportunities in the window are not pipeline.
  c.opportunities = {opp("won", Kind::upsell, 1000, 50, "2026-12", Status::won)};
  CHECK(codes(c) == Codes{"NO_PIPELINE"});
  // An overdue one is not in the window either.
  c.opportunities = {opp("late", Kind::upsell, 1000, 50, "2026-10")};
  CHECK(codes(c) == Codes{"NO_PIPELINE", "PIPELINE_SHORT", "STALE_OPPORTUNITY"});
  // Gap 0: no NO_PIPELINE.
  Client ahead = steady();
  ahead.forecast = units({{"2026-11", 1700}, {"2026-12", 1700}}); // projected 14,400
  CHECK(codes(ahead).empty());
  // Not active at as_of (no revenue in 2025-11..2026-10) although the gap is 1.20: none.
  CHECK(codes(tiny("idle", 10)).empty());
  // Lost at as_of: forecast's gap is 0.
  Client lost = steady();
  lost.lost = mon("2026-10");
  CHECK(codes(lost).empty());
}

TEST_CASE("pipeline findings: PIPELINE_SHORT, open ones and weighted_in_year < gap") {
  Client c = steady(); // gap 3,400
  // 40,800 at 100 % closing 2026-11: 40,800 × 1/12 = 3,400 = gap: not short.
  c.opportunities = {opp("big", Kind::upsell, 40800, 100, "2026-11")};
  CHECK(codes(c).empty());
  // 40,799.88 × 1/12 = 3,399.99: short by a cent.
  c.opportunities = {
      opp("big", Kind::upsell, Money::from_cents(4079988), Ratio::integer(1), "2026-11")};
  CHECK(codes(c) == Codes{"PIPELINE_SHORT"});
  CHECK(only_finding(findings_of(portfolio("2026-10", {c})), Code::pipeline_short).message ==
        "open opportunities weighted for fiscal year 2026 come to 3,399.99: 99.9997% of the gap "
        "3,400.00");
  // The exact 3,399.995 (40,799.94 / 12) rounds half-up to 3,400.00: as printed, not short.
  c.opportunities = {
      opp("big", Kind::upsell, Money::from_cents(4079994), Ratio::integer(1), "2026-11")};
  CHECK(codes(c).empty());
  // A gap but only won and lost opportunities: NO_PIPELINE, not PIPELINE_SHORT.
  c.opportunities = {opp("w", Kind::upsell, 100, 100, "2026-12", Status::won),
                     opp("l", Kind::upsell, 100, 100, "2026-12", Status::lost)};
  CHECK(codes(c) == Codes{"NO_PIPELINE"});
  // An inactive client with a gap: PIPELINE_SHORT does not need an active client.
  Client idle = tiny("idle", 10);                                  // gap 1.20
  idle.opportunities = {opp("x", Kind::upsell, 1, 50, "2027-01")}; // after F: weighted 0
  CHECK(codes(idle) == Codes{"PIPELINE_SHORT"});
  // No gap (no revenue entry: every month unknown) with open opportunities: nothing to be
  // short of.
  Client none = client("none", 10);
  none.opportunities = {opp("x", Kind::upsell, 1, 50, "2027-01")};
  CHECK(codes(none).empty());
}

TEST_CASE("pipeline findings: STALE_OPPORTUNITY, one per open one closing by as_of") {
  Client c = client("old", 10); // gap 0, not active: only the stale findings
  c.opportunities = {opp("at", Kind::upsell, 1000, 50, "2026-10"),
                     opp("before", Kind::cross_sell, 2000, 25, "2026-03"),
                     opp("next", Kind::upsell, 1000, 50, "2026-11"),
                     opp("done", Kind::upsell, 1000, 50, "2026-01", Status::won),
                     opp("gone", Kind::upsell, 1000, 50, "2026-01", Status::lost)};
  const std::vector<Finding> fs = findings_of(portfolio("2026-10", {c}));
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].code == Code::stale_opportunity);
  CHECK(fs[0].message == "opportunity at (upsell, 1,000.00 at 50.0%) was to close in 2026-10 "
                         "and is still open at 2026-10: mark it won or lost, or move the date");
  CHECK(fs[1].message == "opportunity before (cross_sell, 2,000.00 at 25.0%) was to close in "
                         "2026-03 and is still open at 2026-10: mark it won or lost, or move "
                         "the date");
  CHECK(fs[1].line == 10);
}

TEST_CASE("pipeline findings: PIPELINE_OVER_WALLET, Σ open value above the headroom") {
  Client c = steady();                                        // revenue 2025-11..2026-10 = 13,000
  c.forecast = units({{"2026-11", 1700}, {"2026-12", 1700}}); // gap 0: only this finding
  // Open: 3,000 overdue + 4,000 next year = 7,000 (any close month); won ones do not count.
  c.opportunities = {opp("late", Kind::upsell, 3000, 50, "2026-09"),
                     opp("next", Kind::new_unit, 4000, 10, "2027-06"),
                     opp("won", Kind::upsell, 9000, 100, "2026-05", Status::won)};
  // No wallet, or none for fiscal year 2026: never.
  CHECK(codes(c) == Codes{"STALE_OPPORTUNITY"});
  c.wallet[2025] = c.wallet[2027] = Money::units(13000);
  CHECK(codes(c) == Codes{"STALE_OPPORTUNITY"});
  // Wallet 20,000: headroom 20,000 − 13,000 = 7,000 = Σ open: not over.
  c.wallet[2026] = Money::units(20000);
  CHECK(codes(c) == Codes{"STALE_OPPORTUNITY"});
  // Wallet 19,999.99: headroom 6,999.99 < 7,000.
  c.wallet[2026] = Money::from_cents(1999999);
  CHECK(codes(c) == Codes{"STALE_OPPORTUNITY", "PIPELINE_OVER_WALLET"});
  CHECK(only_finding(findings_of(portfolio("2026-10", {c})), Code::pipeline_over_wallet).message ==
        "open opportunities worth 7,000.00 exceed the headroom 6,999.99 of "
        "fiscal year 2026 (wallet 19,999.99, revenue 13,000.00 in "
        "2025-11..2026-10): the plan needs money the client does not spend");
  // A wallet below the revenue: headroom 0, any open value is over; no active client needed.
  Client idle = client("idle", 20);
  idle.wallet[2026] = Money();
  idle.opportunities = {opp("x", Kind::upsell, Money::from_cents(1), Ratio(1, 2), "2027-01")};
  CHECK(codes(idle) == Codes{"PIPELINE_OVER_WALLET"});
}

TEST_CASE("pipeline findings: they honour the client's ignore entries") {
  Client c = steady();
  c.ignore = {Silence{Code::no_pipeline, "budget frozen", mon("2026-12"), 12}};
  const Portfolio p = portfolio("2026-10", {c});
  FindingCollector f(p, p.as_of);
  pipeline_findings(f, pipeline_report(p));
  CHECK(f.active.empty());
  REQUIRE(f.silenced.size() == 1);
  CHECK(f.silenced[0].code == Code::no_pipeline);
}
