// What changed since a revision (SPEC section 13): closed months rewritten, findings new and
// resolved. Figures by hand.
#include "portfolio_builder.hpp"
#include "reports/diff.hpp"
#include "reports/since.hpp"

#include <doctest/doctest.h>

namespace since_tests {

using acctmgr::Code;
using acctmgr::Finding;
using acctmgr::finding_changes;
using acctmgr::Money;
using acctmgr::Portfolio;
using acctmgr::restated_finding;
using acctmgr::restatements;
using acctmgr::test::client;
using acctmgr::test::mon;
using acctmgr::test::portfolio;
using acctmgr::test::units;

/// acme: 09 and 10 closed then (as_of 2026-10); 11 added since with as_of moved on.
Portfolio then_book() {
  auto acme = client("acme", 8);
  acme.currency = "USD";
  acme.revenue = units({{"2026-08", 100}, {"2026-09", 200}, {"2026-10", 300}});
  acme.cost = units({{"2026-09", 50}, {"2026-10", 60}});
  return portfolio("2026-10", {acme});
}

TEST_CASE("a closed month rewritten, an entry added or removed before as_of then: restated") {
  const Portfolio then = then_book();
  Portfolio now = then_book();
  now.as_of = mon("2026-11");
  acctmgr::Client& acme = now.clients[0];
  // 09 revenue 200 -> 250; 08 revenue removed; 10 cost 60 -> 60 (same); 07 cost added;
  // 11 revenue added (after as_of then: not a restatement).
  acme.revenue = units({{"2026-09", 250}, {"2026-10", 300}, {"2026-11", 400}});
  acme.cost = units({{"2026-07", 10}, {"2026-09", 50}, {"2026-10", 60}});
  const auto r = restatements(then, now);
  REQUIRE(r.size() == 3);
  CHECK(r[0].month == mon("2026-07"));
  CHECK(std::string(r[0].kind) == "cost");
  CHECK(!r[0].then.has_value());
  CHECK(r[0].difference() == Money::units(10));
  CHECK(r[1].month == mon("2026-08"));
  CHECK(std::string(r[1].kind) == "revenue");
  CHECK(!r[1].now.has_value());
  CHECK(r[1].difference() == Money::units(-100));
  CHECK(r[2].month == mon("2026-09"));
  CHECK(r[2].difference() == Money::units(50));

  // at_stake |difference|, in USD with no reporting currency: 100.00 for the removed entry.
  const Finding f = restated_finding(r[1]);
  CHECK(f.code == Code::restated);
  CHECK(f.line == 8);
  CHECK(f.client == "acme");
  CHECK(f.at_stake == Money::units(100));
  CHECK(f.subject == "2026-08 revenue");
  CHECK(f.message ==
        "revenue of 2026-08, a closed month, was removed: it was 100.00 (-100.00 USD)");
  CHECK(restated_finding(r[2]).message ==
        "revenue of 2026-09, a closed month, changed from 200.00 to 250.00 (+50.00 USD)");
  CHECK(restated_finding(r[0]).message ==
        "cost of 2026-07, a closed month, was added: 10.00 (+10.00 USD)");
}

TEST_CASE("a client only then or only now has no restatements: it is resolved or new") {
  Portfolio now = then_book();
  now.clients[0].id = "acme-corp"; // renamed
  CHECK(restatements(then_book(), now).empty());
}

TEST_CASE("findings new and resolved: the same manager, client, code and subject") {
  auto finding = [](const char* client, Code code, const char* subject) {
    Finding f;
    f.manager = "Olena";
    f.client = client;
    f.code = code;
    f.subject = subject;
    f.message = "then";
    return f;
  };
  const std::vector<Finding> then{finding("acme", Code::no_meeting, ""),
                                  finding("acme", Code::stale_opportunity, "qa-team"),
                                  finding("beta", Code::declining, "")};
  std::vector<Finding> now{finding("acme", Code::no_meeting, ""),
                           finding("acme", Code::stale_opportunity, "rates-2027"),
                           finding("beta", Code::below_target, "")};
  now[0].message = "now: another message is the same finding";
  const auto changes = finding_changes(then, now);
  REQUIRE(changes.added.size() == 2);
  CHECK(changes.added[0].subject == "rates-2027");
  CHECK(changes.added[1].code == Code::below_target);
  REQUIRE(changes.resolved.size() == 2);
  CHECK(changes.resolved[0].subject == "qa-team");
  CHECK(changes.resolved[1].code == Code::declining);
}

} // namespace since_tests

