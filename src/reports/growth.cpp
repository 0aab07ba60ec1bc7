#include "reports/growth.hpp"

#include "reports/at_stake.hpp"
#include "reports/client_groups.hpp"
#include "reports/client_state.hpp"
#include "reports/conversion.hpp"
#include "reports/overflow_context.hpp"
#include "reports/share_of_wallet.hpp"
#include "reports/trend.hpp"
#include "reports/wording.hpp"

#include <utility>

namespace acctmgr {

Growth judge_growth(Money revenue, Money prev_revenue, const Ratio& target) {
  Growth g{revenue, prev_revenue, revenue - prev_revenue, std::nullopt, std::nullopt};
  g.growth = Ratio::of(g.change, prev_revenue);
  if (prev_revenue.is_zero()) {
    if (revenue > Money()) g.status = GrowthStatus::new_client;
  } else if (revenue.is_zero()) {
    g.status = GrowthStatus::lost;
  } else if (*g.growth >= target) {
    g.status = GrowthStatus::on_target;
  } else if (!g.growth->is_negative()) {
    g.status = GrowthStatus::below_target;
  } else {
    g.status = GrowthStatus::declining;
  }
  return g;
}

Growth client_growth(const Client& c, const Settings& s, const Period& period) {
  const Money now = c.revenue.sum(period.months);
  const Money before = c.revenue.sum(period.comparison);
  Growth g = judge_growth(now, before, client_growth_target(c, s, period.end()));
  if (!g.status) return g; // nothing in either period: not listed
  // Whether the client was won after the comparison months began; an empty comparison lies
  // wholly before 0001-01 (SPEC section 3), so any won is after it.
  const bool won_since = c.won && (period.comparison.empty() || *c.won > period.comparison.first);
  // A year ago the client was sales', not the manager's: its growth is not farming.
  if (c.origin == Origin::handover && won_since) {
    g.status = GrowthStatus::handover;
    return g;
  }
  // Lost is judged on what the file holds, unknown months or not (SPEC section 12).
  if (is_lost_at(c, period.end())) g.status = GrowthStatus::lost;
  if (g.status == GrowthStatus::lost) return g;
  // The months before 0001-01 are before any entry and before any won: unknown unless the
  // client has a won, as for any month (an empty comparison has no month to ask about).
  const History history = period.comparison.empty() ? (c.won ? History::known : History::none)
                                                    : history_of(c, period.comparison);
  // Every comparison month unknown: prev is 0 and now is not, and "new" would be a guess. Some
  // unknown: prev would be an undercount, and the growth with it.
  if (history == History::none) g.status = GrowthStatus::no_history;
  if (history == History::partial) g.status = GrowthStatus::partial_history;
  return g;
}

Growth converted(Growth g, const Ratio& rate) {
  g.revenue = convert(g.revenue, rate);
  g.prev_revenue = convert(g.prev_revenue, rate);
  g.change = g.revenue - g.prev_revenue;
  return g;
}

bool is_comparable(const Growth& g) {
  return g.status != GrowthStatus::no_history && g.status != GrowthStatus::partial_history &&
         g.status != GrowthStatus::handover;
}

Ratio client_growth_target(const Client& c, const Settings& s, Month e) {
  const auto band = share_of_wallet(c, s, e).band;
  return band == ShareBand::saturated ? Ratio() : s.growth_target;
}

GrowthReport growth_report(const Portfolio& p, const Period& period) {
  GrowthReport report{&p, period, {}, {}, 0, {}};
  // At most a row a client: sized once, where doubling would hold up to three times that.
  report.clients.reserve(p.clients.size());
  const int year = p.settings.calendar().year_of(period.end());
  for (const Client& c : p.clients) {
    const auto where = overflow_context(p, c);
    Growth g = client_growth(c, p.settings, period);
    if (g.status) report.clients.push_back({&c, converted(std::move(g), client_rate(p, c, year))});
  }
  // Clients not listed had no revenue in either period: the comparable listed ones sum to the
  // TOTAL.
  const auto where = overflow_context(p);
  Money revenue, prev_revenue;
  for (const ClientGrowth& c : report.clients) {
    if (!is_comparable(c.figures)) {
      ++report.excluded;
      report.excluded_revenue += c.figures.revenue;
      continue;
    }
    revenue += c.figures.revenue;
    prev_revenue += c.figures.prev_revenue;
  }
  report.total = judge_growth(revenue, prev_revenue, p.settings.growth_target);
  return report;
}

Text excluded_note(const GrowthReport& r) {
  std::int64_t no_history = 0, partial = 0, handover = 0;
  // No history and partial history: from the client's first revenue entry, the month after its
  // unknown months (each has one: it has revenue in one of the periods). Handover: from `won`.
  ClientsByMonth history_from, handed_over_in;
  for (const ClientGrowth& c : r.clients) {
    const auto status = c.figures.status;
    if (status == GrowthStatus::no_history || status == GrowthStatus::partial_history) {
      ++(status == GrowthStatus::no_history ? no_history : partial);
      if (const auto first = c.client->revenue.first_month())
        history_from[*first].push_back(c.client);
    } else if (status == GrowthStatus::handover) {
      ++handover;
      if (c.client->won) handed_over_in[*c.client->won].push_back(c.client);
    }
  }
  Text note{quoted(r.portfolio->manager), said(": ")};
  // "3 clients without revenue history, 2 with partial history and 1 handed over by sales".
  std::vector<std::pair<std::int64_t, const char*>> kinds;
  for (const auto& kind :
       {std::pair{no_history, " without revenue history"},
        std::pair{partial, " with partial history"}, std::pair{handover, " handed over by sales"}})
    if (kind.first > 0) kinds.push_back(kind);
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (i > 0) note.push_back(said(i + 1 == kinds.size() ? " and " : ", "));
    note.push_back(count(kinds[i].first));
    if (i == 0) note.push_back(said(kinds[i].first == 1 ? " client" : " clients"));
    note.push_back(said(kinds[i].second));
  }
  note.insert(note.end(),
              {said(" (revenue "), amount(r.excluded_revenue),
               said(") left out of the TOTAL: not comparable with "), months(r.period.comparison)});
  add_month_groups(note, history_from, "; history from ", "; from ");
  add_month_groups(note, handed_over_in, "; handed over in ", "; in ");
  return note;
}

