#include "portfolio_builder.hpp"
#include "reports/check.hpp"
#include "reports/growth.hpp"
#include "reports/pipeline.hpp"
#include "reports/review.hpp"
#include "reports/summary.hpp"

#include <climits>
#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// as_of 2026-10. a: 50 in 2025-11, 100 in 2026-10, and 30 in 2025-10 (a year before the
// window); b: 20 in 2026-01 and 7 in 2025-01.
Portfolio review_book() {
  Client a = client("a", 10);
  a.revenue = units({{"2025-10", 30}, {"2025-11", 50}, {"2026-10", 100}});
  Client b = client("b", 20);
  b.revenue = units({{"2025-01", 7}, {"2026-01", 20}});
  return portfolio("2026-10", {a, b});
}

ReportInput input_for(const Portfolio& p) {
  const PeriodSpec ytd = *PeriodSpec::parse("ytd");
  return {{{&p, *resolve(ytd, p.settings.calendar(), p.as_of)}}, ytd, Settings{}, ""};
}

std::vector<std::string> keys(const Document& d) {
  std::vector<std::string> out;
  for (const Section& s : d.sections)
    out.push_back(s.key);
  return out;
}

} // namespace

TEST_CASE("revenue series: the 12 months ending E and the same months a year earlier") {
  const std::vector<Series> s = revenue_series(review_book(), mon("2026-10"));
  REQUIRE(s.size() == 2);
  CHECK(s[0].label == "revenue");
  CHECK(s[0].subject == "Olena");
  CHECK(s[0].first == mon("2025-11"));
  REQUIRE(s[0].values.size() == 12);
  CHECK(s[0].values[0] == Money::units(50));   // 2025-11
  CHECK(s[0].values[2] == Money::units(20));   // 2026-01
  CHECK(s[0].values[11] == Money::units(100)); // 2026-10
  CHECK(s[0].values[5] == Money());
  // No forecast entered: no forecast series, and the year earlier covers the 12 months only.
  CHECK(s[1].label == "a year earlier");
  CHECK(s[1].first == mon("2024-11"));
  CHECK(s[1].shift == 12);
  REQUIRE(s[1].values.size() == 12);
  // a's file starts at 2025-10 (no won): 2024-11..2025-09 are unknown for it, so the manager's
  // sum is not known there (SPEC section 3): a gap, not 0 and not b's 7 alone.
  CHECK_FALSE(s[1].values[0].has_value());
  CHECK_FALSE(s[1].values[2].has_value());    // 2025-01: b's 7, a unknown
  CHECK(s[1].values[11] == Money::units(30)); // 2025-10
}

TEST_CASE("revenue series: the forecast months ahead, and a year earlier beside them") {
  Portfolio p = review_book();
  p.clients[0].forecast = units({{"2026-11", 40}, {"2026-12", 45}});
  p.clients[0].revenue =
      units({{"2024-01", 1}, {"2025-10", 30}, {"2025-11", 50}, {"2026-10", 100}});
  p.clients[1].won = mon("2025-01"); // b: known 0 before its first entry
  const std::vector<Series> s = revenue_series(p, mon("2026-10"));
  REQUIRE(s.size() == 3);
  CHECK(s[1].label == "forecast");
  CHECK(s[1].first == mon("2026-11"));
  REQUIRE(s[1].values.size() == 3); // forecast_months 3
  CHECK(s[1].values[0] == Money::units(40));
  CHECK(s[1].values[1] == Money::units(45));
  CHECK_FALSE(s[1].values[2].has_value()); // 2027-01: nobody's entry
  CHECK(s[2].label == "a year earlier");
  REQUIRE(s[2].values.size() == 15);          // under the 12 months and the 3 ahead
  CHECK(s[2].values[0] == Money());           // 2024-11: a known (file from 2024-01)
  CHECK(s[2].values[2] == Money::units(7));   // 2025-01
  CHECK(s[2].values[12] == Money::units(50)); // 2025-11, under 2026-11's forecast
  // Not at as_of: no months ahead.
  CHECK(revenue_series(p, mon("2026-09")).size() == 2);
}

TEST_CASE("the review's pages: team, then each manager, then silenced and bonus") {
  const Portfolio p = review_book();
  const Document d = review_pages_document(input_for(p));
  CHECK(keys(d) == std::vector<std::string>{"team", "top_actions", "summary", "figures", "revenue",
                                            "revenue", "clients", "pipeline", "findings",
                                            "silenced", "bonus"});
  std::vector<std::string> parts;
  for (const Section& s : d.sections)
    if (!s.part.empty()) parts.push_back(s.part);
  CHECK(parts == std::vector<std::string>{"team", "Olena", "silenced and bonus"});
  CHECK(d.sections[0].figures);
  CHECK(d.sections[3].figures);
  // The manager's clients without the manager column; the same numbers as the data document.
  const Table& clients = std::get<Table>(d.sections[6].body);
  CHECK(clients.columns().front().name == "client");
  CHECK(std::get<Money>(clients.at(0, "revenue")) == Money::units(100));
  // One manager, one period: the team's figures are the summary's TOTAL.
  const Table& team = std::get<Table>(d.sections[0].body);
  CHECK(team.title() == "team figures (ytd)");
  CHECK(std::get<Money>(team.at(0, "revenue")) == Money::units(120));
  CHECK(std::holds_alternative<std::monostate>(team.at(0, "bonus"))); // no plan
}