namespace diff_tests {

using acctmgr::Document;
using acctmgr::Money;
using acctmgr::Period;
using acctmgr::PeriodSpec;
using acctmgr::Portfolio;
using acctmgr::ReportInput;
using acctmgr::Settings;
using acctmgr::Table;
using acctmgr::test::client;
using acctmgr::test::mon;
using acctmgr::test::portfolio;
using acctmgr::test::units;

/// acme: 100 a month in 2025 (1,200), 110 a month in 2026 up to October (1,100); forecast
/// 120 for November and December. Growth target 20 %: the year needs 1,200 x 1.2 = 1,440.
Portfolio october() {
  auto acme = client("acme", 8);
  acme.currency = "USD";
  std::vector<acctmgr::MonthSeries::Entry> revenue;
  for (acctmgr::Month m = mon("2025-01"); m <= mon("2025-12"); m = m + 1)
    revenue.emplace_back(m, Money::units(100));
  for (acctmgr::Month m = mon("2026-01"); m <= mon("2026-10"); m = m + 1)
    revenue.emplace_back(m, Money::units(110));
  acme.revenue = acctmgr::MonthSeries(revenue);
  acme.forecast = units({{"2026-11", 120}, {"2026-12", 120}});
  return portfolio("2026-10", {acme});
}

TEST_CASE("diff's outlook: projected and gap then and now, by hand") {
  const Portfolio then = october();
  Portfolio now = october();
  // November closed at 130 (the forecast said 120); December's forecast raised to 125.
  now.as_of = mon("2026-11");
  std::vector<acctmgr::MonthSeries::Entry> revenue = now.clients[0].revenue.entries();
  revenue.emplace_back(mon("2026-11"), Money::units(130));
  now.clients[0].revenue = acctmgr::MonthSeries(revenue);
  now.clients[0].forecast = units({{"2026-11", 120}, {"2026-12", 125}});
  const PeriodSpec spec = *PeriodSpec::parse("ytd");
  const Period then_ytd{{mon("2026-01"), mon("2026-10")}, {mon("2025-01"), mon("2025-10")}};
  const Period now_ytd{{mon("2026-01"), mon("2026-11")}, {mon("2025-01"), mon("2025-11")}};
  const ReportInput then_in{{{&then, then_ytd}}, spec, Settings{}, ""};
  const ReportInput now_in{{{&now, now_ytd}}, spec, Settings{}, ""};
  const Document d = acctmgr::diff_document({"HEAD~1", &now_in, &then_in, {&then}});
  REQUIRE(d.sections.size() == 4);
  CHECK(d.sections[2].key == "outlook");
  const Table& t = std::get<Table>(d.sections[2].body);
  REQUIRE(t.rows().size() == 2); // acme, and the manager's TOTAL
  auto cell = [&](std::size_t row, const char* name) { return t.at(row, name); };
  // then: 1,100 + 120 + 120 = 1,340, gap 1,440 − 1,340 = 100.
  // now: 1,100 + 130 + 125 = 1,355, gap 1,440 − 1,355 = 85; one forecast entry changed.
  CHECK(std::get<Money>(cell(0, "projected_then")) == Money::units(1340));
  CHECK(std::get<Money>(cell(0, "projected_now")) == Money::units(1355));
  CHECK(std::get<Money>(cell(0, "gap_then")) == Money::units(100));
  CHECK(std::get<Money>(cell(0, "gap_now")) == Money::units(85));
  CHECK(std::get<std::int64_t>(cell(0, "forecast_changes")) == 1);
  CHECK(std::get<Money>(cell(1, "projected_now")) == Money::units(1355));
  // No month closed at October changed: nothing restated.
  CHECK(std::get<Table>(d.sections[1].body).rows().empty());
}

} // namespace diff_tests
