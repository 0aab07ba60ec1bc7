#include "core/summary.hpp"
#include "portfolio_builder.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

template <class T> T cell(const Row& r, std::size_t i) {
  return std::get<T>(r.cells[i]);
}

// as_of 2026-03, ytd = 2026-01..03 against 2025-01..03.
Portfolio sample() {
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
  Client c = client("c", 30); // 0 -> 50 (new), cost 20
  c.revenue = units({{"2026-02", 50}});
  c.cost = units({{"2026-02", 20}});
  Client d = client("d", 40); // 80 -> 0 (lost)
  d.revenue = units({{"2025-02", 80}});
  return portfolio("2026-03", {a, b, c, d});
}

/// n warnings and one info finding: only the warnings count.
std::vector<Finding> found(int warnings) {
  std::vector<Finding> out(static_cast<std::size_t>(warnings));
  out.push_back(Finding{"f.yaml", 1, "Olena", "a", Code::no_wallet, Severity::info, ""});
  return out;
}

} // namespace

TEST_CASE("summary figures, hand-computed") {
  const Portfolio p = sample();
  const Period period = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  const SummaryRow row = summarize(p, period, found(3));
  const SummaryRow total = team_total({row}, Ratio(1, 5));
  const Table t = summary_table({row}, total, "ytd");
  REQUIRE(t.rows().size() == 2);
  REQUIRE(t.columns().size() == 16);
  const Row& r = t.rows()[0];
  CHECK(cell<std::string>(r, 0) == "Olena");
  CHECK(cell<Money>(r, 2) == Money::units(600)); // 450 + 100 + 50
  CHECK(cell<Money>(r, 3) == Money::units(980)); // 300 + 600 + 80
  CHECK(cell<Ratio>(r, 4) == Ratio(-380, 980));  // (600 - 980) / 980
  CHECK(cell<std::string>(r, 5) == "declining");
  CHECK(cell<Ratio>(r, 6) == Ratio(550, 980));        // nrr: (450+100+0) / 980
  CHECK(cell<Ratio>(r, 7) == Ratio(400, 980));        // grr: (300+100+0) / 980
  CHECK(cell<Money>(r, 8) == Money::units(50));       // new: c
  CHECK(cell<Money>(r, 9) == Money::units(80));       // lost: d's prev
  CHECK(cell<Ratio>(r, 10) == Ratio(3, 4));           // 450 / 600
  CHECK(cell<Ratio>(r, 11) == Ratio(215000, 360000)); // (450²+100²+50²) / 600²
  CHECK(cell<Ratio>(r, 12) == Ratio(210, 500));       // (450+50 − 270−20) / 500; b left out
  CHECK(cell<Ratio>(r, 13) == Ratio(450, 1000));      // a only has a wallet
  CHECK(cell<Money>(r, 14) == Money::units(550));
  CHECK(cell<std::int64_t>(r, 15) == 3);
}

TEST_CASE("team TOTAL adds the managers' sums and is judged by the team target") {
  const Portfolio p = sample();
  const Period period = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  Portfolio q = sample();
  q.manager = "James";
  // James: only client a, growing 50 % -> on target for himself.
  q.clients.resize(1);
  const std::vector<SummaryRow> rows = {summarize(p, period, found(3)),
                                        summarize(q, period, found(1))};
  const SummaryRow total = team_total(rows, Ratio(1, 5));
  const Row r = summary_table(rows, total, "ytd").rows().back();
  CHECK(r.is_total());
  CHECK(cell<std::string>(r, 0) == "TOTAL");
  CHECK(cell<Money>(r, 2) == Money::units(1050)); // 600 + 450
  CHECK(cell<Money>(r, 3) == Money::units(1280)); // 980 + 300
  CHECK(cell<std::string>(r, 5) == "declining");
  CHECK(cell<Ratio>(r, 10) == Ratio(450, 1050)); // the largest single client over the team
  // hhi over the team: (450² + 100² + 50² + 450²) / 1050²
  CHECK(cell<Ratio>(r, 11) == Ratio(450 * 450 * 2 + 100 * 100 + 50 * 50, 1050 * 1050));
  CHECK(cell<std::int64_t>(r, 15) == 4);
}

TEST_CASE("summary of a portfolio without revenue leaves ratios undefined") {
  Portfolio p = portfolio("2026-03", {client("x", 5)});
  const Period period = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  const SummaryRow row = summarize(p, period, {});
  const Row r = summary_table({row}, team_total({row}, Ratio(1, 5)), "ytd").rows()[0];
  for (std::size_t i : {4u, 5u, 6u, 7u, 10u, 11u, 12u, 13u, 14u})
    CHECK(std::holds_alternative<std::monostate>(r.cells[i]));
}
