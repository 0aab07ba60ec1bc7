#include "portfolio_builder.hpp"
#include "reports/activity.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// ivan pays and decides, olga decides, maria influences.
Client account(std::string id, std::vector<Activity> activity) {
  Client c = client(std::move(id), 10);
  c.revenue = units({{"2026-01", 1000}, {"2026-10", 1000}}); // active at any E in 2026
  c.stakeholders = {person("ivan", {Role::payer, Role::decision_maker}),
                    person("olga", {Role::decision_maker}), person("maria", {Role::influencer})};
  c.activity = std::move(activity);
  return c;
}

/// n live touches (calls) on `date` with `with`.
std::vector<Activity> calls(int n, const char* date, std::vector<std::string> with) {
  return std::vector<Activity>(static_cast<std::size_t>(n),
                               contact(date, std::move(with), Mode::call));
}

std::vector<Activity> operator+(std::vector<Activity> a, const std::vector<Activity>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

Period period_of(const char* first, const char* last) {
  const MonthRange r{mon(first), mon(last)};
  return {r, r.shifted(-12)};
}

/// The manager's findings at E = as_of.
std::vector<Finding> judged(const Portfolio& p) {
  FindingCollector f(p, p.as_of);
  activity_findings(f, p, p.as_of);
  return f.active;
}

bool has(const std::vector<Finding>& findings, Code code) {
  return std::any_of(findings.begin(), findings.end(),
                     [&](const Finding& x) { return x.code == code; });
}

/// One client with `activity` at as_of, a contact window of `window` months, live_per_week.
Portfolio cadence(const char* as_of, int window, Ratio per_week, std::vector<Activity> activity) {
  Portfolio p = portfolio(as_of, {account("acme", std::move(activity))});
  p.settings.contact_window_months = window;
  p.settings.live_per_week = per_week;
  return p;
}

} // namespace

TEST_CASE("activity: days of a month range") {
  CHECK(days_in({mon("2026-02"), mon("2026-02")}) == 28);
  CHECK(days_in({mon("2028-02"), mon("2028-02")}) == 29);  // leap year
  CHECK(days_in({mon("2026-08"), mon("2026-10")}) == 92);  // 31 + 30 + 31
  CHECK(days_in({mon("2026-01"), mon("2026-04")}) == 120); // 31 + 28 + 31 + 30
  CHECK(days_in({mon("2025-12"), mon("2026-01")}) == 62);  // across a year
}

TEST_CASE("activity: live is meeting, video or call; email and message are not") {
  const Client c = account("acme", {contact("2026-10-01", {"maria"}, Mode::meeting),
                                    contact("2026-10-02", {"maria"}, Mode::video),
                                    contact("2026-10-03", {"maria"}, Mode::call),
                                    contact("2026-10-20", {"ivan"}, Mode::email),
                                    contact("2026-10-21", {"ivan"}, Mode::message)});
  const Touches t = client_touches(c, {mon("2026-10"), mon("2026-10")});
  CHECK(t.live == 3);
  CHECK(t.meetings == 1);
  CHECK(t.decider_live == 0); // the emails and messages with ivan do not count
  CHECK(t.decider_share == Ratio(0, 1));
  CHECK(t.last_live == day("2026-10-03")); // not the email of 2026-10-20
}

TEST_CASE("activity: an entry naming several stakeholders counts once") {
  const Client c = account("acme", {contact("2026-10-05", {"ivan", "olga"}, Mode::meeting),
                                    contact("2026-10-06", {"maria", "ivan"}, Mode::call),
                                    contact("2026-10-07", {"maria"}, Mode::call)});
  const Touches t = client_touches(c, {mon("2026-10"), mon("2026-10")});
  CHECK(t.live == 3);
  CHECK(t.meetings == 1);
  CHECK(t.decider_live == 2); // not 3 for ivan and olga together
  CHECK(t.decider_share == Ratio(2, 3));
}

TEST_CASE("activity: the last day of E counts, later entries are ignored") {
  const Client c = account("acme", {contact("2026-10-31", {"ivan"}, Mode::call),
                                    contact("2026-11-01", {"ivan"}, Mode::meeting),
                                    contact("2026-09-30", {"maria"}, Mode::call)});
  const Touches t = client_touches(c, {mon("2026-10"), mon("2026-10")});
  CHECK(t.live == 1); // 2026-09-30 is before the month, 2026-11-01 after E
  CHECK(t.meetings == 0);
  CHECK(t.decider_live == 1);
  CHECK(t.last_live == day("2026-10-31"));
}

