#include "reports/activity.hpp"

#include "model/decimal_text.hpp"
#include "reports/client_state.hpp"
#include "reports/contacts.hpp"
#include "reports/wording.hpp"

#include <fmt/format.h>
#include <string>

namespace acctmgr {
namespace {

Date last_day_of(Month m) {
  return {m.year(), m.month(), days_in_month(m.year(), m.month())};
}

/// Live touches a week over `days` calendar days: live / (days / 7).
Ratio weekly(std::int64_t live, int days) {
  return Ratio(Int128(live) * 7, days);
}

void keep_latest(std::optional<Date>& latest, const std::optional<Date>& d) {
  if (d && (!latest || *latest < *d)) latest = d;
}

void set_share(Touches& t) {
  t.decider_share = t.live > 0 ? std::optional(Ratio(t.decider_live, t.live)) : std::nullopt;
}

void add_up(Touches& sum, const Touches& t) {
  sum.live += t.live;
  sum.meetings += t.meetings;
  sum.decider_live += t.decider_live;
  keep_latest(sum.last_live, t.last_live);
}

/// Every client's touches in `months` added up, as the manager's.
Touches manager_touches(const Portfolio& p, const MonthRange& months) {
  Touches sum;
  for (const Client& c : p.clients)
    add_up(sum, client_touches(c, months));
  set_share(sum);
  return sum;
}

} // namespace

int days_in(const MonthRange& months) {
  int days = 0;
  for (Month m : months)
    days += days_in_month(m.year(), m.month());
  return days;
}

Touches client_touches(const Client& c, const MonthRange& months) {
  Touches t;
  const Deciders deciders(c);
  const Date first{months.first.year(), months.first.month(), 1};
  const Date last = last_day_of(months.last);
  for (const Activity& a : c.activity) {
    if (!is_live(a.mode) || a.date > last) continue; // not a conversation, or not yet as of E
    keep_latest(t.last_live, a.date);
    if (a.date < first) continue; // before the months: only last_live sees it
    ++t.live;
    if (a.mode == Mode::meeting) ++t.meetings;
    if (deciders.included_in(a)) ++t.decider_live;
  }
  set_share(t);
  return t;
}

ActivityReport activity_report(const Portfolio& p, const Period& period) {
  ActivityReport r;
  r.portfolio = &p;
  r.period = period;
  r.days = days_in(period.months);
  // At most a row a client: sized once, where doubling would hold up to three times that.
  r.clients.reserve(p.clients.size());
  for (const Client& c : p.clients) {
    Touches t = client_touches(c, period.months);
    add_up(r.total, t); // every client: a call to win one back is work too
    const bool active = is_active_at(c, period.end());
    if (active) {
      ++r.active_clients;
      if (t.live > 0) ++r.clients_touched;
    }
    // A client the TOTAL counts a live touch of is listed, so the TOTAL adds up (SPEC 8.3).
    if (active || t.live > 0) r.clients.push_back({&c, std::move(t)});
  }
  set_share(r.total);
  r.per_week = weekly(r.total.live, r.days);
  return r;
}

namespace {

std::vector<NamedCell> touch_cells(const std::string& manager, const std::string& client,
                                   const std::string& name, const Touches& t) {
  return {{"manager", manager},
          {"client", client},
          {"name", name},
          {"live", t.live},
          {"meetings", t.meetings},
          {"decider_live", t.decider_live},
          {"decider_share", optional_cell(t.decider_share)},
          {"last_live", optional_cell(t.last_live)}};
}

} // namespace

Table activity_table(const std::vector<ActivityReport>& reports) {
  Table t("activity",
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("name", CellKind::text), column("live", CellKind::count),
           column("meetings", CellKind::count), column("decider_live", CellKind::count),
           column("decider_share", CellKind::ratio), column("last_live", CellKind::date),
           column("per_week", CellKind::rate), column("clients_touched", CellKind::count),
           column("active_clients", CellKind::count)});
  for (const ActivityReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientActivity& c : r.clients) {
      std::vector<NamedCell> row = touch_cells(p.manager, c.client->id, c.client->name, c.touches);
      row.insert(row.end(), {{"per_week", {}}, {"clients_touched", {}}, {"active_clients", {}}});
      t.add_row(std::move(row));
    }
    std::vector<NamedCell> total = touch_cells(p.manager, "TOTAL", "", r.total);
    total.insert(total.end(), {{"per_week", r.per_week},
                               {"clients_touched", r.clients_touched},
                               {"active_clients", r.active_clients}});
    t.add_row(std::move(total), RowKind::total);
    const Settings& s = p.settings;
    t.add_note(
        {quoted(p.manager), said(": "), months(r.period.months), said(" ("), count(r.days),
         said(" days), clients active at "), month(r.period.end()),
         said(" and any other with a live touch in the period; findings judge the contact window "),
         months(window_ending(r.period.end(), s.contact_window_months)),
         said(" against live_per_week "), value(s.live_per_week, CellKind::factor),
         said(" and decider_share "), percent(s.decider_share)});
  }
  return t;
}

Document activity_document(const ReportInput& in) {
  std::vector<ActivityReport> reports;
  for (const PortfolioPeriod& pp : in.portfolios)
    reports.push_back(activity_report(*pp.portfolio, pp.period));
  Document d{{}, context_of(in, {}), {}}; // no money: no rates
  d.sections.push_back({"activity", activity_table(reports), false});
  return d;
}

namespace {

std::string live_touches(std::int64_t n) {
  return fmt::format("{} live {}", n, n == 1 ? "touch" : "touches");
}

} // namespace

void activity_findings(FindingCollector& f, const Portfolio& p, Month e) {
  const Settings& s = p.settings;
  const MonthRange window = window_ending(e, s.contact_window_months);
  const Touches sum = manager_touches(p, window);
  const int days = days_in(window);
  const Ratio per_week = weekly(sum.live, days);
  if (per_week < s.live_per_week)
    f.add(nullptr, Code::low_cadence,
          fmt::format("{} in {} ({} days): {} a week, below the {} expected",
                      live_touches(sum.live), window, days,
                      reads_apart(per_week, s.live_per_week, to_fixed, 2, 10),
                      exact_factor_text(s.live_per_week)));
  if (sum.live >= 10 && *sum.decider_share < s.decider_share)
    f.add(nullptr, Code::convenient_contacts,
          fmt::format("{} of {} in {} with a payer or decision maker: {}, below the {} expected",
                      sum.decider_live, live_touches(sum.live), window,
                      reads_apart(*sum.decider_share, s.decider_share, to_percent, 1, 10),
                      percent_text(s.decider_share)));
}

} // namespace acctmgr
