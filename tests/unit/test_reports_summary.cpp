#include "portfolio_builder.hpp"
#include "reports/portfolio_reports.hpp"
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

/// The manager's summary row over `period`, from the portfolio's reports as the command makes it.
SummaryRow summarized(const Portfolio& p, const Period& period,
                      const std::vector<Finding>& findings) {
  return summarize(portfolio_reports(p, period), findings);
}

} // namespace

TEST_CASE("summary figures, hand-computed: the whole book and its comparable clients") {
  const Portfolio p = summary_sample();
  const Period period = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  const SummaryRow row = summarized(p, period, found(3));
  const SummaryRow total = team_total({row}, Ratio(1, 5));
  const Table t = summary_table({row}, total, "ytd");
  REQUIRE(t.rows().size() == 2);
  const char* names[] = {"manager",
                         "currency",
                         "from",
                         "to",
                         "revenue",
                         "comparable_revenue",
                         "prev_revenue",
                         "growth",
                         "status",
                         "nrr",
                         "grr",
                         "new_revenue",
                         "lost_revenue",
                         "top_client_share",
                         "hhi",
                         "margin",
                         "margin_coverage",
                         "share",
                         "headroom",
                         "findings"};
  REQUIRE(t.columns().size() == 20);
  for (std::size_t i = 0; i < 20; ++i)
    CHECK(t.columns()[i].name == names[i]);
  CHECK(cell<std::string>(t, 0, "manager") == "Olena");
  CHECK(cell<Month>(t, 0, "from") == mon("2026-01"));
  CHECK(cell<Month>(t, 0, "to") == mon("2026-03"));
  CHECK(cell<Money>(t, 0, "revenue") == Money::units(640)); // 450 + 100 + 50 + 0 + 40: c too
  CHECK(cell<Money>(t, 0, "comparable_revenue") == Money::units(590)); // c (no_history) out
  CHECK(cell<Money>(t, 0, "prev_revenue") == Money::units(980));       // 300 + 600 + 80 + 0
  CHECK(cell<Ratio>(t, 0, "growth") == Ratio(-390, 980));              // (590 - 980) / 980
  CHECK(cell<std::string>(t, 0, "status") == "declining");
  CHECK(cell<Ratio>(t, 0, "nrr") == Ratio(550, 980));           // (450+100+0) / 980
  CHECK(cell<Ratio>(t, 0, "grr") == Ratio(400, 980));           // (300+100+0) / 980
  CHECK(cell<Money>(t, 0, "new_revenue") == Money::units(40));  // e
  CHECK(cell<Money>(t, 0, "lost_revenue") == Money::units(80)); // d's prev
  // Concentration over the whole book, c included.
  CHECK(cell<Ratio>(t, 0, "top_client_share") == Ratio(450, 640));
  CHECK(cell<Ratio>(t, 0, "hhi") == Ratio(216600, 409600)); // (450²+100²+50²+40²) / 640²
  // a and c have a defined margin, b and e no cost: (450+50 − 270−20) / 500, read off 500 of
  // the book's 640.
  CHECK(cell<Ratio>(t, 0, "margin") == Ratio(210, 500));
  CHECK(cell<Ratio>(t, 0, "margin_coverage") == Ratio(500, 640));
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
  const std::vector<SummaryRow> rows = {summarized(p, period, found(3)),
                                        summarized(q, period, found(1))};
  const Table t = summary_table(rows, team_total(rows, Ratio(1, 5)), "ytd");
  CHECK(t.rows().back().is_total());
  CHECK(cell<std::string>(t, 2, "manager") == "TOTAL");
  CHECK(cell<Month>(t, 2, "from") == mon("2026-01"));
  CHECK(cell<Money>(t, 2, "revenue") == Money::units(1090));            // 640 + 450
  CHECK(cell<Money>(t, 2, "comparable_revenue") == Money::units(1040)); // 590 + 450
  CHECK(cell<Money>(t, 2, "prev_revenue") == Money::units(1280));       // 980 + 300
  CHECK(cell<Ratio>(t, 2, "growth") == Ratio(-240, 1280));              // (1040 - 1280) / 1280
  CHECK(cell<std::string>(t, 2, "status") == "declining");
  CHECK(cell<Ratio>(t, 2, "top_client_share") == Ratio(450, 1090));
  // hhi over the team's book: (450² + 100² + 50² + 40² + 450²) / 1090²
  CHECK(cell<Ratio>(t, 2, "hhi") ==
        Ratio(450 * 450 * 2 + 100 * 100 + 50 * 50 + 40 * 40, 1090 * 1090));
  // James reads his margin off his whole book (450 of 450), Olena off 500 of 640; the TOTAL
  // from its own sums: (500 + 450) / (640 + 450), not an average of the two.
  CHECK(cell<Ratio>(t, 1, "margin_coverage") == Ratio(1, 1));
  CHECK(cell<Ratio>(t, 2, "margin_coverage") == Ratio(950, 1090));
  CHECK(cell<Ratio>(t, 2, "margin") == Ratio(210 + 180, 950)); // (500 − 290 + 450 − 270) / 950
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
      summarized(p, *resolve(ytd, p.settings.calendar(), p.as_of), found(3)),
      summarized(q, *resolve(ytd, q.settings.calendar(), q.as_of), found(1))};
  const Table t = summary_table(rows, team_total(rows, Ratio(1, 5)), "ytd");
  CHECK(cell<Month>(t, 1, "from") == mon("2026-02"));
  CHECK(cell<std::string>(t, 2, "manager") == "TOTAL");
  for (const char* empty :
       {"from", "to", "revenue", "comparable_revenue", "prev_revenue", "growth", "status", "nrr",
        "hhi", "margin", "margin_coverage", "share", "headroom"})
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
  const SummaryRow row = summarized(p, period, {});
  const Table t = summary_table({row}, team_total({row}, Ratio(1, 5)), "ytd");
  for (const char* undefined : {"growth", "status", "nrr", "grr", "top_client_share", "hhi",
                                "margin", "margin_coverage", "share", "headroom"})
    CHECK(std::holds_alternative<std::monostate>(t.at(0, undefined)));
  CHECK(cell<Money>(t, 0, "revenue") == Money());
}