TEST_CASE("activity: last_live reaches before the period, decider_share empty without live") {
  const Client c = account("acme", {contact("2025-06-12", {"ivan"}, Mode::video),
                                    contact("2026-03-01", {"ivan"}, Mode::email)});
  const Touches t = client_touches(c, {mon("2026-01"), mon("2026-10")});
  CHECK(t.live == 0);
  CHECK(!t.decider_share);
  CHECK(t.last_live == day("2025-06-12"));
  CHECK(!client_touches(account("x", {}), {mon("2026-10"), mon("2026-10")}).last_live);
}

TEST_CASE("activity report: active clients and every client called, the TOTAL their sum") {
  Client acme =
      account("acme", calls(2, "2026-03-10", {"ivan"}) + calls(1, "2026-04-02", {"maria"}));
  Client quiet = account("quiet", {contact("2025-12-01", {"ivan"}, Mode::meeting)});
  Client gone = account("gone", calls(4, "2026-02-15", {"maria"})); // a win-back effort
  gone.revenue = units({{"2024-06", 1000}});                        // inactive at 2026-04
  Client lost = account("lost", {contact("2026-04-30", {"olga"}, Mode::meeting)});
  lost.lost = mon("2026-03");
  Client old = account("old", {contact("2025-11-30", {"ivan"}, Mode::call)}); // before the period
  old.revenue = units({{"2024-06", 1000}});
  const Portfolio p = portfolio("2026-04", {acme, quiet, gone, lost, old});

  const ActivityReport r = activity_report(p, period_of("2026-01", "2026-04"));
  // acme and quiet are active; gone and lost are not, but were called in the period; old was
  // not (its call is before the period): not listed.
  REQUIRE(r.clients.size() == 4);
  CHECK(r.clients[0].client->id == "acme");
  CHECK(r.clients[0].touches.live == 3);
  CHECK(r.clients[0].touches.decider_share == Ratio(2, 3));
  CHECK(r.clients[1].client->id == "quiet");
  CHECK(r.clients[1].touches.live == 0);
  CHECK(r.clients[1].touches.last_live == day("2025-12-01"));
  CHECK(r.clients[2].client->id == "gone");
  CHECK(r.clients[2].touches.live == 4);
  CHECK(r.clients[3].client->id == "lost");
  CHECK(r.clients[3].touches.meetings == 1);
  CHECK(r.clients[3].touches.decider_live == 1);
  CHECK(r.active_clients == 2);  // gone and lost are listed, not active
  CHECK(r.clients_touched == 1); // quiet has no live touch in the period; gone is not active

  // TOTAL: acme 3 + gone 4 + lost 1 = 8 live; meetings: lost's 1; deciders: acme 2 + lost 1:
  // the sums of the rows.
  CHECK(r.total.live == 8);
  CHECK(r.total.meetings == 1);
  CHECK(r.total.decider_live == 3);
  std::int64_t live = 0, meetings = 0, decider_live = 0;
  for (const ClientActivity& c : r.clients) {
    live += c.touches.live;
    meetings += c.touches.meetings;
    decider_live += c.touches.decider_live;
  }
  CHECK(live == r.total.live);
  CHECK(meetings == r.total.meetings);
  CHECK(decider_live == r.total.decider_live);
  CHECK(r.total.decider_share == Ratio(3, 8));
  CHECK(r.total.last_live == day("2026-04-30"));
  // ytd 2026-01..2026-04: 31 + 28 + 31 + 30 = 120 days; 8 / (120 / 7) = 56 / 120 = 7/15.
  CHECK(r.days == 120);
  CHECK(r.per_week == Ratio(7, 15));
}

TEST_CASE("activity report: per_week over 28, 29, 30 and 31-day months") {
  // 2028-01..2028-03: 31 + 29 + 31 = 91 days = 13 weeks; 13 touches = exactly 1 a week.
  Client active = account("acme", calls(13, "2028-02-29", {"maria"}));
  active.revenue = units({{"2028-03", 1000}});
  const ActivityReport r =
      activity_report(portfolio("2028-03", {active}), period_of("2028-01", "2028-03"));
  CHECK(r.days == 91);
  CHECK(r.per_week == Ratio(1, 1));
  // 2026-01..2026-06: 31 + 28 + 31 + 30 + 31 + 30 = 181 days; 30 touches: 210 / 181 a week.
  const ActivityReport h =
      activity_report(portfolio("2026-06", {account("acme", calls(30, "2026-06-30", {"ivan"}))}),
                      period_of("2026-01", "2026-06"));
  CHECK(h.days == 181);
  CHECK(h.per_week == Ratio(210, 181));
}

