#include "portfolio_builder.hpp"
#include "reports/findings.hpp"

#include <cctype>
#include <doctest/doctest.h>
#include <fstream>
#include <iterator>
#include <string>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// YTD at as_of 2026-10: 2026-01..2026-10 against 2025-01..2025-10; E = as_of.
const Period ytd_oct{{mon("2026-01"), mon("2026-10")}, {mon("2025-01"), mon("2025-10")}};

// A client with nothing to report: flat monthly revenue and cost in 2025 and 2026-01..10, a
// payer and decision maker met in the window, forecasts for the 3 months after as_of, a
// recent price increase, and a wallet (2026 and 2025) at twice the revenue of the 12 months
// ending 2026-10 (2 × rev25 + 10 × rev26): share 50 %, band core.
Client healthy(std::string id, int line, std::int64_t rev25, std::int64_t rev26,
               std::int64_t cost25, std::int64_t cost26) {
  Client c = client(std::move(id), line);
  std::vector<MonthSeries::Entry> revenue, cost;
  for (Month m = mon("2025-01"); m <= mon("2026-10"); m = m + 1) {
    revenue.emplace_back(m, Money::units(m.year() == 2025 ? rev25 : rev26));
    cost.emplace_back(m, Money::units(m.year() == 2025 ? cost25 : cost26));
  }
  c.revenue = MonthSeries(revenue);
  c.cost = MonthSeries(cost);
  c.forecast = units({{"2026-11", rev26}, {"2026-12", rev26}, {"2027-01", rev26}});
  c.wallet[2025] = c.wallet[2026] = Money::units(2 * (2 * rev25 + 10 * rev26));
  c.last_price_increase = mon("2026-01");
  c.stakeholders = {person("ivan", {Role::payer, Role::decision_maker})};
  c.activity = {contact("2026-10-01", {"ivan"}, Mode::meeting)};
  return c;
}

// Growth exactly 20 % (10,000 -> 12,000), margin 50 % (prev 40 %), cost flat.
Client healthy(std::string id = "acme", int line = 10) {
  return healthy(std::move(id), line, 1000, 1200, 600, 600);
}

// A portfolio whose manager may meet each client once a quarter (live_per_week 0.01).
Portfolio lenient(std::vector<Client> clients) {
  Portfolio p = portfolio("2026-10", std::move(clients));
  p.settings.live_per_week = Ratio(1, 100);
  return p;
}

// These tests are about the codes of SPEC section 5: the pipeline and cadence codes of
// section 8, which these books trip (gaps without opportunities, few live touches), have
// their own tests in test_core_pipeline and test_core_activity.
std::vector<Finding> run(std::vector<Client> clients) {
  std::vector<Finding> found = findings(lenient(std::move(clients)), ytd_oct).active;
  std::erase_if(found, [](const Finding& f) {
    return f.code == Code::no_pipeline || f.code == Code::pipeline_short ||
           f.code == Code::low_cadence || f.code == Code::convenient_contacts;
  });
  return found;
}

using Codes = std::vector<std::string>;

Codes codes_of(const std::vector<Finding>& fs, const std::string& client) {
  Codes out;
  for (const Finding& f : fs)
    if (f.client == client) out.push_back(to_string(f.code));
  return out;
}

