#include "core/contacts.hpp"

#include "core/client_state.hpp"
#include "core/ignore.hpp"

#include <string_view>
#include <unordered_map>

namespace acctmgr {

const char* to_string(ContactWarning w) {
  switch (w) {
  case ContactWarning::no_payer:
    return "NO_PAYER";
  case ContactWarning::no_decision_maker:
    return "NO_DECISION_MAKER";
  case ContactWarning::decider_silent:
    return "DECIDER_SILENT";
  case ContactWarning::no_meeting:
    return "NO_MEETING";
  }
  return "";
}

namespace {

bool is_spoken(Mode m) {
  return m == Mode::meeting || m == Mode::video || m == Mode::call;
}

void keep_latest(std::optional<Date>& latest, const Date& d) {
  if (!latest || *latest < d) latest = d;
}

} // namespace

ClientContacts client_contacts(const Client& c, const MonthRange& window) {
  ClientContacts out;
  out.client = &c;
  // Stakeholder id -> pays or decides. One hash lookup per name on an activity keeps the pass
  // over activity linear however long the history grows.
  std::unordered_map<std::string_view, bool> decides;
  decides.reserve(c.stakeholders.size());
  for (const Stakeholder& s : c.stakeholders) {
    const bool payer = s.has_role(Role::payer), decision_maker = s.has_role(Role::decision_maker);
    out.has_payer = out.has_payer || payer;
    out.has_decision_maker = out.has_decision_maker || decision_maker;
    decides.emplace(s.id, payer || decision_maker);
  }

  const Date last_day{window.last.year(), window.last.month(),
                      days_in_month(window.last.year(), window.last.month())};
  for (const Activity& a : c.activity) {
    if (a.date > last_day) continue; // not yet happened as of E
    if (a.mode == Mode::meeting) keep_latest(out.last_meeting, a.date);
    if (!is_spoken(a.mode)) continue; // an email to the CFO is not a conversation
    for (const std::string& id : a.with) {
      const auto it = decides.find(id);
      if (it != decides.end() && it->second) {
        keep_latest(out.last_decider_contact, a.date);
        break;
      }
    }
  }

  // Nothing after E was counted, so "within the window" is "on or after its first day".
  const Date first_day{window.first.year(), window.first.month(), 1};
  auto silent = [&](const std::optional<Date>& last) { return !last || *last < first_day; };
  if (!out.has_payer) out.warnings.push_back(ContactWarning::no_payer);
  if (!out.has_decision_maker) out.warnings.push_back(ContactWarning::no_decision_maker);
  if (silent(out.last_decider_contact)) out.warnings.push_back(ContactWarning::decider_silent);
  if (silent(out.last_meeting)) out.warnings.push_back(ContactWarning::no_meeting);
  return out;
}

ContactsReport contacts_report(const Portfolio& p, Month e) {
  ContactsReport report{&p, e, window_ending(e, p.settings.contact_window_months), {}};
  for (const Client& c : p.clients)
    if (is_active_at(c, e)) report.clients.push_back(client_contacts(c, report.window));
  return report;
}

namespace {

Row contacts_row(const std::string& manager, const ClientContacts& c) {
  Row row{{manager,
           c.client->id,
           c.client->name,
           c.has_payer,
           c.has_decision_maker,
           {},
           {},
           joined_warnings(*c.client, c.warnings)},
          false};
  if (c.last_decider_contact) row.cells[5] = *c.last_decider_contact;
  if (c.last_meeting) row.cells[6] = *c.last_meeting;
  return row;
}

} // namespace

Table contacts_table(const std::vector<ContactsReport>& reports) {
  Table t;
  t.title = "contacts";
  t.columns = {{"manager", CellKind::text},
               {"client", CellKind::text},
               {"name", CellKind::text},
               {"has_payer", CellKind::boolean},
               {"has_decision_maker", CellKind::boolean},
               {"last_decider_contact", CellKind::date},
               {"last_meeting", CellKind::date},
               {"warnings", CellKind::text}};
  for (const ContactsReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientContacts& c : r.clients)
      t.rows.push_back(contacts_row(p.manager, c));
    t.notes.push_back(p.manager + ": active clients at " + to_string(r.end) + ", contact window " +
                      to_string(r.window));
  }
  return t;
}

} // namespace acctmgr