TEST_CASE("activity table: SPEC columns, TOTAL row, per_week shown with 2 decimals") {
  const Portfolio p = portfolio(
      "2026-04",
      {account("acme", calls(2, "2026-03-10", {"ivan"}) + calls(1, "2026-04-02", {"maria"}))});
  const Table t = activity_table({activity_report(p, period_of("2026-01", "2026-04"))});
  const char* names[] = {"manager",  "client",          "name",          "live",
                         "meetings", "decider_live",    "decider_share", "last_live",
                         "per_week", "clients_touched", "active_clients"};
  REQUIRE(t.columns().size() == 11);
  for (std::size_t i = 0; i < 11; ++i)
    CHECK(t.columns()[i].name == names[i]);
  REQUIRE(t.rows().size() == 2);
  CHECK(std::get<std::int64_t>(t.at(0, "live")) == 3);
  CHECK(std::get<Ratio>(t.at(0, "decider_share")) == Ratio(2, 3));
  CHECK(std::get<Date>(t.at(0, "last_live")) == day("2026-04-02"));
  for (const char* empty : {"per_week", "clients_touched", "active_clients"})
    CHECK(std::holds_alternative<std::monostate>(t.at(0, empty)));
  CHECK(t.rows()[1].is_total());
  CHECK(std::get<std::string>(t.at(1, "client")) == "TOTAL");
  CHECK(std::get<std::string>(t.at(1, "name")).empty());
  // 3 / (120 / 7) = 21 / 120 = 0.175 exactly; a rate cell shows it rounded half-up: 0.18.
  CHECK(std::get<Ratio>(t.at(1, "per_week")) == Ratio(21, 120));
  CHECK(t.columns()[8].kind == CellKind::rate);
  CHECK(std::get<std::int64_t>(t.at(1, "clients_touched")) == 1);
  CHECK(std::get<std::int64_t>(t.at(1, "active_clients")) == 1);
}

TEST_CASE("LOW_CADENCE: exactly live_per_week is enough, just below is not") {
  // One month window, 2026-02: 28 days = 4 weeks. 20 touches = 5 a week exactly.
  CHECK(!has(judged(cadence("2026-02", 1, Ratio(5, 1), calls(20, "2026-02-27", {"ivan"}))),
             Code::low_cadence));
  // 19 touches: 19 / 4 = 4.75 a week < 5.
  const auto low = judged(cadence("2026-02", 1, Ratio(5, 1), calls(19, "2026-02-27", {"ivan"})));
  REQUIRE(low.size() == 1);
  CHECK(low[0].code == Code::low_cadence);
  CHECK(low[0].client.empty());
  CHECK(low[0].line == 1); // the manager's line
  CHECK(low[0].message ==
        "19 live touches in 2026-02 (28 days): 4.75 a week, below the 5 expected");
}

TEST_CASE("LOW_CADENCE: live_per_week with decimals, the window of 3 months, all clients") {
  // 2026-08..2026-10: 92 days. 2.5 a week needs live × 7 / 92 >= 2.5, i.e. live >= 32.86.
  // 33 touches: 231 / 92 = 2.51 (not low); 32: 224 / 92 = 2.43 (low).
  CHECK(!has(judged(cadence("2026-10", 3, Ratio(5, 2), calls(33, "2026-08-01", {"maria"}))),
             Code::low_cadence));
  const auto low = judged(cadence("2026-10", 3, Ratio(5, 2), calls(32, "2026-08-01", {"maria"})));
  REQUIRE(has(low, Code::low_cadence));
  CHECK(low[0].message ==
        "32 live touches in 2026-08..2026-10 (92 days): 2.43 a week, below the 2.5 expected");
  // Touches before the window or after E do not count: 32 in it, one on 2026-07-31 and one on
  // 2026-11-01 are 32, low.
  const auto moved =
      judged(cadence("2026-10", 3, Ratio(5, 2),
                     calls(32, "2026-10-31", {"maria"}) + calls(1, "2026-07-31", {"maria"}) +
                         calls(1, "2026-11-01", {"maria"})));
  CHECK(has(moved, Code::low_cadence));
  // An inactive client's touches count for the manager: 16 + 17 = 33, not low.
  Portfolio two = cadence("2026-10", 3, Ratio(5, 2), calls(16, "2026-09-01", {"maria"}));
  Client gone = account("gone", calls(17, "2026-09-01", {"maria"}));
  gone.revenue = {};
  two.clients.push_back(gone);
  CHECK(!has(judged(two), Code::low_cadence));
}

