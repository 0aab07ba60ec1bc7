#include "reports/diff.hpp"

#include "document/prose.hpp"
#include "reports/bonus.hpp"
#include "reports/check.hpp"
#include "reports/findings.hpp"
#include "reports/forecast.hpp"
#include "reports/since.hpp"

#include <fmt/format.h>
#include <map>
#include <set>

namespace acctmgr {
namespace {

Table findings_table(const DiffInput& in, std::string title) {
  std::vector<Finding> then = check_findings(*in.then, {}, false);
  std::vector<Finding> now = check_findings(*in.now, {}, false);
  FindingChanges changes = finding_changes(then, now);
  for (std::size_t i = 0; i < in.now->portfolios.size(); ++i)
    if (in.match[i])
      for (const Restatement& r : restatements(*in.match[i], *in.now->portfolios[i].portfolio))
        changes.added.push_back(restated_finding(r));
  rank_by_at_stake(changes.added);
  rank_by_at_stake(changes.resolved);
  Table t(std::move(title),
          {column("change", CellKind::text), column("manager", CellKind::text),
           column("client", CellKind::text), column("code", CellKind::status),
           column("at_stake", CellKind::amount), column("message", CellKind::text)});
  for (const auto* list : {&changes.added, &changes.resolved})
    for (const Finding& f : *list)
      t.add_row({{"change", std::string(list == &changes.added ? "new" : "resolved")},
                 {"manager", f.manager.str()},
                 {"client", f.client},
                 {"code", std::string(to_string(f.code))},
                 {"at_stake", optional_cell(f.at_stake)},
                 {"message", f.message}});
  t.add_note({said("new: present now, absent at "), quoted(in.revision),
              said("; resolved: the reverse; at_stake now for a new finding, then for a "
                   "resolved one")});
  return t;
}

Table restated_table(const DiffInput& in, std::string title) {
  Table t(std::move(title),
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("month", CellKind::month), column("kind", CellKind::status),
           column("then", CellKind::amount), column("now", CellKind::amount),
           column("difference", CellKind::amount), column("currency", CellKind::status)});
  for (std::size_t i = 0; i < in.now->portfolios.size(); ++i)
    if (in.match[i])
      for (const Restatement& r : restatements(*in.match[i], *in.now->portfolios[i].portfolio))
        t.add_row({{"manager", r.portfolio->manager},
                   {"client", r.client->id},
                   {"month", r.month},
                   {"kind", std::string(r.kind)},
                   {"then", optional_cell(r.then)},
                   {"now", optional_cell(r.now)},
                   {"difference", r.difference()},
                   {"currency", r.client->currency}});
  t.add_note({said("revenue and cost entries of the months up to each file's as_of at "),
              quoted(in.revision),
              said(" that changed, were added or were removed since, in the client's currency")});
  return t;
}

/// The forecast entries of `a` and `b` that differ (a month in one and not the other counts).
std::int64_t forecast_changes(const Client* a, const Client* b) {
  std::map<Month, Money> then, now;
  if (a)
    for (const auto& [m, v] : a->forecast.entries())
      then[m] = v;
  if (b)
    for (const auto& [m, v] : b->forecast.entries())
      now[m] = v;
  std::set<Month> months;
  for (const auto& [m, v] : then)
    months.insert(m);
  for (const auto& [m, v] : now)
    months.insert(m);
  std::int64_t n = 0;
  for (const Month m : months)
    n += then.contains(m) != now.contains(m) || (then.contains(m) && then[m] != now[m]);
  return n;
}

struct OutlookRow {
  std::string client;
  std::optional<Money> projected_then, projected_now, gap_then, gap_now;
  std::int64_t changes = 0;
};

void outlook_rows(const Portfolio& now, const Portfolio* then, bool totals_only, Table& t) {
  const int year = now.settings.calendar().year_of(now.as_of);
  const bool same_year = then && then->settings.calendar().year_of(then->as_of) == year;
  const ForecastReport fn = forecast_report(now, now.as_of);
  std::map<std::string, const ClientForecast*> past;
  std::map<std::string, const Client*> then_clients; // by id: a file may hold 10,000 clients
  if (then)
    for (const Client& c : then->clients)
      then_clients.emplace(c.id, &c);
  std::optional<ForecastReport> ft;
  if (same_year) {
    ft = forecast_report(*then, then->as_of);
    for (const ClientForecast& c : ft->clients)
      past[c.client->id] = &c;
  }
  // The TOTAL is the manager's whole outlook, every client's, not only the rows listed.
  Money sum[4];
  for (const ClientForecast& c : fn.clients) {
    sum[1] += c.projected;
    sum[3] += c.gap.value_or(Money());
  }
  if (ft)
    for (const ClientForecast& c : ft->clients) {
      sum[0] += c.projected;
      sum[2] += c.gap.value_or(Money());
    }
  bool any = false;
  auto add = [&](const OutlookRow& r) {
    any = true;
    if (totals_only) return;
    t.add_row({{"manager", now.manager},
               {"client", r.client},
               {"projected_then", optional_cell(r.projected_then)},
               {"projected_now", optional_cell(r.projected_now)},
               {"gap_then", optional_cell(r.gap_then)},
               {"gap_now", optional_cell(r.gap_now)},
               {"forecast_changes", r.changes}});
  };
  std::set<std::string> seen;
  for (const ClientForecast& c : fn.clients) {
    seen.insert(c.client->id);
    const ClientForecast* old = past.contains(c.client->id) ? past[c.client->id] : nullptr;
    OutlookRow r{c.client->id, std::nullopt, c.projected, std::nullopt, c.gap, 0};
    const auto was = then_clients.find(c.client->id);
    r.changes = forecast_changes(was == then_clients.end() ? nullptr : was->second, c.client);
    if (old) {
      r.projected_then = old->projected;
      r.gap_then = old->gap;
    }
    if (r.projected_then != r.projected_now || r.gap_then != r.gap_now || r.changes > 0) add(r);
  }
  if (ft)
    for (const ClientForecast& c : ft->clients)
      if (!seen.contains(c.client->id))
        add({c.client->id, c.projected, std::nullopt, c.gap, std::nullopt,
             forecast_changes(c.client, nullptr)});
  if (any)
    t.add_row({{"manager", now.manager},
               {"client", std::string("TOTAL")},
               {"projected_then", same_year ? Cell(sum[0]) : Cell()},
               {"projected_now", sum[1]},
               {"gap_then", same_year ? Cell(sum[2]) : Cell()},
               {"gap_now", sum[3]},
               {"forecast_changes", Cell()}},
              RowKind::total);
  if (then && !same_year)
    t.add_note({quoted(now.manager),
                said(fmt::format(": the revision's as_of {} lies in another fiscal year: nothing "
                                 "then to compare with fiscal year {}",
                                 to_string(then->as_of), year))});
}

Table outlook_table(const DiffInput& in, bool totals_only, std::string title) {
  Table t(std::move(title),
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("projected_then", CellKind::amount), column("projected_now", CellKind::amount),
           column("gap_then", CellKind::amount), column("gap_now", CellKind::amount),
           column("forecast_changes", CellKind::count)});
  for (std::size_t i = 0; i < in.now->portfolios.size(); ++i)
    outlook_rows(*in.now->portfolios[i].portfolio, in.match[i], totals_only, t);
  t.add_note({said("the fiscal year of the as_of now: projected = actual + forecast, gap to the "
                   "growth target, as `forecast` has them; forecast_changes = forecast entries "
                   "changed, added or removed; a client is listed when one of these changed, "
                   "and each manager's TOTAL is over all their clients")});
  return t;
}