namespace {

void add_growth_row(Table& t, const std::string& manager, const std::string& client,
                    const std::string& name, const Growth& g, RowKind kind,
                    std::vector<Money> trend = {}) {
  t.add_row({{"manager", manager},
             {"client", client},
             {"name", name},
             {"revenue", g.revenue},
             {"prev_revenue", g.prev_revenue},
             {"change", g.change},
             {"growth", optional_cell(g.growth)},
             {"status", keyword_cell(g.status)}},
            kind, std::move(trend));
}

} // namespace

Table growth_table(const std::vector<GrowthReport>& reports, const std::string& period_name) {
  Table t("growth (" + period_name + ")",
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("name", CellKind::text), column("revenue", CellKind::amount),
           column("prev_revenue", CellKind::amount), column("change", CellKind::amount),
           column("growth", CellKind::ratio), column("status", CellKind::status)});
  t.show_trend_after("name");
  for (const GrowthReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientGrowth& c : r.clients)
      add_growth_row(t, p.manager, c.client->id, c.client->name, c.figures, RowKind::detail,
                     revenue_trend(*c.client, r.period.end()));
    add_growth_row(t, p.manager, "TOTAL", "", r.total, RowKind::total);
    t.add_note({quoted(p.manager), said(": "), months(r.period.months), said(" vs "),
                months(r.period.comparison), said(", target "), percent(p.settings.growth_target),
                said(" ("), quoted(reporting_currency(p)), said(")")});
    if (r.excluded > 0) t.add_note(excluded_note(r));
    add_rates_note(t, p, p.settings.calendar().year_of(r.period.end()));
  }
  return t;
}

Document growth_document(const ReportInput& in) {
  std::vector<GrowthReport> reports;
  for (const PortfolioPeriod& pp : in.portfolios)
    reports.push_back(growth_report(*pp.portfolio, pp.period));
  return table_document(in, "growth", growth_table(reports, to_string(in.spec)));
}

namespace {

/// `subject` names what grew: "revenue" for a client, "portfolio revenue" for a TOTAL. `g`
/// holds the figures as the growth report shows them: a client's converted at E's rate, a
/// TOTAL's summed from those, and at_stake is formed from them (SPEC section 5).
void growth_finding(FindingCollector& f, const Client* c, const Growth& g, const Period& period,
                    const Ratio& target, const std::string& subject = "revenue") {
  if (!g.status) return;
  const std::string figures = fmt::format("({} in {} -> {} in {})", g.prev_revenue,
                                          period.comparison, g.revenue, period.months);
  // DECLINING (declining or lost): what fell away, when anything did (a client marked lost
  // may have grown until it left).
  const std::optional<Money> fell = stake_when_positive(g.prev_revenue - g.revenue);
  switch (*g.status) {
  case GrowthStatus::below_target:
    // The revenue the target asked for and the period did not bring.
    f.add(c, Code::below_target,
          stake(to_ratio(g.prev_revenue) * (Ratio::integer(1) + target) - to_ratio(g.revenue)),
          fmt::format("{} grew {} {}, below the {} target", subject, percent_vs(*g.growth, target),
                      figures, target));
    break;
  case GrowthStatus::declining:
    f.add(c, Code::declining, fell,
          fmt::format("{} fell {} {}", subject, Ratio() - *g.growth, figures));
    break;
  case GrowthStatus::lost:
    if (!g.revenue.is_zero() && c && c->lost) // marked lost, with revenue before it
      f.add(c, Code::declining, fell, fmt::format("client lost in {} {}", *c->lost, figures));
    else
      f.add(c, Code::declining, fell,
            fmt::format("no {} in {} after {} in {}", subject, period.months, g.prev_revenue,
                        period.comparison));
    break;
  case GrowthStatus::new_client:
  case GrowthStatus::no_history:
  case GrowthStatus::partial_history:
  case GrowthStatus::handover:
  case GrowthStatus::on_target:
    break;
  }
}

} // namespace

void growth_findings(FindingCollector& f, const GrowthReport& r) {
  const Portfolio& p = *r.portfolio;
  for (const ClientGrowth& g : r.clients)
    growth_finding(f, g.client, g.figures, r.period,
                   client_growth_target(*g.client, p.settings, r.period.end()));
  // A TOTAL that leaves clients out says so, or "no portfolio revenue" would mislead.
  growth_finding(f, nullptr, r.total, r.period, p.settings.growth_target,
                 r.excluded > 0 ? "revenue of the comparable clients" : "portfolio revenue");
}

} // namespace acctmgr