const Finding& find(const std::vector<Finding>& fs, const std::string& client,
                    const std::string& code) {
  for (const Finding& f : fs)
    if (f.client == client && to_string(f.code) == code) return f;
  FAIL("no " << code << " for '" << client << "'");
  throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("findings: a healthy portfolio has none") {
  CHECK(run({healthy()}).empty());
  // Nothing left out: on target, so no gap and no pipeline needed.
  CHECK(findings(lenient({healthy()}), ytd_oct).active.empty());
}

TEST_CASE("findings: growth statuses at their boundaries, for clients and the TOTAL") {
  // 20 % exactly is on target (healthy). One month at 1,199: 11,999 / 10,000 − 1 = 19.99 %.
  Client just_below = healthy();
  just_below.revenue = MonthSeries([&] {
    auto e = just_below.revenue.entries();
    e.back().second = Money::units(1199);
    return e;
  }());
  const auto below = run({just_below});
  CHECK(codes_of(below, "acme") == Codes{"BELOW_TARGET"});
  CHECK(find(below, "acme", "BELOW_TARGET").message ==
        "revenue grew 19.99% (10,000.00 in 2025-01..2025-10 -> 11,999.00 in 2026-01..2026-10), "
        "below the 20.0% target");
  const Finding& total = find(below, "", "BELOW_TARGET");
  CHECK(total.line == 1);
  CHECK(total.manager == "Olena");
  CHECK(total.file == "olena.yaml");
  CHECK(total.message.starts_with("portfolio revenue grew 19.99%"));

  // Growth 0 exactly is below target, not declining.
  CHECK(codes_of(run({healthy("acme", 10, 1000, 1000, 600, 600)}), "acme") ==
        Codes{"BELOW_TARGET"});
  // −1 %: declining. (Margin 390 / 990 = 39.4 % vs 40 %: no drop.)
  const auto falling = run({healthy("acme", 10, 1000, 990, 600, 600)});
  CHECK(codes_of(falling, "acme") == Codes{"DECLINING"});
  CHECK(codes_of(falling, "") == Codes{"DECLINING"});
  CHECK(find(falling, "acme", "DECLINING").message ==
        "revenue fell 1.0% (10,000.00 in 2025-01..2025-10 -> 9,900.00 in 2026-01..2026-10)");
}

TEST_CASE("findings: a lost client is DECLINING and no longer active") {
  Client lost = healthy();
  lost.revenue = flat("2025-01", "2025-12", 1000);
  lost.lost = mon("2025-12");
  lost.activity.clear(); // would be NO_MEETING etc. if it were still active
  lost.forecast = MonthSeries();
  const auto fs = run({lost});
  CHECK(codes_of(fs, "acme") == Codes{"DECLINING"});
  CHECK(find(fs, "acme", "DECLINING").message ==
        "no revenue in 2026-01..2026-10 after 10,000.00 in 2025-01..2025-10");
  CHECK(codes_of(fs, "") == Codes{"DECLINING"});
}

TEST_CASE("findings: a client lost then won back is active again") {
  Client back = healthy();
  back.origin = Origin::reactivated;
  back.lost = mon("2026-03");
  back.won = mon("2026-06");
  back.activity.clear();
  CHECK(codes_of(run({back}), "acme") == Codes{"DECIDER_SILENT", "NO_MEETING"});
  Client gone = back; // no win-back: lost at E, so no contact findings, and status lost
  gone.won.reset();
  gone.origin = Origin::existing;
  const auto fs = run({gone});
  CHECK(codes_of(fs, "acme") == Codes{"DECLINING"});
  CHECK(find(fs, "acme", "DECLINING").message.starts_with("client lost in 2026-03 ("));
}

TEST_CASE("findings: a saturated client is judged against 0, the TOTAL against the target") {
  // Revenue 12,000 in the 12 months ending 2026-10 against a wallet of exactly 12,000: share
  // 100 % is SATURATED, not WALLET_EXCEEDED; growth 0 is on target for the client.
  Client full = healthy("acme", 10, 1000, 1000, 600, 600);
  full.wallet[2025] = full.wallet[2026] = Money::units(12000);
  const auto fs = run({full});
  CHECK(codes_of(fs, "acme") == Codes{"SATURATED"});
  CHECK(find(fs, "acme", "SATURATED").severity == Severity::info);
  CHECK(find(fs, "acme", "SATURATED").message ==
        "share of wallet 100.0% (revenue 12,000.00 of 12,000.00): defend the account; its "
        "growth target is 0");
  CHECK(codes_of(fs, "") == Codes{"BELOW_TARGET"});

  // 12,000 / 11,998.80 = 100.01 %.
  full.wallet[2025] = full.wallet[2026] = Money::from_cents(1199880);
  const auto over = run({full});
  CHECK(codes_of(over, "acme") == Codes{"WALLET_EXCEEDED"});
  CHECK(find(over, "acme", "WALLET_EXCEEDED").message ==
        "revenue 12,000.00 in 2025-11..2026-10 exceeds the fiscal year 2026 wallet 11,998.80 "
        "(100.01%, the estimate is stale)");
  // A wallet of 0 against real revenue is exceeded too. Its share is undefined, so there is
  // no band and the 20 % target applies again.
  full.wallet[2025] = full.wallet[2026] = Money();
  CHECK(codes_of(run({full}), "acme") == Codes{"BELOW_TARGET", "WALLET_EXCEEDED"});
}

TEST_CASE("findings: margin codes, severities and messages") {
  // 2026: revenue 10 × 12,000 = 120,000, cost 10 × 9,360 = 93,600: margin 26,400 / 120,000 =
  // 22 %. 2025: 100,000 and 78,000: 22 % as well (no drop), cost +20 % = revenue +20 % (not
  // stale).
  const auto low = run({healthy("acme", 10, 10000, 12000, 7800, 9360)});
  CHECK(codes_of(low, "acme") == Codes{"LOW_MARGIN"});
  const Finding& f = find(low, "acme", "LOW_MARGIN");
  CHECK(f.severity == Severity::warning);
  CHECK(f.message == "margin 22.0% is below the 30.0% floor (revenue 120,000.00, cost 93,600.00)");

  // Cost 1,320 a month against 1,200: margin −10 %, an error. Prev: cost 1,100 of 1,000.
  const auto loss = run({healthy("acme", 10, 1000, 1200, 1100, 1320)});
  CHECK(codes_of(loss, "acme") == Codes{"LOW_MARGIN"});
  CHECK(find(loss, "acme", "LOW_MARGIN").severity == Severity::error);
  CHECK(find(loss, "acme", "LOW_MARGIN").message.ends_with(": the account loses money"));

  // Cost 660 against 600 (+10 %) with revenue +20 %: not stale. Without the price increase
  // and with revenue flat (+0 %), it is: margin 340/1000 = 34 %, prev 40 %: a drop of 6 points.
  Client stale = healthy("acme", 10, 1000, 1000, 600, 660);
  stale.last_price_increase = mon("2025-10");
  const auto st = run({stale});
  CHECK(codes_of(st, "acme") == Codes{"BELOW_TARGET", "MARGIN_DROP", "STALE_PRICES"});
  CHECK(find(st, "acme", "MARGIN_DROP").message ==
        "margin fell from 40.0% in 2025-01..2025-10 to 34.0%, more than the 5.0 points allowed");
  CHECK(find(st, "acme", "STALE_PRICES").message ==
        "cost rose 10.0% (6,000.00 -> 6,600.00) while revenue rose 0.0%, and no price increase "
        "in 2025-11..2026-10 (last: 2025-10)");

  Client team = healthy();
  team.team = Team{Ratio(17, 2), Ratio(3, 2)}; // 1.5 / 10 = 15 %
  CHECK(find(run({team}), "acme", "UNBILLED_STAFF").message ==
        "1.50 of 10 people on the account are unbilled (15.0%, max 10.0%)");

  Client gap = healthy();
  gap.cost = units({{"2026-01", 600}});
  const auto mc = run({gap});
  CHECK(codes_of(mc, "acme") == Codes{"MISSING_COST"});
  CHECK(find(mc, "acme", "MISSING_COST")
            .message.starts_with("no cost entered for 2026-02, 2026-03, 2026-04"));
}

TEST_CASE("findings: contact codes and messages") {
  Client c = healthy();
  c.stakeholders.push_back(person("maria", {Role::influencer}));
  // Meeting with the influencer only; the CFO only e-mailed in the window.
  c.activity = {contact("2026-07-31", {"ivan"}, Mode::call),
                contact("2026-09-01", {"maria"}, Mode::meeting),
                contact("2026-10-20", {"ivan"}, Mode::email)};
  const auto fs = run({c});
  CHECK(codes_of(fs, "acme") == Codes{"DECIDER_SILENT"});
  CHECK(find(fs, "acme", "DECIDER_SILENT").message ==
        "no meeting, video or call with a payer or decision maker since 2026-08-01 (last: "
        "2026-07-31)");

  c.stakeholders = {person("maria", {Role::influencer})};
  c.activity.clear();
  CHECK(codes_of(run({c}), "acme") ==
        Codes{"NO_PAYER", "NO_DECISION_MAKER", "DECIDER_SILENT", "NO_MEETING"});
  CHECK(find(run({c}), "acme", "NO_MEETING").message ==
        "no in-person meeting since 2026-08-01 (last: never)");
}

TEST_CASE("findings: NO_FORECAST and MISSING_ACTUAL, explicit 0 counts") {
  Client c = healthy();
  c.forecast = units({{"2026-11", 1200}, {"2026-12", 0}}); // 2027-01 missing, 0 is an entry
  const auto fs = run({c});
  CHECK(codes_of(fs, "acme") == Codes{"NO_FORECAST"});
  CHECK(find(fs, "acme", "NO_FORECAST").message ==
        "no forecast for 2027-01 (of the 3 months after 2026-10; enter 0 if none expected)");

  // Without a 2026-10 entry: 9 × 1,200 = 10,800 (+8 %), BELOW_TARGET; MISSING_ACTUAL too.
  Client no_actual = healthy();
  auto entries = no_actual.revenue.entries();
  entries.pop_back();
  no_actual.revenue = MonthSeries(entries);
  CHECK(codes_of(run({no_actual}), "acme") == Codes{"BELOW_TARGET", "MISSING_ACTUAL"});
  // With an explicit 0 for 2026-10: the actual is known.
  entries.emplace_back(mon("2026-10"), Money());
  no_actual.revenue = MonthSeries(entries);
  CHECK(codes_of(run({no_actual}), "acme") == Codes{"BELOW_TARGET"});
}

TEST_CASE("findings: wallet codes") {
  Client none = healthy();
  none.wallet.erase(2026);
  const auto fs = run({none});
  CHECK(codes_of(fs, "acme") == Codes{"NO_WALLET"});
  CHECK(find(fs, "acme", "NO_WALLET").severity == Severity::info);

  Client shrinking = healthy();
  // 28,000 vs 28,001: down 1 / 28,001 = 0.0036 %, printed with the decimals it needs.
  shrinking.wallet[2025] = shrinking.wallet[2026] + Money::units(1);
  const auto sh = run({shrinking});
  CHECK(codes_of(sh, "acme") == Codes{"WALLET_SHRINKING"});
  CHECK(find(sh, "acme", "WALLET_SHRINKING")
            .message.starts_with("wallet for fiscal year 2026 is 28,000.00, down 0.004% from "
                                 "28,001.00 in 2025"));
}

TEST_CASE("findings: client ignore lists and the global --ignore filter") {
  Client c = healthy("acme", 10, 1000, 1000, 600, 600); // BELOW_TARGET (growth 0)
  c.activity.clear();                                   // DECIDER_SILENT, NO_MEETING
  c.ignore = {silence(Code::no_meeting), silence(Code::below_target)};
  const auto fs = run({c});
  CHECK(codes_of(fs, "acme") == Codes{"DECIDER_SILENT"});
  CHECK(codes_of(fs, "") == Codes{"BELOW_TARGET"}); // a client's list does not silence TOTAL

  const auto kept = without_codes(fs, CodeSet{Code::below_target, Code::no_wallet});
  CHECK(codes_of(kept, "") == Codes{});
  CHECK(codes_of(kept, "acme") == Codes{"DECIDER_SILENT"});
}

TEST_CASE("findings: ordered by file, line, then the SPEC table") {
  Client a = healthy("a", 30, 1000, 1000, 600, 600); // BELOW_TARGET
  a.activity.clear();                                // DECIDER_SILENT, NO_MEETING
  a.forecast = MonthSeries();                        // NO_FORECAST
  Client b = healthy("b", 20, 1000, 990, 600, 600);  // DECLINING
  b.wallet.erase(2026);                              // NO_WALLET
  const auto fs = run({a, b});
  std::vector<std::pair<int, std::string>> got;
  for (const Finding& f : fs)
    got.emplace_back(f.line, to_string(f.code));
  // TOTAL: 10,000 + 9,900 against 20,000 is declining.
  CHECK(got == std::vector<std::pair<int, std::string>>{{1, "DECLINING"},
                                                        {20, "DECLINING"},
                                                        {20, "NO_WALLET"},
                                                        {30, "BELOW_TARGET"},
                                                        {30, "DECIDER_SILENT"},
                                                        {30, "NO_MEETING"},
                                                        {30, "NO_FORECAST"}});

  // Across files: the order of first appearance, then line and code.
  std::vector<Finding> merged = {{"z.yaml", 5, "", "", Code::no_meeting, Severity::warning, ""},
                                 {"a.yaml", 9, "", "", Code::declining, Severity::warning, ""},
                                 {"z.yaml", 1, "", "", Code::plan_range, Severity::info, ""},
                                 {"z.yaml", 5, "", "", Code::below_target, Severity::warning, ""}};
  sort_findings(merged);
  CHECK(merged[0].code == Code::plan_range);
  CHECK(merged[1].code == Code::below_target);
  CHECK(merged[2].code == Code::no_meeting);
  CHECK(merged[3].file == "a.yaml");
  CHECK(code_rank(Code::below_target) == 0);
  CHECK(code_rank(Code::plan_range) == 17);
}

TEST_CASE("sorting findings is stable, and moves every finding to its place once") {
  // Equal keys keep their order (the messages 1, 2, 3); a long cycle, a fixed point and a swap.
  std::vector<Finding> f = {{"b.yaml", 2, "", "", Code::no_meeting, Severity::warning, "1"},
                            {"b.yaml", 1, "", "", Code::no_meeting, Severity::warning, "x"},
                            {"c.yaml", 1, "", "", Code::declining, Severity::warning, "c"},
                            {"b.yaml", 2, "", "", Code::no_meeting, Severity::warning, "2"},
                            {"b.yaml", 2, "", "", Code::below_target, Severity::warning, "y"},
                            {"b.yaml", 2, "", "", Code::no_meeting, Severity::warning, "3"},
                            {"a.yaml", 7, "", "", Code::no_wallet, Severity::info, "a"}};
  sort_findings(f);
  std::vector<std::string> messages;
  for (const Finding& x : f)
    messages.push_back(x.message);
  // b.yaml first (first seen), then c.yaml, then a.yaml; in b.yaml line 1, then line 2 with
  // BELOW_TARGET before NO_MEETING.
  CHECK(messages == std::vector<std::string>{"x", "y", "1", "2", "3", "c", "a"});
  std::vector<Finding> none;
  sort_findings(none);
  CHECK(none.empty());
}

TEST_CASE("findings() includes PLAN_RANGE for a plan outside 20-40 % of salary") {
  Portfolio p = portfolio("2026-10", {});
  BonusPlan plan;
  plan.file = "acctmgr.yaml";
  plan.pos = {12, 1};
  plan.target_pct = Ratio(41, 100);
  p.bonus = plan;
  const Period period = *resolve(*PeriodSpec::parse("ytd"), p.settings.calendar(), p.as_of);
  auto found = findings(p, period).active;
  // A book without clients has no live touches either: LOW_CADENCE in the portfolio's file
  // comes first, by the order files first appear in.
  REQUIRE(found.size() == 2);
  CHECK(found[0].code == Code::low_cadence);
  found.erase(found.begin());
  CHECK(found[0].code == Code::plan_range);
  CHECK(found[0].file == "acctmgr.yaml");
  CHECK(found[0].line == 12);
  CHECK(found[0].severity == Severity::info);
  p.bonus->target_pct = Ratio(2, 5); // exactly 40 %: inside the range
  found = findings(p, period).active;
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == Code::low_cadence);
}

TEST_CASE("the registry of finding rules: every code has exactly one rule, in the file it names") {
  const auto rules = finding_rules();
  for (const CodeTerm& term : kFindingCodes) {
    CAPTURE(term.name);
    std::vector<std::string_view> where;
    for (const auto& [file, code] : rules)
      if (code == term.value) where.push_back(file);
    REQUIRE(where.size() == 1);
    // The rule's file raises the code: Code::below_target for BELOW_TARGET.
    std::ifstream in(std::string(ACCTMGR_SOURCE_DIR) + "/src/" + std::string(where[0]));
    REQUIRE(in);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string enumerator(term.name);
    for (char& c : enumerator)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(text.find("Code::" + enumerator) != std::string::npos);
  }
  CHECK(rules.size() == kFindingCodes.size());
}
