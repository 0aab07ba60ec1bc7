#include "portfolio_builder.hpp"
#include "reports/summary.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// as_of 2026-03, ytd = 2026-01..03 against 2025-01..03.
Portfolio summary_sample() {
  Client a = client("a", 10); // 300 -> 450, cost 270, wallet 1,000
  a.revenue = units({{"2025-01", 100},
                     {"2025-02", 100},
                     {"2025-03", 100},
                     {"2026-01", 150},
                     {"2026-02", 150},
                     {"2026-03", 150}});
  a.cost = units({{"2026-01", 90}, {"2026-02", 90}, {"2026-03", 90}});
  a.wallet[2026] = Money::units(1000);
  Client b = client("b", 20); // 600 -> 100, no cost: margin undefined, no wallet
  b.revenue = units({{"2025-01", 200}, {"2025-02", 200}, {"2025-03", 200}, {"2026-01", 100}});
  Client c = client("c", 30); // no entry before 2026-02: no_history, left out; cost 20
  c.revenue = units({{"2026-02", 50}});
  c.cost = units({{"2026-02", 20}});
  Client d = client("d", 40); // 80 -> 0 (lost)
  d.revenue = units({{"2025-02", 80}});
  Client e = client("e", 50); // won 2026-02: 0 -> 40 (new), no cost entry
  e.origin = Origin::new_client;
  e.won = mon("2026-02");
  e.revenue = units({{"2026-03", 40}});
  return portfolio("2026-03", {a, b, c, d, e});
}

/// n warnings and one info finding: only the warnings count.
std::vector<Finding> found(int warnings) {
  std::vector<Finding> out(static_cast<std::size_t>(warnings));
  out.push_back(Finding{"f.yaml", 1, "Olena", "a", Code::no_wallet, Severity::info, ""});
  return out;
}

template <class T> T cell(const Table& t, std::size_t row, std::string_view column) {
  return std::get<T>(t.at(row, column));
}

} // namespace

TEST_CASE("summary figures, hand-computed: comparable clients, excluded revenue") {
  const Portfolio p = summary_sample();
  const Period period = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  const SummaryRow row = summarize(growth_report(p, period), found(3));
  const SummaryRow total = team_total({row}, Ratio(1, 5));
  const Table t = summary_table({row}, total, "ytd");
  REQUIRE(t.rows().size() == 2);
  REQUIRE(t.columns().size() == 19);
  CHECK(cell<std::string>(t, 0, "manager") == "Olena");
  CHECK(cell<Month>(t, 0, "from") == mon("2026-01"));
  CHECK(cell<Month>(t, 0, "to") == mon("2026-03"));
  CHECK(cell<Money>(t, 0, "revenue") == Money::units(590));      // 450 + 100 + 0 + 40; c out
  CHECK(cell<Money>(t, 0, "prev_revenue") == Money::units(980)); // 300 + 600 + 80 + 0
  CHECK(cell<Ratio>(t, 0, "growth") == Ratio(-390, 980));        // (590 - 980) / 980
  CHECK(cell<std::string>(t, 0, "status") == "declining");
  CHECK(cell<Ratio>(t, 0, "nrr") == Ratio(550, 980));               // (450+100+0) / 980
  CHECK(cell<Ratio>(t, 0, "grr") == Ratio(400, 980));               // (300+100+0) / 980
  CHECK(cell<Money>(t, 0, "new_revenue") == Money::units(40));      // e
  CHECK(cell<Money>(t, 0, "lost_revenue") == Money::units(80));     // d's prev
  CHECK(cell<Money>(t, 0, "excluded_revenue") == Money::units(50)); // c
  CHECK(cell<Ratio>(t, 0, "top_client_share") == Ratio(450, 590));
  CHECK(cell<Ratio>(t, 0, "hhi") == Ratio(214100, 348100)); // (450²+100²+40²) / 590²
  // margin and share over every client: a and c have a defined margin, b and e no cost
  CHECK(cell<Ratio>(t, 0, "margin") == Ratio(210, 500)); // (450+50 − 270−20) / 500
  CHECK(cell<Ratio>(t, 0, "share") == Ratio(450, 1000)); // a only has a wallet
  CHECK(cell<Money>(t, 0, "headroom") == Money::units(550));
  CHECK(cell<std::int64_t>(t, 0, "findings") == 3);
}

