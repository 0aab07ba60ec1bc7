#include "core/growth.hpp"

#include "core/share_of_wallet.hpp"

namespace acctmgr {

const char* to_string(GrowthStatus s) {
  switch (s) {
  case GrowthStatus::new_client:
    return "new";
  case GrowthStatus::lost:
    return "lost";
  case GrowthStatus::on_target:
    return "on_target";
  case GrowthStatus::below_target:
    return "below_target";
  case GrowthStatus::declining:
    return "declining";
  }
  return "";
}

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

Ratio client_growth_target(const Client& c, const Settings& s, Month e) {
  const auto band = share_of_wallet(c, s, e).band;
  return band == ShareBand::saturated ? Ratio() : s.growth_target;
}

GrowthReport growth_report(const Portfolio& p, const Period& period) {
  GrowthReport report{&p, period, {}, {}};
  Money revenue, prev_revenue;
  for (const Client& c : p.clients) {
    const Money now = c.revenue.sum(period.months);
    const Money before = c.revenue.sum(period.comparison);
    revenue += now;
    prev_revenue += before;
    if (now.is_zero() && before.is_zero()) continue;
    report.clients.push_back(
        {&c, judge_growth(now, before, client_growth_target(c, p.settings, period.end()))});
  }
  report.total = judge_growth(revenue, prev_revenue, p.settings.growth_target);
  return report;
}

namespace {

Row growth_row(const std::string& manager, const std::string& client, const std::string& name,
               const Growth& g, bool total) {
  Row row{{manager, client, name, g.revenue, g.prev_revenue, g.change, {}, {}}, total};
  if (g.growth) row.cells[6] = *g.growth;
  if (g.status) row.cells[7] = std::string(to_string(*g.status));
  return row;
}

} // namespace

Table growth_table(const std::vector<GrowthReport>& reports, const std::string& period_name) {
  Table t;
  t.title = "growth (" + period_name + ")";
  t.columns = {{"manager", CellKind::text},        {"client", CellKind::text},
               {"name", CellKind::text},           {"revenue", CellKind::amount},
               {"prev_revenue", CellKind::amount}, {"change", CellKind::amount},
               {"growth", CellKind::ratio},        {"status", CellKind::status}};
  for (const GrowthReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientGrowth& c : r.clients)
      t.rows.push_back(growth_row(p.manager, c.client->id, c.client->name, c.figures, false));
    t.rows.push_back(growth_row(p.manager, "TOTAL", "", r.total, true));
    t.notes.push_back(p.manager + ": " + to_string(r.period.months) + " vs " +
                      to_string(r.period.comparison) + ", target " +
                      to_percent(p.settings.growth_target) + " (" + p.currency + ")");
  }
  return t;
}

} // namespace acctmgr
