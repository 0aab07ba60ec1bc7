#include "portfolio_builder.hpp"
#include "reports/findings.hpp"
#include "reports/review.hpp"

#include <doctest/doctest.h>
#include <set>
#include <string>
#include <vector>

using namespace acctmgr;
using namespace acctmgr::test;

// at_stake of every finding code (SPEC section 5, "What is at stake"), by hand.

namespace at_stake_test {

// YTD at as_of 2026-10: 2026-01..2026-10 against 2025-01..2025-10; E = as_of.
const Period ytd{{mon("2026-01"), mon("2026-10")}, {mon("2025-01"), mon("2025-10")}};

/// `before` a month in 2025-01..2025-12 and `now` a month in 2026-01..2026-10 (whole units).
MonthSeries two_years(std::int64_t before, std::int64_t now) {
  std::vector<MonthSeries::Entry> e = flat("2025-01", "2025-12", before).entries();
  for (const MonthSeries::Entry& m : flat("2026-01", "2026-10", now).entries())
    e.push_back(m);
  return MonthSeries(std::move(e));
}

/// `s` with the amount of `month` set to `cents`.
MonthSeries with(const MonthSeries& s, const char* month, std::int64_t cents) {
  std::vector<MonthSeries::Entry> e = s.entries();
  for (MonthSeries::Entry& m : e)
    if (m.first == mon(month)) m.second = Money::from_cents(cents);
  return MonthSeries(std::move(e));
}

Client book(std::string id, int line, std::int64_t before, std::int64_t now) {
  Client c = client(std::move(id), line);
  c.revenue = two_years(before, now);
  return c;
}

Money stake_cents(std::int64_t n) {
  return Money::from_cents(n);
}

/// A USD portfolio reporting in USD, with EUR at 1.085 in 2026 and 1.07 in 2025.
Portfolio with_euros(std::vector<Client> clients) {
  Portfolio p = portfolio("2026-10", std::move(clients));
  p.currencies.reporting = "USD";
  p.currencies.fx[2026]["EUR"] = Ratio(1085, 1000);
  p.currencies.fx[2025]["EUR"] = Ratio(107, 100);
  return p;
}

std::vector<Finding> run(const Portfolio& p, const Period& period = ytd) {
  return findings(p, period).active;
}

const Finding& find(const std::vector<Finding>& fs, const std::string& client, Code code) {
  for (const Finding& f : fs)
    if (f.client == client && f.code == code) return f;
  FAIL("no " << to_string(code) << " for '" << client << "'");
  throw std::logic_error("unreachable");
}

std::optional<Money> stake(const std::vector<Finding>& fs, const std::string& client, Code code) {
  return find(fs, client, code).at_stake;
}

/// A finding named by its message, with or without an amount.
Finding named(const char* message, std::optional<Money> at_stake) {
  Finding f;
  f.file = "olena.yaml";
  f.manager = "Olena";
  f.client = "acme";
  f.code = Code::declining;
  f.message = message;
  f.at_stake = at_stake;
  return f;
}

std::vector<std::string> messages(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const Finding& f : fs)
    out.push_back(f.message);
  return out;
}

} // namespace at_stake_test

using namespace at_stake_test;

TEST_CASE("at_stake: BELOW_TARGET is the revenue the target asked for") {
  // acme: 10 × 1,000 = 10,000 in 2025-01..10, 10 × 1,100 = 11,000 now: 10,000 × 1.2 − 11,000.
  const std::vector<Finding> one = run(portfolio("2026-10", {book("acme", 10, 1000, 1100)}));
  CHECK(stake(one, "acme", Code::below_target) == Money::units(1000));
  CHECK(stake(one, "", Code::below_target) == Money::units(1000));

  // sat: the same revenue, and a wallet of 13,000 for 2026 (revenue 2025-11..2026-10 =
  // 2 × 1,000 + 10 × 1,100): share 100 %, saturated, its own target 0, so on target. The
  // TOTAL is judged by growth_target: 20,000 × 1.2 − 22,000 = 2,000.
  Client sat = book("sat", 20, 1000, 1100);
  sat.wallet[2026] = Money::units(13000);
  const std::vector<Finding> two = run(portfolio("2026-10", {book("acme", 10, 1000, 1100), sat}));
  CHECK(stake(two, "", Code::below_target) == Money::units(2000));
  for (const Finding& f : two)
    CHECK_FALSE((f.client == "sat" && f.code == Code::below_target));

  // A 25 % target: 10,000 × 1.25 − 11,000 = 1,500.
  Portfolio p = portfolio("2026-10", {book("acme", 10, 1000, 1100)});
  p.settings.growth_target = Ratio(1, 4);
  CHECK(stake(run(p), "acme", Code::below_target) == Money::units(1500));
}

