#include "reports/summary.hpp"

#include "reports/conversion.hpp"
#include "reports/findings.hpp"
#include "reports/growth.hpp"
#include "reports/margin.hpp"
#include "reports/overflow_context.hpp"
#include "reports/share.hpp"

#include <algorithm>

namespace acctmgr {

SummarySums& SummarySums::operator+=(const SummarySums& o) {
  revenue += o.revenue;
  comparable_revenue += o.comparable_revenue;
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
  findings = checked_add(findings, o.findings);
  return *this;
}

SummaryRow summarize(const PortfolioReports& reports, const std::vector<Finding>& findings) {
  const GrowthReport& growth = reports.growth;
  const Portfolio& p = *growth.portfolio;
  const auto total = overflow_context(p);
  SummaryRow row{p.manager, reporting_currency(p), {}, p.settings.growth_target, growth.period};
  SummarySums& s = row.sums;
  s.findings = std::count_if(findings.begin(), findings.end(),
                             [](const Finding& f) { return f.severity != Severity::info; });
  // The growth report lists every client with revenue in the period (or in the comparison
  // period): its revenue is the whole book, its comparable clients make the growth figures.
  for (const ClientGrowth& cg : growth.clients) {
    const auto where = overflow_context(p, *cg.client);
    const Growth& g = cg.figures;
    s.revenue += g.revenue;
    s.top_client = std::max(s.top_client, g.revenue);
    s.squares = checked_add(s.squares, checked_mul<Int128>(g.revenue.cents(), g.revenue.cents()));
    if (!is_comparable(g)) continue;
    s.comparable_revenue += g.revenue;
    s.prev_revenue += g.prev_revenue;
    if (g.prev_revenue > Money()) {
      s.cohort_revenue += g.revenue;
      s.cohort_prev += g.prev_revenue;
      s.cohort_retained += std::min(g.revenue, g.prev_revenue);
    }
    if (g.status == GrowthStatus::new_client) s.new_revenue += g.revenue;
    if (g.status == GrowthStatus::lost) s.lost_revenue += g.prev_revenue;
  }
  // The margin report lists the clients with revenue in the period, converted as the growth
  // report's: margin_revenue / revenue is the share of the book the margin is read off.
  for (const ClientMargin& m : reports.margin.clients) {
    const auto where = overflow_context(p, *m.client);
    if (!m.now.margin) continue;
    s.margin_revenue += m.now.revenue;
    s.margin_cost += m.now.cost;
  }
  // The share report leaves lost clients out: their budget is not headroom in the book.
  for (const ClientShare& c : reports.share.clients) {
    const auto where = overflow_context(p, *c.client);
    const ShareOfWallet& w = c.figures;
    if (!w.wallet) continue;
    s.revenue_12m += w.revenue_12m;
    s.wallet += *w.wallet;
    s.headroom += *w.headroom;
    s.any_wallet = true;
  }
  return row;
}

SummaryRow team_total(const std::vector<SummaryRow>& rows, const Ratio& team_target) {
  const OverflowContext where("", "", "");
  SummaryRow total{"TOTAL", rows.empty() ? "" : rows.front().currency, {}, team_target, {}};
  if (!rows.empty()) total.period = rows.front().period;
  for (const SummaryRow& r : rows)
    if (!r.period || !total.period || r.period->months != total.period->months)
      total.period.reset();
  if (!total.period) { // different calendar months: adding them would mislead
    for (const SummaryRow& r : rows)
      total.sums.findings = checked_add(total.sums.findings, r.sums.findings);
    return total;
  }
  for (const SummaryRow& r : rows)
    total.sums += r.sums;
  return total;
}

namespace {

/// Why the team TOTAL is empty: each manager's months, and what to ask for instead.
Text differing_periods_note(const std::vector<SummaryRow>& rows) {
  Text note{said("TOTAL left empty: the managers' periods cover different months (")};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i > 0) note.push_back(said(", "));
    note.push_back(quoted(rows[i].manager));
    note.push_back(said(" "));
    note.push_back(months(rows[i].period->months));
  }
  note.push_back(said("); use -p ttm or a month range such as "));
  note.push_back(months(window_ending(rows.front().period->end(), 12)));
  return note;
}