TEST_CASE("LOW_CADENCE: a figure just below the setting never reads as the setting") {
  // 65 / (92 / 7) = 455 / 92 = 4.94565...: with live_per_week 4.95 it shows 3 decimals.
  const auto low = judged(cadence("2026-10", 3, Ratio(99, 20), calls(65, "2026-09-01", {"maria"})));
  REQUIRE(has(low, Code::low_cadence));
  CHECK(low[0].message ==
        "65 live touches in 2026-08..2026-10 (92 days): 4.946 a week, below the 4.95 expected");
  // No touch at all: 1 touch and 0 read right too.
  CHECK(judged(cadence("2026-02", 1, Ratio(5, 1), {}))[0].message ==
        "0 live touches in 2026-02 (28 days): 0.00 a week, below the 5 expected");
}

TEST_CASE("CONVENIENT_CONTACTS: from 10 live touches, decider share below the setting") {
  const Ratio slow(1, 100); // keep LOW_CADENCE out of the way
  // 10 touches, 2 with a decider: 2 / 10 = 20% < 30%.
  const auto ten = judged(cadence(
      "2026-10", 3, slow, calls(8, "2026-09-01", {"maria"}) + calls(2, "2026-09-02", {"ivan"})));
  REQUIRE(ten.size() == 1);
  CHECK(ten[0].code == Code::convenient_contacts);
  CHECK(ten[0].message == "2 of 10 live touches in 2026-08..2026-10 with a payer or decision "
                          "maker: 20.0%, below the 30% expected");
  // 9 touches, none with a decider: too few to judge.
  CHECK(judged(cadence("2026-10", 3, slow, calls(9, "2026-09-01", {"maria"}))).empty());
  // 3 of 10 = 30% exactly: not below.
  CHECK(judged(cadence("2026-10", 3, slow,
                       calls(7, "2026-09-01", {"maria"}) + calls(3, "2026-09-02", {"olga"})))
            .empty());
  // Emails with deciders do not lift the share: still 2 of 10.
  CHECK(has(judged(cadence("2026-10", 3, slow,
                           calls(8, "2026-09-01", {"maria"}) + calls(2, "2026-09-02", {"ivan"}) +
                               std::vector{contact("2026-09-03", {"ivan"}, Mode::email)})),
            Code::convenient_contacts));
}

TEST_CASE("CONVENIENT_CONTACTS: an entry with two deciders is one decider touch") {
  const Ratio slow(1, 100);
  // 10 touches; the decider ones are {ivan, olga} and {ivan}: 2 of 10 = 20% < 30%. Counted per
  // name it would be 3 of 10 = 30%, not below.
  const auto f =
      judged(cadence("2026-10", 3, slow,
                     calls(8, "2026-09-01", {"maria"}) + calls(1, "2026-09-02", {"ivan", "olga"}) +
                         calls(1, "2026-09-03", {"ivan", "maria"})));
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == Code::convenient_contacts);
  // decider_share 12.5%: 2 of 16 = 12.5% is not below it, 1 of 10 = 10% is.
  Portfolio at = cadence("2026-10", 3, slow,
                         calls(14, "2026-09-01", {"maria"}) + calls(2, "2026-09-02", {"ivan"}));
  at.settings.decider_share = Ratio(1, 8);
  CHECK(judged(at).empty());
  Portfolio below = cadence("2026-10", 3, slow,
                            calls(9, "2026-09-01", {"maria"}) + calls(1, "2026-09-02", {"ivan"}));
  below.settings.decider_share = Ratio(1, 8);
  REQUIRE(judged(below).size() == 1);
  CHECK(judged(below)[0].message == "1 of 10 live touches in 2026-08..2026-10 with a payer or "
                                    "decision maker: 10.0%, below the 12.5% expected");
}
