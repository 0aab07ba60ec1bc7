#include "reports/pipeline.hpp"

#include "model/period.hpp"
#include "reports/at_stake.hpp"
#include "reports/client_state.hpp"
#include "reports/conversion.hpp"
#include "reports/forecast.hpp"
#include "reports/growth.hpp"
#include "reports/overflow_context.hpp"
#include "reports/share_of_wallet.hpp"
#include "reports/trend.hpp"
#include "reports/wording.hpp"

#include <fmt/format.h>
#include <string>

namespace acctmgr {
namespace {

/// Sums kept exact until the row is complete, so that each amount is rounded once.
struct ExactSums {
  Ratio weighted_in_year;
  Ratio weighted_12m;
  std::map<OpportunityKind, Ratio> by_kind;
};

void add_open(ClientPipeline& row, ExactSums& sums, const Opportunity& o, Month as_of, Month last) {
  row.has_open = true;
  row.open_value += o.value;
  if (o.close <= as_of) {
    row.overdue.push_back(&o);
    return;
  }
  ++row.figures.open;
  // The loader requires a probability while open; none would add nothing anyway.
  const Ratio weighted = to_ratio(o.value) * o.probability.value_or(Ratio());
  // The revenue starts after the close month: a close in F adds nothing this year.
  if (o.close <= last)
    sums.weighted_in_year = sums.weighted_in_year + weighted * Ratio(last - o.close, 12);
  if (o.close <= as_of + 12) {
    ++row.next_12m;
    sums.weighted_12m = sums.weighted_12m + weighted;
    sums.by_kind[o.kind] = sums.by_kind[o.kind] + weighted;
  }
}

ClientPipeline client_pipeline(const Client& c, const Portfolio& p, const ClientForecast* f) {
  const FiscalCalendar calendar = p.settings.calendar();
  const int year = calendar.year_of(p.as_of);
  ClientPipeline row;
  row.client = &c;
  // Not listed by forecast: no actual, forecast or previous-year revenue, so a gap of 0, or
  // empty as forecast's would be when a month of the previous year is unknown. An empty gap is
  // no gap (SPEC 4, 12).
  if (f)
    row.figures.gap = f->gap;
  else if (holds_previous_year(c, p.settings, p.as_of))
    row.figures.gap = Money();
  const Ratio own_gap = f ? f->own_gap.value_or(Ratio()) : Ratio();
  const Ratio rate = client_rate(p, c, year);
  row.target = f ? f->target : client_growth_target(c, p.settings, p.as_of);
  ExactSums sums;
  Money won_in_year;
  for (const Opportunity& o : c.opportunities) {
    if (o.status == OpportunityStatus::won && calendar.year_of(o.close) == year)
      won_in_year += o.value;
    if (o.is_open()) add_open(row, sums, o, p.as_of, calendar.months(year).last);
  }
  // Each sum exact in the client's currency, then converted and rounded once (SPEC 8.2, 9).
  row.figures.won_in_year = convert(won_in_year, rate);
  row.figures.weighted_in_year = to_money(sums.weighted_in_year * rate);
  row.figures.weighted_12m = to_money(sums.weighted_12m * rate);
  for (const auto& kind : kOpportunityKinds)
    row.figures.by_kind[kind.value] = to_money(sums.by_kind[kind.value] * rate);
  // Exact, before rounding (SPEC 12), in the client's own currency (SPEC 9).
  // (Both gaps are zero together but for a sub-cent rounding edge: then the converted one.)
  if (row.figures.gap && !row.figures.gap->is_zero())
    row.figures.coverage = own_gap > Ratio()
                               ? sums.weighted_in_year / own_gap
                               : sums.weighted_in_year * rate / to_ratio(*row.figures.gap);
  return row;
}

PipelineFigures total_of(const std::vector<ClientPipeline>& rows) {
  PipelineFigures t;
  Money gap; // an empty gap adds 0
  for (const ClientPipeline& row : rows) {
    const PipelineFigures& r = row.figures;
    gap += r.gap.value_or(Money());
    t.open += r.open;
    t.weighted_in_year += r.weighted_in_year;
    t.weighted_12m += r.weighted_12m;
    for (const auto& kind : kOpportunityKinds)
      t.by_kind[kind.value] += r.by_kind.at(kind.value);
    t.won_in_year += r.won_in_year;
  }
  t.gap = gap;
  t.coverage = Ratio::of(t.weighted_in_year, gap);
  return t;
}

} // namespace

PipelineReport pipeline_report(const Portfolio& p) {
  return pipeline_report(p, forecast_report(p, p.as_of));
}

PipelineReport pipeline_report(const Portfolio& p, const ForecastReport& forecast) {
  const int year = p.settings.calendar().year_of(p.as_of);
  PipelineReport report{&p, p.as_of, year, {}, {}};
  // At most a row a client: sized once, where doubling would hold up to three times that.
  report.clients.reserve(p.clients.size());
  std::map<const Client*, const ClientForecast*> forecast_of;
  for (const ClientForecast& f : forecast.clients)
    forecast_of[f.client] = &f;
  for (const Client& c : p.clients) {
    const auto where = overflow_context(p, c);
    const auto f = forecast_of.find(&c);
    ClientPipeline row = client_pipeline(c, p, f == forecast_of.end() ? nullptr : f->second);
    // An empty gap is no gap: such a client is listed only for an open opportunity.
    if (row.has_open || row.figures.gap.value_or(Money()) > Money())
      report.clients.push_back(std::move(row));
  }
  const auto where = overflow_context(p);
  report.total = total_of(report.clients);
  return report;
}

namespace {

void add_pipeline_row(Table& t, const std::string& manager, const std::string& client,
                      const std::string& name, const PipelineFigures& r, RowKind kind,
                      std::vector<Money> trend = {}) {
  std::vector<NamedCell> cells{{"manager", manager},
                               {"client", client},
                               {"name", name},
                               {"gap", optional_cell(r.gap)},
                               {"open", r.open},
                               {"weighted_in_year", r.weighted_in_year},
                               {"coverage", optional_cell(r.coverage)},
                               {"weighted_12m", r.weighted_12m},
                               {"won_in_year", r.won_in_year}};
  for (const auto& term : kOpportunityKinds)
    cells.push_back({term.name, r.by_kind.at(term.value)});
  t.add_row(std::move(cells), kind, std::move(trend));
}

} // namespace

Table pipeline_table(const std::vector<PipelineReport>& reports) {
  std::vector<Column> columns{
      column("manager", CellKind::text),   column("client", CellKind::text),
      column("name", CellKind::text),      column("gap", CellKind::amount),
      column("open", CellKind::count),     column("weighted_in_year", CellKind::amount),
      column("coverage", CellKind::ratio), column("weighted_12m", CellKind::amount)};
  for (const auto& kind : kOpportunityKinds)
    columns.push_back(column(kind.name, CellKind::amount));
  columns.push_back(column("won_in_year", CellKind::amount));
  Table t("pipeline", std::move(columns));
  t.show_trend_after("name");
  for (const PipelineReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    const FiscalCalendar calendar = p.settings.calendar();
    const MonthRange year = calendar.months(r.fiscal_year);
    const Month last = year.last;
    t.add_note(
        {quoted(p.manager), said(": fiscal year "), count(r.fiscal_year), said(" ("), months(year),
         said("), as of "), month(r.as_of), said("; open = closing after "), month(r.as_of),
         said("; weighted_in_year = value × probability × months from the close to "), month(last),
         said(" / 12; weighted_12m and by kind = value × probability, closing by "),
         month(r.as_of + 12), said("; gap as in forecast ("), quoted(reporting_currency(p)),
         said(")")});
    add_rates_note(t, p, r.fiscal_year);
  }
  for (const PipelineReport& r : reports) {
    const std::string& manager = r.portfolio->manager;
    for (const ClientPipeline& c : r.clients)
      add_pipeline_row(t, manager, c.client->id, c.client->name, c.figures, RowKind::detail,
                       revenue_trend(*c.client, r.as_of));
    add_pipeline_row(t, manager, "TOTAL", "", r.total, RowKind::total);
  }
  return t;
}

Document pipeline_document(const ReportInput& in) {
  std::vector<PipelineReport> reports;
  for (const PortfolioPeriod& pp : in.portfolios)
    reports.push_back(pipeline_report(*pp.portfolio));
  Document d{{}, context_of(in, as_of_year), {}};
  d.sections.push_back({"pipeline", pipeline_table(reports), false});
  return d;
}

namespace {

void stale_findings(FindingCollector& f, const ClientPipeline& c, Month as_of, const Ratio& rate) {
  for (const Opportunity* o : c.overdue)
    // at_stake: what the opportunity is worth weighted, value × probability formed exactly in
    // the client's currency and converted once (SPEC 12).
    f.add(c.client, Code::stale_opportunity, Severity::warning,
          stake(to_ratio(o->value) * o->probability.value_or(Ratio()) * rate),
          fmt::format("opportunity {} ({}, {} at {}) was to close in {} and is still open at {}: "
                      "mark it won or lost, or move the date",
                      o->id, to_string(o->kind), convert(o->value, rate),
                      o->probability.value_or(Ratio()), o->close, as_of),
          o->id);
}

/// Judged in the client's own currency; the message quotes the amounts as reports show them.
void wallet_finding(FindingCollector& f, const ClientPipeline& c, const Settings& s, Month as_of,
                    const Ratio& rate) {
  const ShareOfWallet own = share_of_wallet(*c.client, s, as_of);
  if (!c.has_open || !own.headroom || c.open_value <= *own.headroom) return;
  const ShareOfWallet w = converted(own, rate);
  // at_stake: the part of the plan the client does not spend, from the amounts the message
  // quotes (the open value, one sum converted once; the headroom from the converted wallet
  // and revenue, as the share report forms it).
  const Money open_value = convert(c.open_value, rate);
  f.add(c.client, Code::pipeline_over_wallet, open_value - *w.headroom,
        fmt::format("open opportunities worth {} exceed the headroom {} of fiscal year {} "
                    "(wallet {}, revenue {} in {}): the plan needs money the client does not "
                    "spend",
                    open_value, *w.headroom, s.calendar().year_of(as_of), *w.wallet, w.revenue_12m,
                    window_ending(as_of, 12)));
}

} // namespace

void pipeline_findings(FindingCollector& f, const PipelineReport& r) {
  const Portfolio& p = *r.portfolio;
  for (const ClientPipeline& c : r.clients) {
    const PipelineFigures& x = c.figures;
    // The row's gap cell, which NO_PIPELINE and PIPELINE_SHORT read and put at stake (SPEC
    // 12): an empty gap is no gap, and a gap of 0 raises neither.
    const Money gap = x.gap.value_or(Money());
    if (gap > Money() && c.next_12m == 0 && is_active_at(*c.client, r.as_of))
      f.add(c.client, Code::no_pipeline, gap,
            fmt::format("gap {} to the {} growth target of fiscal year {}, and no open "
                        "opportunity closing in {}",
                        gap, c.target, r.fiscal_year, months_after(r.as_of, 12)));
    // The figures as the report prints them, so that the message never reads "3,400.00 of
    // the gap 3,400.00"; the coverage it quotes is the row's exact one. at_stake: the part of
    // the gap the weighted pipeline does not cover, from the two cells.
    if (c.has_open && x.weighted_in_year < gap)
      f.add(
          c.client, Code::pipeline_short, gap - x.weighted_in_year,
          fmt::format("open opportunities weighted for fiscal year {} come to {}: {} of the gap {}",
                      r.fiscal_year, x.weighted_in_year, percent_vs(*x.coverage, Ratio::integer(1)),
                      gap));
    const Ratio rate = client_rate(p, *c.client, r.fiscal_year);
    stale_findings(f, c, r.as_of, rate);
    wallet_finding(f, c, p.settings, r.as_of, rate);
  }
}

} // namespace acctmgr
