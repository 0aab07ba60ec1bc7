#include "core/margin.hpp"

#include "core/ignore.hpp"

namespace acctmgr {

const char* to_string(MarginWarning w) {
  switch (w) {
  case MarginWarning::low_margin:
    return "LOW_MARGIN";
  case MarginWarning::margin_drop:
    return "MARGIN_DROP";
  case MarginWarning::unbilled_staff:
    return "UNBILLED_STAFF";
  case MarginWarning::stale_prices:
    return "STALE_PRICES";
  case MarginWarning::missing_cost:
    return "MISSING_COST";
  }
  return "";
}

PeriodMargin period_margin(const Client& c, const MonthRange& months) {
  PeriodMargin out;
  out.cost = c.cost.sum(months);
  for (auto [it, end] = c.revenue.range(months); it != end; ++it) {
    // An explicit 0 is a month without revenue: nothing was sold, so no cost is owed either.
    if (it->second.is_zero()) continue;
    out.revenue += it->second;
    if (!c.cost.has(it->first)) out.missing_cost.push_back(it->first);
  }
  if (out.missing_cost.empty())
    out.margin = Ratio::of(out.revenue - out.cost, out.revenue); // none when revenue is 0
  return out;
}

std::optional<Ratio> unbilled_share(const std::optional<Team>& team) {
  if (!team) return std::nullopt;
  const Ratio people = team->billable + team->unbilled;
  if (people.is_zero()) return std::nullopt;
  return team->unbilled / people;
}

bool prices_stale(const PeriodMargin& now, const PeriodMargin& before,
                  std::optional<Month> last_price_increase, const Settings& s, Month e) {
  // Both margins must be defined: a cost month missing on either side would fake a rise (or
  // hide one), and MISSING_COST already asks for the data. Costs must have existed before for
  // a rise to mean anything.
  if (!now.margin || !before.margin || before.cost.is_zero()) return false;
  const Ratio cost_growth = *Ratio::of(now.cost - before.cost, before.cost);
  // Both margins defined implies both revenues > 0, so revenue growth is defined.
  const Ratio revenue_growth = *Ratio::of(now.revenue - before.revenue, before.revenue);
  // "Faster than revenue": cost growth strictly above revenue growth, i.e. cost per unit of
  // revenue went up (equivalently, the margin fell). Costs and prices rising in step are fine.
  if (cost_growth < s.cost_rise || !(cost_growth > revenue_growth)) return false;
  const bool recent_increase =
      last_price_increase && window_ending(e, s.price_review_months).contains(*last_price_increase);
  return !recent_increase;
}

namespace {

std::vector<MarginWarning> margin_warnings(const ClientMargin& m, const Settings& s, Month e) {
  std::vector<MarginWarning> out;
  if (m.now.margin && *m.now.margin < s.margin_floor) out.push_back(MarginWarning::low_margin);
  if (m.now.margin && m.before.margin && *m.now.margin < *m.before.margin - s.margin_drop)
    out.push_back(MarginWarning::margin_drop);
  if (m.unbilled_share && *m.unbilled_share > s.unbilled_max)
    out.push_back(MarginWarning::unbilled_staff);
  if (prices_stale(m.now, m.before, m.client->last_price_increase, s, e))
    out.push_back(MarginWarning::stale_prices);
  if (!m.now.missing_cost.empty()) out.push_back(MarginWarning::missing_cost);
  return out;
}

} // namespace

MarginReport margin_report(const Portfolio& p, const Period& period) {
  MarginReport report{&p, period, {}};
  for (const Client& c : p.clients) {
    ClientMargin m{&c,
                   period_margin(c, period.months),
                   period_margin(c, period.comparison),
                   unbilled_share(c.team),
                   {}};
    if (m.now.revenue.is_zero()) continue;
    m.warnings = margin_warnings(m, p.settings, period.end());
    report.clients.push_back(std::move(m));
  }
  return report;
}

namespace {

Row margin_row(const std::string& manager, const ClientMargin& m) {
  Row row{{manager,
           m.client->id,
           m.client->name,
           m.now.revenue,
           m.now.cost,
           {},
           {},
           {},
           joined_warnings(*m.client, m.warnings)},
          false};
  if (m.now.margin) row.cells[5] = *m.now.margin;
  if (m.before.margin) row.cells[6] = *m.before.margin;
  if (m.unbilled_share) row.cells[7] = *m.unbilled_share;
  return row;
}

} // namespace

Table margin_table(const std::vector<MarginReport>& reports, const std::string& period_name) {
  Table t;
  t.title = "margin (" + period_name + ")";
  t.columns = {{"manager", CellKind::text},      {"client", CellKind::text},
               {"name", CellKind::text},         {"revenue", CellKind::amount},
               {"cost", CellKind::amount},       {"margin", CellKind::ratio},
               {"prev_margin", CellKind::ratio}, {"unbilled_share", CellKind::ratio},
               {"warnings", CellKind::text}};
  for (const MarginReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientMargin& m : r.clients)
      t.rows.push_back(margin_row(p.manager, m));
    const Settings& s = p.settings;
    t.notes.push_back(p.manager + ": " + to_string(r.period.months) + " vs " +
                      to_string(r.period.comparison) + ", floor " + to_percent(s.margin_floor) +
                      ", drop " + to_percent(s.margin_drop) + ", unbilled max " +
                      to_percent(s.unbilled_max) + ", cost rise " + to_percent(s.cost_rise) + " (" +
                      p.currency + ")");
  }
  return t;
}

} // namespace acctmgr