TEST_CASE("at_stake: DECLINING is prev_revenue − revenue when positive, lost clients too") {
  // beta: 10,000 -> 9,000. delta: 1,000 in 2025-01..10, nothing since: lost, 1,000.
  Client beta = book("beta", 10, 1000, 900);
  Client delta = client("delta", 20);
  delta.revenue = flat("2025-01", "2025-12", 100);
  // gamma: lost in 2026-09 after growing, 1,000 -> 9 × 200 = 1,800: nothing fell, empty.
  Client gamma = client("gamma", 30);
  gamma.revenue = MonthSeries([] {
    std::vector<MonthSeries::Entry> e = flat("2025-01", "2025-12", 100).entries();
    for (const MonthSeries::Entry& m : flat("2026-01", "2026-09", 200).entries())
      e.push_back(m);
    return e;
  }());
  gamma.lost = mon("2026-09");
  // eps: lost at E with revenue exactly as a year ago, 1,000 -> 1,000: 0 is not positive.
  Client eps = book("eps", 40, 100, 100);
  eps.lost = mon("2026-10");
  const std::vector<Finding> fs = run(portfolio("2026-10", {beta, delta, gamma, eps}));
  CHECK(stake(fs, "beta", Code::declining) == Money::units(1000));
  CHECK(stake(fs, "delta", Code::declining) == Money::units(1000));
  CHECK(find(fs, "gamma", Code::declining).message.starts_with("client lost in 2026-09"));
  CHECK(stake(fs, "gamma", Code::declining) == std::nullopt);
  CHECK(stake(fs, "eps", Code::declining) == std::nullopt);
  // TOTAL: 10,000 + 1,000 + 1,000 + 1,000 = 13,000 -> 9,000 + 0 + 1,800 + 1,000 = 11,800.
  CHECK(stake(fs, "", Code::declining) == Money::units(1200));
}

TEST_CASE("at_stake: the margin codes, from the margin report's row") {
  // acme: revenue 1,000 a month throughout (10,000 in each period); cost 600 a month in 2025
  // (6,000 in 2025-01..10: prev_margin 40 %), 750 a month in 2026 but 750.04 in 2026-10
  // (7,500.04: margin 2,499.96 / 10,000 = 24.9996 %); 7 billable and 1 unbilled.
  Client acme = book("acme", 10, 1000, 1000);
  acme.cost = with(two_years(600, 750), "2026-10", 75004);
  acme.team = Team{Ratio::integer(7), Ratio::integer(1)};
  const std::vector<Finding> fs = run(portfolio("2026-10", {acme}));
  // 30 % × 10,000 − (10,000 − 7,500.04) = 3,000 − 2,499.96.
  CHECK(find(fs, "acme", Code::low_margin).severity == Severity::warning);
  CHECK(stake(fs, "acme", Code::low_margin) == stake_cents(50004));
  // 10,000 × (0.4 − 0.249996) = 10,000 × 0.150004, for both.
  CHECK(stake(fs, "acme", Code::margin_drop) == stake_cents(150004));
  // Cost rose 25 % against revenue 0 %, no price increase.
  CHECK(stake(fs, "acme", Code::stale_prices) == stake_cents(150004));
  // 7,500.04 × 1 / 8 = 937.505: half-up, 937.51.
  CHECK(stake(fs, "acme", Code::unbilled_staff) == stake_cents(93751));

  // loss: revenue 10,000, cost 11,000 in each period: margin −10 %, an error; 3,000 + 1,000.
  Client loss = book("loss", 10, 1000, 1000);
  loss.cost = two_years(1100, 1100);
  const std::vector<Finding> lost = run(portfolio("2026-10", {loss}));
  CHECK(find(lost, "loss", Code::low_margin).severity == Severity::error);
  CHECK(stake(lost, "loss", Code::low_margin) == Money::units(4000));

  // unpaid: cost entered as 0 (margin 100 %), 1 of 8 unbilled: no cost, so nothing at stake.
  Client unpaid = book("unpaid", 10, 1000, 1000);
  unpaid.cost = two_years(0, 0);
  unpaid.team = Team{Ratio::integer(7), Ratio::integer(1)};
  CHECK(stake(run(portfolio("2026-10", {unpaid})), "unpaid", Code::unbilled_staff) == std::nullopt);
}

