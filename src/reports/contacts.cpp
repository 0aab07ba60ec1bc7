#include "reports/contacts.hpp"

#include "model/period.hpp"
#include "reports/client_state.hpp"
#include "reports/conversion.hpp"
#include "reports/ignore.hpp"
#include "reports/wording.hpp"

namespace acctmgr {

bool is_live(Mode m) {
  return m == Mode::meeting || m == Mode::video || m == Mode::call;
}

Deciders::Deciders(const Client& c) {
  ids_.reserve(c.stakeholders.size());
  for (const Stakeholder& s : c.stakeholders)
    if (s.has_role(Role::payer) || s.has_role(Role::decision_maker)) ids_.insert(s.id);
}

bool Deciders::included_in(const Activity& a) const {
  return a.with.any_of([&](std::string_view id) { return ids_.contains(id); });
}

namespace {

void keep_latest(std::optional<Date>& latest, const Date& d) {
  if (!latest || *latest < d) latest = d;
}

} // namespace

ClientContacts client_contacts(const Client& c, const MonthRange& window) {
  ClientContacts out;
  out.client = &c;
  for (const Stakeholder& s : c.stakeholders) {
    out.has_payer = out.has_payer || s.has_role(Role::payer);
    out.has_decision_maker = out.has_decision_maker || s.has_role(Role::decision_maker);
  }
  const Deciders deciders(c);

  const Date last_day{window.last.year(), window.last.month(),
                      days_in_month(window.last.year(), window.last.month())};
  for (const Activity& a : c.activity) {
    if (a.date > last_day) continue; // not yet happened as of E
    if (a.mode == Mode::meeting) keep_latest(out.last_meeting, a.date);
    if (!is_live(a.mode)) continue; // an email to the CFO is not a conversation
    if (deciders.included_in(a)) keep_latest(out.last_decider_contact, a.date);
  }

  // Nothing after E was counted, so "within the window" is "on or after its first day".
  const Date first_day{window.first.year(), window.first.month(), 1};
  auto silent = [&](const std::optional<Date>& last) { return !last || *last < first_day; };
  if (!out.has_payer) out.warnings.push_back(Code::no_payer);
  if (!out.has_decision_maker) out.warnings.push_back(Code::no_decision_maker);
  if (silent(out.last_decider_contact)) out.warnings.push_back(Code::decider_silent);
  if (silent(out.last_meeting)) out.warnings.push_back(Code::no_meeting);
  return out;
}

ContactsReport contacts_report(const Portfolio& p, Month e) {
  ContactsReport report{&p, e, window_ending(e, p.settings.contact_window_months), {}};
  // At most a row a client: sized once, where doubling would hold up to three times that.
  report.clients.reserve(p.clients.size());
  for (const Client& c : p.clients)
    if (is_active_at(c, e)) report.clients.push_back(client_contacts(c, report.window));
  return report;
}

Table contacts_table(const std::vector<ContactsReport>& reports) {
  Table t("contacts", {column("manager", CellKind::text), column("client", CellKind::text),
                       column("name", CellKind::text), column("has_payer", CellKind::boolean),
                       column("has_decision_maker", CellKind::boolean),
                       column("last_decider_contact", CellKind::date),
                       column("last_meeting", CellKind::date), column("warnings", CellKind::text)});
  for (const ContactsReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientContacts& c : r.clients)
      t.add_row({{"manager", p.manager},
                 {"client", c.client->id},
                 {"name", c.client->name},
                 {"has_payer", c.has_payer},
                 {"has_decision_maker", c.has_decision_maker},
                 {"last_decider_contact", optional_cell(c.last_decider_contact)},
                 {"last_meeting", optional_cell(c.last_meeting)},
                 {"warnings", joined_warnings(*c.client, c.warnings, r.end)}});
    t.add_note({quoted(p.manager), said(": active clients at "), month(r.end),
                said(", contact window "), months(r.window)});
  }
  return t;
}

Document contacts_document(const ReportInput& in) {
  std::vector<ContactsReport> reports;
  for (const PortfolioPeriod& pp : in.portfolios)
    reports.push_back(contacts_report(*pp.portfolio, pp.period.end()));
  Document d{{}, context_of(in, {}), {}}; // no money: no rates
  d.sections.push_back({"contacts", contacts_table(reports), false});
  return d;
}

void contact_findings(FindingCollector& f, const ContactsReport& r) {
  const Portfolio& p = *r.portfolio;
  const std::string since = to_string(Date{r.window.first.year(), r.window.first.month(), 1});
  const MonthRange year_to_e = window_ending(r.end, 12);
  const int fiscal_year = p.settings.calendar().year_of(r.end);
  for (const ClientContacts& cc : r.clients) {
    const Client* c = cc.client;
    // at_stake (SPEC section 5): the relationship at risk, the client's revenue over the 12
    // months ending E, one sum converted at E's rate as the share report's revenue_12m is.
    std::optional<Money> relationship;
    if (!cc.warnings.empty())
      relationship = convert(c->revenue.sum(year_to_e), client_rate(p, *c, fiscal_year));
    for (Code w : cc.warnings) {
      switch (w) {
      case Code::no_payer:
        f.add(c, Code::no_payer, relationship,
              "no stakeholder with the payer role: who signs off the budget?");
        break;
      case Code::no_decision_maker:
        f.add(c, Code::no_decision_maker, relationship,
              "no stakeholder with the decision_maker role: who decides on the contract?");
        break;
      case Code::decider_silent:
        f.add(c, Code::decider_silent, relationship,
              fmt::format("no meeting, video or call with a payer or decision maker since {} "
                          "(last: {})",
                          since, last_seen(cc.last_decider_contact)));
        break;
      case Code::no_meeting:
        f.add(c, Code::no_meeting, relationship,
              fmt::format("no in-person meeting since {} (last: {})", since,
                          last_seen(cc.last_meeting)));
        break;
      default: // the contacts report gives only the codes above
        break;
      }
    }
  }
}

} // namespace acctmgr
