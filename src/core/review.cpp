#include "core/review.hpp"

#include "core/forecast.hpp"
#include "core/growth.hpp"
#include "core/margin.hpp"
#include "core/share_of_wallet.hpp"

#include <unordered_map>

namespace acctmgr {
Table review_clients_table(const std::vector<ReviewInput>& inputs, const std::string& period_name) {
  Table t;
  t.title = "clients (" + period_name + ")";
  t.columns = {
      {"manager", CellKind::text},     {"client", CellKind::text},   {"name", CellKind::text},
      {"revenue", CellKind::amount},   {"growth", CellKind::ratio},  {"status", CellKind::status},
      {"share", CellKind::ratio},      {"band", CellKind::status},   {"margin", CellKind::ratio},
      {"projected", CellKind::amount}, {"findings", CellKind::count}};
  for (const ReviewInput& in : inputs) {
    const Portfolio& p = *in.portfolio;
    std::unordered_map<std::string_view, std::int64_t> per_client;
    for (const Finding& f : in.findings)
      if (!f.client.empty() && f.severity != Severity::info) ++per_client[f.client];
    std::unordered_map<const Client*, Money> projected;
    for (const ClientForecast& f : forecast_report(p, p.as_of).clients)
      projected[f.client] = f.projected;

    for (const ClientGrowth& g : growth_report(p, in.period).clients) {
      const Client& c = *g.client;
      const ShareOfWallet w = share_of_wallet(c, p.settings, in.period.end());
      const auto found = projected.find(&c);
      Row row{{p.manager, c.id, c.name, g.figures.revenue, optional_cell(g.figures.growth),
               g.figures.status ? Cell(std::string(to_string(*g.figures.status))) : Cell(),
               optional_cell(w.share), w.band ? Cell(std::string(to_string(*w.band))) : Cell(),
               optional_cell(period_margin(c, in.period.months).margin),
               found != projected.end() ? Cell(found->second) : Cell(), per_client[c.id]},
              false};
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

} // namespace acctmgr