TEST_CASE("at_stake: the contact codes put the revenue of the 12 months ending E at stake") {
  // No stakeholders, no activity: all four codes. 12 months ending 2026-10: 2025-11..2026-10 =
  // 2 × 1,000 + 10 × 1,100 = 13,000.
  const Portfolio p = portfolio("2026-10", {book("acme", 10, 1000, 1100)});
  const std::vector<Finding> fs = run(p);
  for (Code c : {Code::no_payer, Code::no_decision_maker, Code::decider_silent, Code::no_meeting})
    CHECK(stake(fs, "acme", c) == Money::units(13000));
  // Over 2026-Q2, E = 2026-06: 2025-07..2026-06 = 6 × 1,000 + 6 × 1,100 = 12,600.
  const Period q2{{mon("2026-04"), mon("2026-06")}, {mon("2025-04"), mon("2025-06")}};
  const std::vector<Finding> at_q2 = run(p, q2);
  for (Code c : {Code::no_payer, Code::no_decision_maker, Code::decider_silent, Code::no_meeting})
    CHECK(stake(at_q2, "acme", c) == Money::units(12600));
}

TEST_CASE("at_stake: the pipeline codes, from the pipeline report's cells") {
  // Both: 12,000 in 2025 (prev_year), 10 × 1,000 to 2026-10 and 1,000 forecast for 2026-11
  // and 12: projected 12,000, gap 12,000 × 1.2 − 12,000 = 2,400.
  auto planned = [](std::string id, int line) {
    Client c = book(std::move(id), line, 1000, 1000);
    c.forecast = units({{"2026-11", 1000}, {"2026-12", 1000}});
    return c;
  };
  // acme: no opportunity: NO_PIPELINE, the gap.
  Client acme = planned("acme", 10);
  // beta: 12,000 at 50 % closing 2026-11 weighs 12,000 × 0.5 × 1 / 12 = 500 this year:
  // PIPELINE_SHORT, 2,400 − 500. 3,000 at 25 % due 2026-09 and still open: STALE_OPPORTUNITY,
  // 3,000 × 0.25 = 750. Wallet 20,000 against 12,000 of revenue in 2025-11..2026-10: headroom
  // 8,000 (share 60 %: core, target 20 %), open 12,000 + 3,000 = 15,000: 7,000 over.
  Client beta = planned("beta", 20);
  Opportunity up;
  up.id = "up";
  up.value = Money::units(12000);
  up.probability = Ratio(1, 2);
  up.close = mon("2026-11");
  Opportunity late;
  late.id = "late";
  late.value = Money::units(3000);
  late.probability = Ratio(1, 4);
  late.close = mon("2026-09");
  beta.opportunities = {up, late};
  beta.wallet[2026] = Money::units(20000);
  const std::vector<Finding> fs = run(portfolio("2026-10", {acme, beta}));
  CHECK(stake(fs, "acme", Code::no_pipeline) == Money::units(2400));
  CHECK(stake(fs, "beta", Code::pipeline_short) == Money::units(1900));
  CHECK(stake(fs, "beta", Code::stale_opportunity) == Money::units(750));
  CHECK(stake(fs, "beta", Code::pipeline_over_wallet) == Money::units(7000));
}