void add_summary_row(Table& t, const SummaryRow& r, RowKind kind) {
  const SummarySums& s = r.sums;
  if (!r.period) {
    std::vector<NamedCell> cells;
    for (const Column& c : t.columns())
      cells.push_back({c.name, Cell()});
    cells.front().value = r.manager;
    cells[1].value = r.currency;
    cells.back().value = s.findings;
    t.add_row(std::move(cells), kind);
    return;
  }
  const Growth g = judge_growth(s.comparable_revenue, s.prev_revenue, r.target);
  const Int128 revenue = s.revenue.cents();
  // margin is empty when no client's margin is defined (coverage 0); margin_coverage only when
  // the book has no revenue at all.
  const auto margin = Ratio::of(s.margin_revenue - s.margin_cost, s.margin_revenue);
  t.add_row({{"manager", r.manager},
             {"currency", r.currency},
             {"from", r.period->months.first},
             {"to", r.period->months.last},
             {"revenue", s.revenue},
             {"comparable_revenue", s.comparable_revenue},
             {"prev_revenue", s.prev_revenue},
             {"growth", optional_cell(g.growth)},
             {"status", keyword_cell(g.status)},
             {"nrr", optional_cell(Ratio::of(s.cohort_revenue, s.cohort_prev))},
             {"grr", optional_cell(Ratio::of(s.cohort_retained, s.cohort_prev))},
             {"new_revenue", s.new_revenue},
             {"lost_revenue", s.lost_revenue},
             {"top_client_share", optional_cell(Ratio::of(s.top_client, s.revenue))},
             {"hhi", revenue == 0 ? Cell() : Cell(Ratio(s.squares, checked_mul(revenue, revenue)))},
             {"margin", optional_cell(margin)},
             {"margin_coverage", optional_cell(Ratio::of(s.margin_revenue, s.revenue))},
             {"share", s.any_wallet ? optional_cell(Ratio::of(s.revenue_12m, s.wallet)) : Cell()},
             {"headroom", s.any_wallet ? Cell(s.headroom) : Cell()},
             {"findings", s.findings}},
            kind);
}

} // namespace

Table summary_table(const std::vector<SummaryRow>& rows, const SummaryRow& total,
                    const std::string& period_name) {
  std::vector<Column> columns{column("manager", CellKind::text),
                              column("currency", CellKind::text),
                              column("from", CellKind::month),
                              column("to", CellKind::month),
                              column("revenue", CellKind::amount),
                              column("comparable_revenue", CellKind::amount),
                              column("prev_revenue", CellKind::amount),
                              column("growth", CellKind::ratio),
                              column("status", CellKind::status),
                              column("nrr", CellKind::ratio),
                              column("grr", CellKind::ratio),
                              column("new_revenue", CellKind::amount),
                              column("lost_revenue", CellKind::amount),
                              column("top_client_share", CellKind::ratio),
                              column("hhi", CellKind::ratio),
                              column("margin", CellKind::ratio),
                              column("margin_coverage", CellKind::ratio),
                              column("share", CellKind::ratio),
                              column("headroom", CellKind::amount),
                              column("findings", CellKind::count)};
  Table t("summary (" + period_name + ")", std::move(columns));
  for (const SummaryRow& r : rows)
    add_summary_row(t, r, RowKind::detail);
  add_summary_row(t, total, RowKind::total);
  t.add_note({said("TOTAL growth judged against the team target "), percent(total.target),
              said("; growth over the comparable clients (comparable_revenue), nrr/grr over "
                   "those with revenue in the comparison period; margin over the clients whose "
                   "margin is defined (margin_coverage: their share of revenue)")});
  if (!total.period && !rows.empty()) t.add_note(differing_periods_note(rows));
  return t;
}

Table summary_table(const ReportInput& in, const std::vector<SummaryRow>& rows) {
  return summary_table(rows, team_total(rows, in.settings.growth_target), to_string(in.spec));
}

Document summary_document(const ReportInput& in) {
  std::vector<SummaryRow> rows;
  for (const PortfolioPeriod& pp : in.portfolios) {
    const PortfolioReports reports = portfolio_reports(*pp.portfolio, pp.period);
    rows.push_back(summarize(reports, findings(*pp.portfolio, pp.period, reports).active));
  }
  return table_document(in, "summary", summary_table(in, rows));
}

} // namespace acctmgr
