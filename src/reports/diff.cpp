#include "reports/diff.hpp"

#include "document/prose.hpp"
#include "reports/bonus.hpp"
#include "reports/check.hpp"
#include "reports/findings.hpp"
#include "reports/forecast.hpp"
#include "reports/since.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <utility>

namespace acctmgr {
namespace {

Table findings_table(const SinceInput& in, const std::vector<Restatement>& restated,
                     std::string title) {
  FindingChanges changes =
      finding_changes(check_findings(*in.then, {}, false), check_findings(*in.now, {}, false));
  for (Finding& f : restated_findings(restated))
    changes.added.push_back(std::move(f));
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

Table restated_table(const SinceInput& in, const std::vector<Restatement>& restated,
                     std::string title) {
  Table t(std::move(title),
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("month", CellKind::month), column("kind", CellKind::status),
           column("then", CellKind::amount), column("now", CellKind::amount),
           column("difference", CellKind::amount), column("currency", CellKind::status)});
  for (const Restatement& r : restated)
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
  std::map<Month, std::pair<std::optional<Money>, std::optional<Money>>> months;
  if (a)
    for (const auto& [m, v] : a->forecast.entries())
      months[m].first = v;
  if (b)
    for (const auto& [m, v] : b->forecast.entries())
      months[m].second = v;
  return std::count_if(months.begin(), months.end(),
                       [](const auto& e) { return e.second.first != e.second.second; });
}

/// Σ projected and Σ gap (an empty gap counting 0) of a forecast report: a manager's whole
/// outlook, every client's, not only the rows listed.
std::pair<Money, Money> totals(const ForecastReport& r) {
  Money projected, gap;
  for (const ClientForecast& c : r.clients) {
    projected += c.projected;
    gap += c.gap.value_or(Money());
  }
  return {projected, gap};
}

void outlook_rows(const Portfolio& now, const Portfolio* then, bool totals_only, Table& t) {
  const int year = now.settings.calendar().year_of(now.as_of);
  const bool same_year = then && then->settings.calendar().year_of(then->as_of) == year;
  const ForecastReport fn = forecast_report(now, now.as_of);
  std::optional<ForecastReport> ft;
  std::map<std::string, const ClientForecast*> past; // by id: a file may hold 10,000 clients
  std::map<std::string, const Client*> then_clients; // also those with nothing to forecast
  if (then)
    for (const Client& c : then->clients)
      then_clients.emplace(c.id, &c);
  if (same_year) {
    ft = forecast_report(*then, then->as_of);
    for (const ClientForecast& c : ft->clients)
      past.emplace(c.client->id, &c);
  }
  bool listed = false;
  auto add = [&](const std::string& client, const ClientForecast* was, const ClientForecast* is,
                 std::int64_t changes) {
    const auto projected = [](const ClientForecast* c) {
      return c ? std::optional<Money>(c->projected) : std::nullopt;
    };
    const auto gap = [](const ClientForecast* c) { return c ? c->gap : std::nullopt; };
    if (projected(was) == projected(is) && gap(was) == gap(is) && changes == 0) return;
    listed = true;
    if (!totals_only)
      t.add_row({{"manager", now.manager},
                 {"client", client},
                 {"projected_then", optional_cell(projected(was))},
                 {"projected_now", optional_cell(projected(is))},
                 {"gap_then", optional_cell(gap(was))},
                 {"gap_now", optional_cell(gap(is))},
                 {"forecast_changes", changes}});
  };
  for (const ClientForecast& c : fn.clients) {
    const auto was = past.find(c.client->id);
    const auto client = then_clients.find(c.client->id);
    add(c.client->id, was == past.end() ? nullptr : was->second, &c,
        forecast_changes(client == then_clients.end() ? nullptr : client->second, c.client));
    if (was != past.end()) past.erase(was);
  }
  if (ft) // the clients with a forecast row then and none now
    for (const ClientForecast& c : ft->clients)
      if (past.contains(c.client->id))
        add(c.client->id, &c, nullptr, forecast_changes(c.client, nullptr));
  if (listed) {
    const auto [projected_now, gap_now] = totals(fn);
    const auto [projected_then, gap_then] = ft ? totals(*ft) : std::pair<Money, Money>();
    t.add_row({{"manager", now.manager},
               {"client", std::string("TOTAL")},
               {"projected_then", ft ? Cell(projected_then) : Cell()},
               {"projected_now", projected_now},
               {"gap_then", ft ? Cell(gap_then) : Cell()},
               {"gap_now", gap_now},
               {"forecast_changes", Cell()}},
              RowKind::total);
  }
  if (then && !same_year)
    t.add_note({quoted(now.manager),
                said(fmt::format(": the revision's as_of {} lies in another fiscal year: nothing "
                                 "then to compare with fiscal year {}",
                                 to_string(then->as_of), year))});
}

Table outlook_table(const SinceInput& in, bool totals_only, std::string title) {
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

/// The projected bonus of `year`, none when `p` cannot be paid (bonus_problems, as review).
std::optional<Money> bonus_total(const Portfolio& p, int year) {
  if (!bonus_problems(p, year).empty()) return std::nullopt;
  return bonus(p, year, Basis::projected).total;
}

Table bonus_table(const SinceInput& in) {
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

Document diff_document(const SinceInput& in) {
  Document d{"Changes since " + in.revision, context_of(*in.now), {}};
  const std::vector<Restatement> restated = restatements(in);
  d.sections.push_back({"findings", findings_table(in, restated, "findings"), false});
  d.sections.push_back({"restated", restated_table(in, restated, "restated"), false});
  d.sections.push_back({"outlook", outlook_table(in, false, "outlook"), false});
  d.sections.push_back({"bonus", bonus_table(in), false});
  return d;
}

std::vector<Section> since_sections(const SinceInput& in) {
  const std::string since = "since " + in.revision;
  const std::vector<Restatement> restated = restatements(in);
  std::vector<Section> out;
  out.push_back({"since_findings", findings_table(in, restated, since + ": findings"), false});
  out.push_back({"since_restated", restated_table(in, restated, since + ": restated"), false});
  out.push_back({"since_outlook", outlook_table(in, true, since + ": outlook"), false});
  return out;
}

} // namespace acctmgr