TEST_CASE("at_stake: a client in EUR, converted at 1.085 and rounded half-up once") {
  // eur: 1,000 EUR a month in 2025, 1,100 in 2026-01..09 and 1,099.99 in 2026-10.
  Client eur = client("eur", 10);
  eur.currency = "EUR";
  eur.revenue = with(two_years(1000, 1100), "2026-10", 109999);
  // Wallets 1,000,000.00 EUR for 2025 and 900,001.00 for 2026 (2026's rate for both).
  eur.wallet[2025] = Money::units(1000000);
  eur.wallet[2026] = Money::units(900001);
  // Open, due 2026-09: 1,000.19 EUR at 50 %.
  Opportunity late;
  late.id = "late";
  late.value = stake_cents(100019);
  late.probability = Ratio(1, 2);
  late.close = mon("2026-09");
  eur.opportunities = {late};
  const std::vector<Finding> fs = run(with_euros({eur}));

  // prev 10,000 EUR -> 10,850.00; revenue 10,999.99 EUR × 1.085 = 11,934.98915 -> 11,934.99:
  // 10,850 × 1.2 − 11,934.99 = 13,020 − 11,934.99.
  CHECK(stake(fs, "eur", Code::below_target) == stake_cents(108501));
  // 2025-11..2026-10: 2 × 1,000 + 9 × 1,100 + 1,099.99 = 12,999.99 EUR × 1.085 =
  // 14,104.98915 -> 14,104.99.
  CHECK(stake(fs, "eur", Code::no_payer) == stake_cents(1410499));
  CHECK(stake(fs, "eur", Code::no_meeting) == stake_cents(1410499));
  // 1,000,000 × 1.085 = 1,085,000.00 − 900,001 × 1.085 (976,501.085 -> 976,501.09) =
  // 108,498.91 (the difference converted once would be 108,498.915 -> .92; at 2025's rate the
  // year before would read 1,070,000.00).
  CHECK(stake(fs, "eur", Code::wallet_shrinking) == stake_cents(10849891));
  // 1,000.19 × 0.5 × 1.085 = 542.603075 -> 542.60, converted once (converting the value
  // first, 1,085.21 × 0.5 = 542.605, would give 542.61).
  CHECK(stake(fs, "eur", Code::stale_opportunity) == stake_cents(54260));
  // Gap: prev_year 12,000 EUR -> 13,020.00; projected = actual 11,934.99, no forecast:
  // 13,020 × 1.2 − 11,934.99 = 15,624 − 11,934.99 = 3,689.01; weighted_in_year 0.
  CHECK(stake(fs, "eur", Code::no_pipeline) == stake_cents(368901));
  CHECK(stake(fs, "eur", Code::pipeline_short) == stake_cents(368901));

  // eurm: revenue 1,000 EUR a month (10,000 -> 10,850.00 in each period), cost 600 EUR a
  // month in 2025 (prev_margin 40 %) and 800 in 2026, 800.01 in 2026-10: 8,000.01 EUR ×
  // 1.085 = 8,680.01085 -> 8,680.01 (margin 1,999.99 / 10,000 = 19.9999 %); 1 of 8 unbilled.
  Client eurm = book("eurm", 20, 1000, 1000);
  eurm.currency = "EUR";
  eurm.cost = with(two_years(600, 800), "2026-10", 80001);
  eurm.team = Team{Ratio::integer(7), Ratio::integer(1)};
  const std::vector<Finding> m = run(with_euros({eurm}));
  // 0.3 × 10,850 − (10,850 − 8,680.01) = 3,255 − 2,169.99.
  CHECK(stake(m, "eurm", Code::low_margin) == stake_cents(108501));
  // 10,850 × (0.4 − 0.199999) = 10,850 × 0.200001 = 2,170.01085 -> 2,170.01.
  CHECK(stake(m, "eurm", Code::margin_drop) == stake_cents(217001));
  // 8,680.01 / 8 = 1,085.00125 -> 1,085.00.
  CHECK(stake(m, "eurm", Code::unbilled_staff) == stake_cents(108500));
}

TEST_CASE("at_stake: every other code has none") {
  // x: no revenue entry for 2026-10 (MISSING_ACTUAL), no cost (MISSING_COST), no forecast
  // (NO_FORECAST), no wallet (NO_WALLET), an ignore that ran out in 2026-05 (IGNORE_EXPIRED);
  // the manager meets no one (LOW_CADENCE).
  Client x = client("x", 10);
  x.revenue = flat("2025-01", "2026-09", 1000);
  x.ignore = {Silence{Code::no_meeting, "reorg", mon("2026-05"), 12}};
  // y: revenue 12,000 in 2025-11..2026-10 against a wallet of 10,000 (WALLET_EXCEEDED).
  Client y = client("y", 20);
  y.revenue = flat("2025-01", "2026-10", 1000);
  y.wallet[2026] = Money::units(10000);
  // z: 12,000 against 12,500: share 96 %, saturated (SATURATED).
  Client z = client("z", 30);
  z.revenue = flat("2025-01", "2026-10", 1000);
  z.wallet[2026] = Money::units(12500);
  Portfolio p = portfolio("2026-10", {x, y, z});
  p.bonus = BonusPlan{};
  p.bonus->target_pct = Ratio(1, 2); // 50 %: PLAN_RANGE
  const std::set<Code> none{Code::missing_cost,  Code::no_forecast,     Code::missing_actual,
                            Code::no_wallet,     Code::wallet_exceeded, Code::saturated,
                            Code::plan_range,    Code::low_cadence,     Code::convenient_contacts,
                            Code::ignore_expired};
  std::set<Code> seen;
  for (const Finding& f : run(p))
    if (none.contains(f.code)) {
      seen.insert(f.code);
      CHECK_MESSAGE(!f.at_stake, to_string(f.code));
    }
  // Every one of them was raised, but CONVENIENT_CONTACTS (it needs 10 live touches).
  CHECK(seen.size() == none.size() - 1);
}

