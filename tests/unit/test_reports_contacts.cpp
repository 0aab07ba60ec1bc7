#include "portfolio_builder.hpp"
#include "reports/contacts.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

using W = Code;
using Ws = std::vector<Code>;

// Active at 2026-10 (revenue in the 12 months ending then); ivan pays and decides, maria
// influences.
Client account(std::vector<Activity> activity) {
  Client c = client("acme", 10);
  c.revenue = units({{"2026-10", 1000}});
  c.stakeholders = {person("ivan", {Role::payer, Role::decision_maker}),
                    person("maria", {Role::influencer})};
  c.activity = std::move(activity);
  return c;
}

ClientContacts at_october(const Client& c, Settings s = {}) {
  Portfolio p = portfolio("2026-10", {c});
  p.settings = s;
  const ContactsReport r = contacts_report(p, p.as_of);
  REQUIRE(r.clients.size() == 1);
  return r.clients[0];
}

} // namespace

TEST_CASE("contacts: the window's first day counts, the day before does not") {
  // Window of 3 months ending 2026-10: 2026-08-01 .. 2026-10-31.
  const ClientContacts in = at_october(account({contact("2026-08-01", {"ivan"}, Mode::call),
                                                contact("2026-08-01", {"maria"}, Mode::meeting)}));
  CHECK(in.warnings == Ws{});
  CHECK(in.last_decider_contact == day("2026-08-01"));
  CHECK(in.last_meeting == day("2026-08-01"));

  const ClientContacts out = at_october(account({contact("2026-07-31", {"ivan"}, Mode::call),
                                                 contact("2026-07-31", {"maria"}, Mode::meeting)}));
  CHECK(out.warnings == Ws{W::decider_silent, W::no_meeting});
  CHECK(out.last_decider_contact == day("2026-07-31"));

  // A window of 1 month starts on 2026-10-01.
  Settings one;
  one.contact_window_months = 1;
  CHECK(at_october(account({contact("2026-09-30", {"ivan"}, Mode::meeting)}), one).warnings ==
        Ws{W::decider_silent, W::no_meeting});
  CHECK(at_october(account({contact("2026-10-01", {"ivan"}, Mode::meeting)}), one).warnings ==
        Ws{});
}

TEST_CASE("contacts: email and messages do not count, video and calls do, meeting is in person") {
  const ClientContacts c = at_october(account({contact("2026-10-05", {"ivan"}, Mode::email),
                                               contact("2026-10-06", {"ivan"}, Mode::message),
                                               contact("2026-09-10", {"ivan"}, Mode::video),
                                               contact("2026-06-01", {"ivan"}, Mode::meeting)}));
  CHECK(c.last_decider_contact == day("2026-09-10"));
  CHECK(c.last_meeting == day("2026-06-01"));
  CHECK(c.warnings == Ws{W::no_meeting});

  // Only an email to the CFO in the window: silent.
  const ClientContacts mail = at_october(account({contact("2026-10-05", {"ivan"}, Mode::email)}));
  CHECK(!mail.last_decider_contact);
  CHECK(mail.warnings == Ws{W::decider_silent, W::no_meeting});
}

TEST_CASE("contacts: a meeting with an influencer is a meeting but not decider contact") {
  const ClientContacts c = at_october(account({contact("2026-10-02", {"maria"}, Mode::meeting)}));
  CHECK(c.last_meeting == day("2026-10-02"));
  CHECK(!c.last_decider_contact);
  CHECK(c.warnings == Ws{W::decider_silent});
  // Meeting both at once: one activity counts for both.
  const ClientContacts both =
      at_october(account({contact("2026-10-02", {"maria", "ivan"}, Mode::meeting)}));
  CHECK(both.last_decider_contact == day("2026-10-02"));
  CHECK(both.warnings == Ws{});
}

TEST_CASE("contacts: activity after E is ignored, the last day of E counts") {
  const ClientContacts c = at_october(account({contact("2026-11-02", {"ivan"}, Mode::meeting),
                                               contact("2026-10-31", {"ivan"}, Mode::call)}));
  CHECK(c.last_decider_contact == day("2026-10-31"));
  CHECK(!c.last_meeting);
  CHECK(c.warnings == Ws{W::no_meeting});
}

TEST_CASE("contacts: roles, one stakeholder with two roles counts for both") {
  Client two = account({contact("2026-10-02", {"ivan"}, Mode::meeting)});
  two.stakeholders = {person("ivan", {Role::payer, Role::decision_maker})};
  const ClientContacts c = at_october(two);
  CHECK(c.has_payer);
  CHECK(c.has_decision_maker);
  CHECK(c.warnings == Ws{});

  // A payer alone is a decider for DECIDER_SILENT, but the decision maker is missing.
  Client payer_only = account({contact("2026-10-02", {"olga"}, Mode::call)});
  payer_only.stakeholders = {person("olga", {Role::payer}), person("pete", {Role::user})};
  const ClientContacts p = at_october(payer_only);
  CHECK(p.has_payer);
  CHECK(!p.has_decision_maker);
  CHECK(p.last_decider_contact == day("2026-10-02"));
  CHECK(p.warnings == Ws{W::no_decision_maker, W::no_meeting});

  Client nobody = account({});
  nobody.stakeholders = {person("pete", {Role::user})};
  CHECK(at_october(nobody).warnings ==
        Ws{W::no_payer, W::no_decision_maker, W::decider_silent, W::no_meeting});
}

TEST_CASE("contacts: only clients active at E are listed") {
  Client active = account({});
  Client idle = account({}); // revenue only before the 12 months ending 2026-10
  idle.id = "idle";
  idle.revenue = units({{"2025-10", 1000}});
  Client lost = account({});
  lost.id = "lost";
  lost.lost = mon("2026-09");
  Client back = account({}); // lost, then won back: active again
  back.id = "back";
  back.origin = Origin::reactivated;
  back.lost = mon("2026-03");
  back.won = mon("2026-09");
  const Portfolio p = portfolio("2026-10", {active, idle, lost, back});
  const ContactsReport r = contacts_report(p, p.as_of);
  REQUIRE(r.clients.size() == 2);
  CHECK(r.clients[0].client->id == "acme");
  CHECK(r.clients[1].client->id == "back");
  // Before the win-back (E = 2026-08) the client is lost.
  CHECK(contacts_report(p, mon("2026-08")).clients.size() == 1);
}

TEST_CASE("contacts table: SPEC columns, booleans, dates, empty when never") {
  Client c = account({contact("2026-10-02", {"ivan"}, Mode::call)});
  c.ignore = {silence(Code::no_meeting)};
  const Portfolio p = portfolio("2026-10", {c});
  const Table t = contacts_table({contacts_report(p, p.as_of)});
  const char* names[] = {
      "manager",      "client",  "name", "has_payer", "has_decision_maker", "last_decider_contact",
      "last_meeting", "warnings"};
  REQUIRE(t.columns().size() == 8);
  for (std::size_t i = 0; i < 8; ++i)
    CHECK(t.columns()[i].name == names[i]);
  REQUIRE(t.rows().size() == 1);
  CHECK(std::get<bool>(t.rows()[0].cells[3]));
  CHECK(std::get<Date>(t.rows()[0].cells[5]) == day("2026-10-02"));
  CHECK(std::holds_alternative<std::monostate>(t.rows()[0].cells[6]));
  CHECK(std::get<std::string>(t.rows()[0].cells[7]).empty()); // NO_MEETING silenced
}