TEST_CASE("the review is one document: context, sections in reading order, silenced last") {
  const Portfolio p = review_book();
  const Document d = review_document(input_for(p));
  CHECK(d.title == "Monthly review, ytd, as of 2026-10 (USD)");
  CHECK(d.context.period == "ytd");
  CHECK(d.context.as_of == std::vector<Month>{mon("2026-10")});
  CHECK(d.context.currency == "USD");
  CHECK(d.context.settings_file == ""); // the defaults
  CHECK(keys(d) == std::vector<std::string>{"top_actions", "summary", "clients", "pipeline",
                                            "findings", "bonus", "bonus_missing", "silenced"});
  // The pipeline table is the pipeline command's, over the same portfolios.
  const Table pipeline = std::get<Table>(d.sections[3].body);
  CHECK(pipeline.columns().at(3).name == "gap");
  CHECK(pipeline.rows().size() == pipeline_table({pipeline_report(p)}).rows().size());
  // No bonus plan: the bonus table is empty, and the reason is data for JSON only.
  const Table& missing = std::get<Table>(d.sections[6].body);
  CHECK(d.sections[6].data_only);
  REQUIRE(missing.rows().size() == 1);
  CHECK(std::get<std::string>(missing.at(0, "manager")) == "Olena");
  CHECK(std::get<Table>(d.sections[5].body).rows().empty());
  CHECK(std::get<Table>(d.sections[5].body).notes().size() == 1);
  // ytd 2026-01..10 vs 2025-01..10: a 100 vs 30, b 20 vs 7.
  const Table clients = std::get<Table>(d.sections[2].body);
  REQUIRE(clients.rows().size() == 2);
  CHECK(std::get<Money>(clients.at(0, "revenue")) == Money::units(100));
  CHECK(std::get<Ratio>(clients.at(1, "growth")) == Ratio(13, 7));
}

TEST_CASE("check: findings filtered by --ignore and --all, quiet when there are none") {
  const Portfolio p = review_book();
  const ReportInput in = input_for(p);
  const std::vector<Finding> all = check_findings(in, {}, true);
  const std::vector<Finding> warnings = check_findings(in, {}, false);
  CHECK(all.size() > warnings.size()); // NO_WALLET is info
  for (const Finding& f : warnings)
    CHECK(f.severity != Severity::info);
  const std::vector<Finding> quiet = check_findings(in, {Code::no_payer, Code::no_meeting}, true);
  for (const Finding& f : quiet) {
    CHECK(f.code != Code::no_payer);
    CHECK(f.code != Code::no_meeting);
  }
  const Document d = check_document(in, {});
  REQUIRE(d.sections.size() == 1);
  CHECK(std::get<FindingList>(d.sections[0].body).quiet_when_empty);
}

TEST_CASE("an overflow names the file and the client, or the TOTAL it happened in") {
  const Money half = Money::from_cents(INT64_MAX / 2 + 1);
  Client a = client("a", 10); // two months of more than half of int64 cents
  a.revenue = MonthSeries({{mon("2026-09"), half}, {mon("2026-10"), half}});
  const Period ytd = *resolve(*PeriodSpec::parse("ytd"), FiscalCalendar{}, mon("2026-10"));
  try {
    growth_report(portfolio("2026-10", {a}), ytd);
    FAIL("no overflow");
  } catch (const OverflowError& e) {
    CHECK(e.where() == "olena.yaml: client 'a'");
  }

  Client b = client("b", 20), c = client("c", 30); // each fits, their sum does not
  b.revenue = MonthSeries({{mon("2026-10"), half}});
  c.revenue = MonthSeries({{mon("2026-10"), half}});
  try {
    growth_report(portfolio("2026-10", {b, c}), ytd);
    FAIL("no overflow");
  } catch (const OverflowError& e) {
    CHECK(e.where() == "olena.yaml: TOTAL of manager 'Olena'");
  }

  SummaryRow row;
  row.sums.revenue = half;
  row.period = ytd;
  try {
    team_total({row, row}, Ratio(1, 5));
    FAIL("no overflow");
  } catch (const OverflowError& e) {
    CHECK(e.where() == "the team TOTAL");
  }
  CHECK(OverflowError().where().empty()); // outside any context
}

TEST_CASE("review: the client table's coverage is the pipeline's weighted_in_year / gap") {
  // a: 1,000 a month in 2025 (prev_year 12,000), 10,000 actual to 2026-10 and 2,000 forecast:
  // projected 12,000 against 12,000 × 1.2 = 14,400, gap 2,400. Its upsell of 12,000 at 50 %
  // closing 2026-11 brings 12,000 × 0.5 × 1 / 12 = 500 this year: coverage 500 / 2,400 = 5/24.
  Client a = client("a", 10);
  a.revenue = MonthSeries([] {
    std::vector<MonthSeries::Entry> e = flat("2025-01", "2025-12", 1000).entries();
    const MonthSeries now = flat("2026-01", "2026-10", 1000);
    const std::vector<MonthSeries::Entry> later = now.entries();
    e.insert(e.end(), later.begin(), later.end());
    return e;
  }());
  a.forecast = units({{"2026-11", 1000}, {"2026-12", 1000}});
  Opportunity up;
  up.id = "qa";
  up.value = Money::units(12000);
  up.probability = Ratio(1, 2);
  up.close = mon("2026-11");
  a.opportunities = {up};
  // b: no gap (nothing a year ago, nothing forecast): coverage empty.
  Client b = client("b", 20);
  b.revenue = units({{"2026-10", 10}});
  const Portfolio p = portfolio("2026-10", {a, b});
  const Document d = review_document(input_for(p));
  const Table clients = std::get<Table>(d.sections[2].body);
  REQUIRE(clients.rows().size() == 2);
  CHECK(std::get<Ratio>(clients.at(0, "coverage")) == Ratio(5, 24));
  CHECK(std::holds_alternative<std::monostate>(clients.at(1, "coverage")));
}