std::optional<Money> bonus_total(const Portfolio& p, int year) {
  try {
    return bonus(p, year, Basis::projected).total;
  } catch (const std::exception&) { // no plan, salary or target: no bonus to compare
    return std::nullopt;
  }
}

Table bonus_table(const DiffInput& in) {
  Table t("bonus", {column("manager", CellKind::text), column("year", CellKind::count),
                    column("total_then", CellKind::amount), column("total_now", CellKind::amount),
                    column("difference", CellKind::amount)});
  for (std::size_t i = 0; i < in.now->portfolios.size(); ++i) {
    const Portfolio& p = *in.now->portfolios[i].portfolio;
    if (!p.bonus) continue;
    const int year = default_bonus_year(p);
    const std::optional<Money> now = bonus_total(p, year);
    const std::optional<Money> then = in.match[i] ? bonus_total(*in.match[i], year) : std::nullopt;
    t.add_row({{"manager", p.manager},
               {"year", static_cast<std::int64_t>(year)},
               {"total_then", optional_cell(then)},
               {"total_now", optional_cell(now)},
               {"difference", then && now ? Cell(*now - *then) : Cell()}});
  }
  t.add_note({said("projected bonus of the fiscal year containing the as_of now, under each "
                   "file's plan then and now")});
  return t;
}

} // namespace

Document diff_document(const DiffInput& in) {
  Document d{"Changes since " + in.revision, context_of(*in.now), {}};
  d.sections.push_back({"findings", findings_table(in, "findings"), false});
  d.sections.push_back({"restated", restated_table(in, "restated"), false});
  d.sections.push_back({"outlook", outlook_table(in, false, "outlook"), false});
  d.sections.push_back({"bonus", bonus_table(in), false});
  return d;
}

std::vector<Section> since_sections(const DiffInput& in) {
  const std::string since = "since " + in.revision;
  std::vector<Section> out;
  out.push_back({"since_findings", findings_table(in, since + ": findings"), false});
  out.push_back({"since_restated", restated_table(in, since + ": restated"), false});
  out.push_back({"since_outlook", outlook_table(in, true, since + ": outlook"), false});
  return out;
}

} // namespace acctmgr
