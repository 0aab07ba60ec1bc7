#include "core/share.hpp"

#include "core/period.hpp"

#include <algorithm>

namespace acctmgr {

ShareReport share_report(const Portfolio& p, Month e) {
  ShareReport report{&p, e, {}};
  for (const Client& c : p.clients) {
    ShareOfWallet s = share_of_wallet(c, p.settings, e);
    if (!s.wallet && s.revenue_12m.is_zero()) continue;
    report.clients.push_back({&c, s});
  }
  // Headroom is where the growth is: the biggest opportunity first. Without a wallet there is
  // no headroom to rank, so those clients go last in file order.
  std::stable_sort(report.clients.begin(), report.clients.end(),
                   [](const ClientShare& a, const ClientShare& b) {
                     if (!a.figures.headroom || !b.figures.headroom)
                       return a.figures.headroom.has_value() && !b.figures.headroom.has_value();
                     return *a.figures.headroom > *b.figures.headroom;
                   });
  return report;
}

namespace {

Row share_row(const std::string& manager, const ClientShare& c) {
  const ShareOfWallet& s = c.figures;
  Row row{{manager, c.client->id, c.client->name, s.revenue_12m, {}, {}, {}, {}}, false};
  if (s.wallet) row.cells[4] = *s.wallet;
  if (s.share) row.cells[5] = *s.share;
  if (s.headroom) row.cells[6] = *s.headroom;
  if (s.band) row.cells[7] = std::string(to_string(*s.band));
  return row;
}

} // namespace

Table share_table(const std::vector<ShareReport>& reports) {
  Table t;
  t.title = "share of wallet";
  t.columns = {{"manager", CellKind::text},    {"client", CellKind::text},
               {"name", CellKind::text},       {"revenue_12m", CellKind::amount},
               {"wallet", CellKind::amount},   {"share", CellKind::ratio},
               {"headroom", CellKind::amount}, {"band", CellKind::status}};
  for (const ShareReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientShare& c : r.clients)
      t.rows.push_back(share_row(p.manager, c));
    const ShareBands& b = p.settings.share_bands;
    t.notes.push_back(p.manager + ": revenue " + to_string(window_ending(r.end, 12)) +
                      " against the wallet of fiscal year " +
                      std::to_string(p.settings.calendar().year_of(r.end)) +
                      "; bands saturated >= " + to_percent(b.saturated) +
                      ", core >= " + to_percent(b.core) + ", reserve >= " + to_percent(b.reserve) +
                      " (" + p.currency + ")");
  }
  return t;
}

} // namespace acctmgr
