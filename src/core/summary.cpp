#include "core/summary.hpp"

#include "core/margin.hpp"
#include "core/share_of_wallet.hpp"

#include <algorithm>

namespace acctmgr {

SummarySums& SummarySums::operator+=(const SummarySums& o) {
  revenue += o.revenue;
  prev_revenue += o.prev_revenue;
  cohort_revenue += o.cohort_revenue;
  cohort_prev += o.cohort_prev;
  cohort_retained += o.cohort_retained;
  new_revenue += o.new_revenue;
  lost_revenue += o.lost_revenue;
  top_client = std::max(top_client, o.top_client);
  squares = checked_add(squares, o.squares);
  margin_revenue += o.margin_revenue;
  margin_cost += o.margin_cost;
  revenue_12m += o.revenue_12m;
  wallet += o.wallet;
  headroom += o.headroom;
  any_wallet = any_wallet || o.any_wallet;
  any_margin = any_margin || o.any_margin;
  findings = checked_add(findings, o.findings);
  return *this;
}

SummaryRow summarize(const Portfolio& p, const Period& period,
                     const std::vector<Finding>& findings) {
  SummaryRow row{p.manager, p.currency, {}, p.settings.growth_target};
  SummarySums& s = row.sums;
  s.findings = std::count_if(findings.begin(), findings.end(),
                             [](const Finding& f) { return f.severity != Severity::info; });
  for (const Client& c : p.clients) {
    const Money now = c.revenue.sum(period.months);
    const Money before = c.revenue.sum(period.comparison);
    s.revenue += now;
    s.prev_revenue += before;
    if (before > Money()) {
      s.cohort_revenue += now;
      s.cohort_prev += before;
      s.cohort_retained += std::min(now, before);
    } else {
      s.new_revenue += now;
    }
    if (now.is_zero()) s.lost_revenue += before;
    s.top_client = std::max(s.top_client, now);
    s.squares = checked_add(s.squares, checked_mul<Int128>(now.cents(), now.cents()));
    const PeriodMargin m = period_margin(c, period.months);
    if (m.margin) {
      s.margin_revenue += m.revenue;
      s.margin_cost += m.cost;
      s.any_margin = true;
    }
    const ShareOfWallet w = share_of_wallet(c, p.settings, period.end());
    if (w.wallet) {
      s.revenue_12m += w.revenue_12m;
      s.wallet += *w.wallet;
      s.headroom += *w.headroom;
      s.any_wallet = true;
    }
  }
  return row;
}

SummaryRow team_total(const std::vector<SummaryRow>& rows, const Ratio& team_target) {
  SummaryRow total{"TOTAL", rows.empty() ? "" : rows.front().currency, {}, team_target};
  for (const SummaryRow& r : rows)
    total.sums += r.sums;
  return total;
}

namespace {

Row summary_cells(const SummaryRow& r, bool total) {
  const SummarySums& s = r.sums;
  const Growth g = judge_growth(s.revenue, s.prev_revenue, r.target);
  Row row{{r.manager, r.currency, s.revenue, s.prev_revenue}, total};
  row.cells.push_back(optional_cell(g.growth));
  row.cells.push_back(g.status ? Cell(std::string(to_string(*g.status))) : Cell());
  row.cells.push_back(optional_cell(Ratio::of(s.cohort_revenue, s.cohort_prev)));
  row.cells.push_back(optional_cell(Ratio::of(s.cohort_retained, s.cohort_prev)));
  row.cells.push_back(s.new_revenue);
  row.cells.push_back(s.lost_revenue);
  row.cells.push_back(optional_cell(Ratio::of(s.top_client, s.revenue)));
  const Int128 revenue = s.revenue.cents();
  row.cells.push_back(revenue == 0 ? Cell()
                                   : Cell(Ratio(s.squares, checked_mul(revenue, revenue))));
  row.cells.push_back(
      s.any_margin ? optional_cell(Ratio::of(s.margin_revenue - s.margin_cost, s.margin_revenue))
                   : Cell());
  row.cells.push_back(s.any_wallet ? optional_cell(Ratio::of(s.revenue_12m, s.wallet)) : Cell());
  row.cells.push_back(s.any_wallet ? Cell(s.headroom) : Cell());
  row.cells.push_back(s.findings);
  return row;
}

} // namespace

Table summary_table(const std::vector<SummaryRow>& rows, const SummaryRow& total,
                    const std::string& period_name) {
  Table t;
  t.title = "summary (" + period_name + ")";
  t.columns = {{"manager", CellKind::text},
               {"currency", CellKind::text},
               {"revenue", CellKind::amount},
               {"prev_revenue", CellKind::amount},
               {"growth", CellKind::ratio},
               {"status", CellKind::status},
               {"nrr", CellKind::ratio},
               {"grr", CellKind::ratio},
               {"new_revenue", CellKind::amount},
               {"lost_revenue", CellKind::amount},
               {"top_client_share", CellKind::ratio},
               {"hhi", CellKind::ratio},
               {"margin", CellKind::ratio},
               {"share", CellKind::ratio},
               {"headroom", CellKind::amount},
               {"findings", CellKind::count}};
  for (const SummaryRow& r : rows)
    t.rows.push_back(summary_cells(r, false));
  t.rows.push_back(summary_cells(total, true));
  t.notes.push_back("TOTAL growth judged against the team target " + to_percent(total.target) +
                    "; nrr/grr over clients with revenue in the comparison period");
  return t;
}

} // namespace acctmgr