TEST_CASE("team TOTAL adds the managers' sums over the same months, judged by the team target") {
  const Portfolio p = summary_sample();
  const Period period = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  Portfolio q = summary_sample();
  q.manager = "James";
  // James: only client a, growing 50 % -> on target for himself.
  q.clients.resize(1);
  const std::vector<SummaryRow> rows = {summarize(growth_report(p, period), found(3)),
                                        summarize(growth_report(q, period), found(1))};
  const Table t = summary_table(rows, team_total(rows, Ratio(1, 5)), "ytd");
  CHECK(t.rows().back().is_total());
  CHECK(cell<std::string>(t, 2, "manager") == "TOTAL");
  CHECK(cell<Month>(t, 2, "from") == mon("2026-01"));
  CHECK(cell<Money>(t, 2, "revenue") == Money::units(1040));      // 590 + 450
  CHECK(cell<Money>(t, 2, "prev_revenue") == Money::units(1280)); // 980 + 300
  CHECK(cell<std::string>(t, 2, "status") == "declining");
  CHECK(cell<Ratio>(t, 2, "top_client_share") == Ratio(450, 1040));
  // hhi over the team: (450² + 100² + 40² + 450²) / 1040²
  CHECK(cell<Ratio>(t, 2, "hhi") == Ratio(450 * 450 * 2 + 100 * 100 + 40 * 40, 1040 * 1040));
  CHECK(cell<std::int64_t>(t, 2, "findings") == 4);
  CHECK(t.notes().size() == 1);
}

TEST_CASE("team TOTAL over managers whose months differ: empty but for the findings, and why") {
  const Portfolio p = summary_sample();
  Portfolio q = summary_sample();
  q.manager = "James";
  q.settings.fiscal_year_start = 2; // ytd is 2026-02..03 for James
  const PeriodSpec ytd = *PeriodSpec::parse("ytd");
  const std::vector<SummaryRow> rows = {
      summarize(growth_report(p, *resolve(ytd, p.settings.calendar(), p.as_of)), found(3)),
      summarize(growth_report(q, *resolve(ytd, q.settings.calendar(), q.as_of)), found(1))};
  const Table t = summary_table(rows, team_total(rows, Ratio(1, 5)), "ytd");
  CHECK(cell<Month>(t, 1, "from") == mon("2026-02"));
  CHECK(cell<std::string>(t, 2, "manager") == "TOTAL");
  for (const char* empty : {"from", "to", "revenue", "prev_revenue", "growth", "status", "nrr",
                            "hhi", "margin", "share", "headroom", "excluded_revenue"})
    CHECK(std::holds_alternative<std::monostate>(t.at(2, empty)));
  CHECK(cell<std::int64_t>(t, 2, "findings") == 4);
  REQUIRE(t.notes().size() == 2);
  std::string note;
  for (const Span& s : t.notes()[1])
    note += s.kind == Span::Kind::value ? "<value>" : s.text;
  CHECK(note == "TOTAL left empty: the managers' periods cover different months (Olena <value>, "
                "James <value>); use -p ttm or a month range such as <value>");
}

TEST_CASE("summary of a portfolio without revenue leaves ratios undefined") {
  Portfolio p = portfolio("2026-03", {client("x", 5)});
  const Period period = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  const SummaryRow row = summarize(growth_report(p, period), {});
  const Table t = summary_table({row}, team_total({row}, Ratio(1, 5)), "ytd");
  for (const char* undefined :
       {"growth", "status", "nrr", "grr", "top_client_share", "hhi", "margin", "share", "headroom"})
    CHECK(std::holds_alternative<std::monostate>(t.at(0, undefined)));
}