TEST_CASE("at_stake: the review's order, largest first, none last, ties as they came") {
  // In check's order: 11 with an amount (two tied at 300, one of 0.00) and two without.
  std::vector<Finding> fs{named("f0", Money::units(100)), named("f1", std::nullopt),
                          named("f2", Money::units(300)), named("f3", Money::units(50)),
                          named("f4", Money::units(300)), named("f5", std::nullopt),
                          named("f6", Money::units(10)),  named("f7", Money::units(20)),
                          named("f8", Money::units(30)),  named("f9", Money::units(40)),
                          named("f10", Money::units(60)), named("f11", Money::units(70)),
                          named("f12", Money())};
  rank_by_at_stake(fs);
  CHECK(messages(fs) == std::vector<std::string>{"f2", "f4", "f0", "f11", "f10", "f3", "f9", "f8",
                                                 "f7", "f6", "f12", "f1", "f5"});
  // Top actions: the first ten, so f12 (0.00) is cut; none without an amount.
  const Table top = top_actions_table(fs);
  CHECK(top.columns().size() == 5);
  REQUIRE(top.rows().size() == 10);
  CHECK(std::get<std::string>(top.at(0, "message")) == "f2");
  CHECK(std::get<Money>(top.at(0, "at_stake")) == Money::units(300));
  CHECK(std::get<std::string>(top.at(0, "code")) == "DECLINING");
  CHECK(std::get<std::string>(top.at(0, "manager")) == "Olena");
  CHECK(std::get<std::string>(top.at(0, "client")) == "acme");
  CHECK(std::get<std::string>(top.at(9, "message")) == "f6");

  // Fewer than ten with an amount: only those.
  std::vector<Finding> few{named("a", std::nullopt), named("b", Money::units(5)),
                           named("c", std::nullopt)};
  rank_by_at_stake(few);
  CHECK(messages(few) == std::vector<std::string>{"b", "a", "c"});
  CHECK(top_actions_table(few).rows().size() == 1);
  CHECK(top_actions_table({named("a", std::nullopt)}).rows().empty());
}

TEST_CASE("at_stake: the review opens with top actions and ranks its findings") {
  // acme below target (1,000 at stake) and without contacts (13,000 each); the TOTAL as acme.
  const Portfolio p = portfolio("2026-10", {book("acme", 10, 1000, 1100)});
  const PeriodSpec spec = *PeriodSpec::parse("ytd");
  const ReportInput in{{{&p, ytd}}, spec, Settings{}, ""};
  const Document d = review_document(in);
  REQUIRE(d.sections.size() > 1);
  CHECK(d.sections[0].key == "top_actions");
  CHECK(d.sections[1].key == "summary");
  // The pages people send (HTML, Markdown) open with the team's figures, then top actions.
  const Document pages = review_pages_document(in);
  REQUIRE(pages.sections.size() > 2);
  CHECK(pages.sections[0].key == "team");
  CHECK(pages.sections[0].part == "team");
  CHECK(pages.sections[1].key == "top_actions");
  const Table& top = std::get<Table>(d.sections[0].body);
  REQUIRE(top.rows().size() >= 4);
  CHECK(std::get<Table>(pages.sections[1].body).rows().size() == top.rows().size());
  for (std::size_t i = 0; i < 4; ++i)
    CHECK(std::get<Money>(top.at(i, "at_stake")) == Money::units(13000));
  for (const Section& s : d.sections) {
    const FindingList* list = std::get_if<FindingList>(&s.body);
    if (list == nullptr) continue;
    const std::vector<Finding>& f = list->findings;
    for (std::size_t i = 1; i < f.size(); ++i) {
      // Never an amount after none, never a larger amount after a smaller one.
      CHECK_FALSE((!f[i - 1].at_stake && f[i].at_stake));
      if (f[i - 1].at_stake && f[i].at_stake) CHECK(*f[i - 1].at_stake >= *f[i].at_stake);
    }
    // The four contact codes tie at 13,000 and keep check's order.
    REQUIRE(f.size() >= 4);
    CHECK(f[0].code == Code::no_payer);
    CHECK(f[3].code == Code::no_meeting);
  }
}