namespace summary_book_test {

Period ytd_of(const Portfolio& p) {
  return *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
}

Table table_of(const Portfolio& p) {
  const SummaryRow row = summarize(portfolio_reports(p, ytd_of(p)), {});
  return summary_table({row}, team_total({row}, Ratio(1, 5)), "ytd");
}

} // namespace summary_book_test

TEST_CASE("summary: revenue is the whole book, concentration too; growth is the comparable's") {
  using namespace summary_book_test;
  // as_of 2026-03, ytd 2026-01..03 against 2025-01..03.
  Client x = client("x", 10); // comparable: 100 -> 100
  x.revenue = units({{"2025-01", 100}, {"2026-02", 100}});
  Client y = client("y", 20); // no entry before 2026-01: no_history, 300 now
  y.revenue = units({{"2026-01", 300}});
  Client z = client("z", 30); // handed over 2025-06: in transition, 50 -> 50
  z.origin = Origin::handover;
  z.won = mon("2025-06");
  z.revenue = units({{"2025-01", 50}, {"2026-01", 50}});
  const Table t = table_of(portfolio("2026-03", {x, y, z}));
  CHECK(cell<Money>(t, 0, "revenue") == Money::units(450));            // 100 + 300 + 50
  CHECK(cell<Money>(t, 0, "comparable_revenue") == Money::units(100)); // x alone
  CHECK(cell<Money>(t, 0, "prev_revenue") == Money::units(100));
  CHECK(cell<Ratio>(t, 0, "growth") == Ratio(0, 1)); // 100 / 100 − 1
  CHECK(cell<std::string>(t, 0, "status") == "below_target");
  CHECK(cell<Ratio>(t, 0, "nrr") == Ratio(1, 1));
  // y, not comparable, is the book's largest client: 300 / 450; hhi (100² + 300² + 50²) / 450²
  CHECK(cell<Ratio>(t, 0, "top_client_share") == Ratio(300, 450));
  CHECK(cell<Ratio>(t, 0, "hhi") == Ratio(10000 + 90000 + 2500, 202500));
}

TEST_CASE("summary: margin_coverage is the revenue the margin is read off, 0 with none") {
  using namespace summary_book_test;
  // a: 300 with cost 200 in every month; b: 100 in 2026-03 without its cost yet.
  Client a = client("a", 10);
  a.revenue = units({{"2026-01", 100}, {"2026-02", 100}, {"2026-03", 100}});
  a.cost = units({{"2026-01", 60}, {"2026-02", 70}, {"2026-03", 70}});
  Client b = client("b", 20);
  b.revenue = units({{"2026-03", 100}});
  const Table part = table_of(portfolio("2026-03", {a, b}));
  CHECK(cell<Ratio>(part, 0, "margin") == Ratio(100, 300));          // (300 − 200) / 300: a alone
  CHECK(cell<Ratio>(part, 0, "margin_coverage") == Ratio(300, 400)); // 300 of 400
  // No client's margin defined: coverage 0, margin empty.
  const Table none = table_of(portfolio("2026-03", {b}));
  CHECK(std::holds_alternative<std::monostate>(none.at(0, "margin")));
  CHECK(cell<Ratio>(none, 0, "margin_coverage") == Ratio(0, 1));
  CHECK(std::holds_alternative<std::monostate>(none.at(1, "margin")));
  CHECK(cell<Ratio>(none, 1, "margin_coverage") == Ratio(0, 1)); // the TOTAL's own sums
}

TEST_CASE("summary: share and headroom leave a lost client's wallet out") {
  using namespace summary_book_test;
  // at E = 2026-03: a 450 of 1,000 in the 12 months ending E; g lost 2026-02 with 100 of a
  // 500 wallet; w not lost, a wallet of 200 and no revenue: not in share, not counted.
  Client a = client("a", 10);
  a.revenue = units({{"2026-01", 150}, {"2026-02", 150}, {"2026-03", 150}});
  a.wallet[2026] = Money::units(1000);
  Client g = client("g", 20);
  g.revenue = units({{"2026-01", 100}});
  g.lost = mon("2026-02");
  g.wallet[2026] = Money::units(500);
  Client w = client("w", 30);
  w.wallet[2026] = Money::units(200);
  const Table t = table_of(portfolio("2026-03", {a, g, w}));
  CHECK(cell<Ratio>(t, 0, "share") == Ratio(450, 1000));     // a's alone: 450 / 1000
  CHECK(cell<Money>(t, 0, "headroom") == Money::units(550)); // not g's 400, nor w's 200
  CHECK(cell<Money>(t, 0, "revenue") == Money::units(550));  // g's revenue is still the book's
}
