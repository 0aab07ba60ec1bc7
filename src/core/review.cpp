#include "core/review.hpp"

#include "core/bonus.hpp"
#include "core/conversion.hpp"
#include "core/findings.hpp"
#include "core/forecast.hpp"
#include "core/growth.hpp"
#include "core/margin.hpp"
#include "core/overflow_context.hpp"
#include "core/pipeline.hpp"
#include "core/share_of_wallet.hpp"
#include "core/summary.hpp"
#include "core/trend.hpp"

#include <fmt/format.h>
#include <iterator>
#include <unordered_map>

namespace acctmgr {

Table review_clients_table(const std::vector<ReviewInput>& inputs, const std::string& period_name) {
  Table t("clients (" + period_name + ")",
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("name", CellKind::text), column("revenue", CellKind::amount),
           column("growth", CellKind::ratio), column("status", CellKind::status),
           column("share", CellKind::ratio), column("band", CellKind::status),
           column("margin", CellKind::ratio), column("projected", CellKind::amount),
           column("coverage", CellKind::ratio), column("findings", CellKind::count)});
  t.show_trend_after("name");
  for (const ReviewInput& in : inputs) {
    const Portfolio& p = *in.growth.portfolio;
    const Period& period = in.growth.period;
    std::unordered_map<std::string_view, std::int64_t> per_client;
    for (const Finding& f : in.findings)
      if (!f.client.empty() && f.severity != Severity::info) ++per_client[f.client];
    std::unordered_map<const Client*, Money> projected;
    for (const ClientForecast& f : in.forecast.clients)
      projected[f.client] = f.projected;
    std::unordered_map<const Client*, std::optional<Ratio>> coverage;
    for (const ClientPipeline& cp : in.pipeline.clients)
      coverage[cp.client] = cp.figures.coverage;

    for (const ClientGrowth& g : in.growth.clients) {
      const Client& c = *g.client;
      const ShareOfWallet w = share_of_wallet(c, p.settings, period.end());
      const auto found = projected.find(&c);
      t.add_row({{"manager", p.manager},
                 {"client", c.id},
                 {"name", c.name},
                 {"revenue", g.figures.revenue},
                 {"growth", optional_cell(g.figures.growth)},
                 {"status", keyword_cell(g.figures.status)},
                 {"share", optional_cell(w.share)},
                 {"band", keyword_cell(w.band)},
                 {"margin", optional_cell(period_margin(c, period.months).margin)},
                 {"projected", found != projected.end() ? Cell(found->second) : Cell()},
                 {"coverage", optional_cell(coverage[&c])},
                 {"findings", per_client[c.id]}},
                RowKind::detail, revenue_trend(c, period.end()));
    }
    add_rates_note(t, p, p.settings.calendar().year_of(period.end()));
  }
  return t;
}

std::vector<Series> revenue_series(const Portfolio& p, Month e) {
  const auto where = overflow_context(p);
  const MonthRange now = window_ending(e, 12), before = now.shifted(-12);
  const int year = p.settings.calendar().year_of(e);
  Series current{p.manager, "revenue", now.first, {}},
      earlier{p.manager, "a year earlier", before.first, {}};
  for (int i = 0; i < now.size(); ++i) {
    Money a, b;
    for (const Client& c : p.clients) {
      // A month's revenue of a client is its own sum: converted once (SPEC section 9).
      const Ratio rate = client_rate(p, c, year);
      a += convert(c.revenue.get(now.first + i).value_or(Money()), rate);
      b += convert(c.revenue.get(before.first + i).value_or(Money()), rate);
    }
    current.values.push_back(a);
    earlier.values.push_back(b);
  }
  return {std::move(current), std::move(earlier)};
}

namespace {

/// The bonus section: every portfolio that can be paid under a plan; the others are named in
/// a note instead (the SPEC: review leaves the bonus out rather than failing). JSON has no
/// notes, so `missing` gets a row per portfolio left out, with the same reason.
Table bonus_section(const ReportInput& in, Table& missing) {
  std::vector<BonusResult> results;
  std::vector<Text> notes;
  for (const PortfolioPeriod& pp : in.portfolios) {
    const Portfolio& p = *pp.portfolio;
    const int year = default_bonus_year(p);
    const std::vector<std::string> problems = bonus_problems(p, year);
    if (problems.empty()) {
      results.push_back(bonus(p, year, Basis::projected));
      continue;
    }
    std::string why;
    for (const std::string& problem : problems)
      why += (why.empty() ? "" : "; ") + problem;
    notes.push_back({quoted(p.manager), said(": no bonus shown ("), said(why), said(")")});
    missing.add_row({{"manager", p.manager}, {"reason", why}});
  }
  Table t = bonus_table(results);
  for (Text& note : notes)
    t.add_note(std::move(note));
  return t;
}

/// Every finding an ignore entry silenced, with the entry's reason and until: what the team
/// agreed to stop hearing about, and until when (SPEC 8.4).
Table silenced_table(const std::vector<Finding>& silenced) {
  Table t("silenced", {column("manager", CellKind::text), column("client", CellKind::text),
                       column("code", CellKind::status), column("severity", CellKind::status),
                       column("until", CellKind::month), column("reason", CellKind::text),
                       column("message", CellKind::text)});
  for (const Finding& f : silenced)
    t.add_row({{"manager", f.manager},
               {"client", f.client},
               {"code", std::string(to_string(f.code))},
               {"severity", std::string(to_string(f.severity))},
               {"until", optional_cell(f.silenced->until)},
               {"reason", f.silenced->reason},
               {"message", f.message}});
  return t;
}

std::string review_title(const Context& c) {
  std::vector<std::string> as_of;
  for (Month m : c.as_of)
    as_of.push_back(to_string(m));
  return fmt::format("Monthly review, {}, as of {} ({})", c.period, fmt::join(as_of, ", "),
                     c.currency);
}

} // namespace

Document review_document(const ReportInput& in) {
  std::vector<ReviewInput> inputs;
  std::vector<SummaryRow> rows;
  std::vector<Finding> silenced;
  for (const PortfolioPeriod& pp : in.portfolios) {
    GrowthReport growth = growth_report(*pp.portfolio, pp.period);
    FindingSet set = findings(*pp.portfolio, pp.period);
    std::vector<Finding> found = std::move(set.active);
    silenced.insert(silenced.end(), std::make_move_iterator(set.silenced.begin()),
                    std::make_move_iterator(set.silenced.end()));
    rows.push_back(summarize(growth, found));
    ForecastReport forecast = forecast_report(*pp.portfolio, pp.portfolio->as_of);
    PipelineReport pipeline = pipeline_report(*pp.portfolio, forecast);
    inputs.push_back(
        {std::move(growth), std::move(found), std::move(forecast), std::move(pipeline)});
  }
  sort_findings(silenced);
  Table bonus_missing("bonus not shown",
                      {column("manager", CellKind::text), column("reason", CellKind::text)});
  Table bonus = bonus_section(in, bonus_missing);

  Document d{{}, context_of(in), {}};
  // The projected column converts at as_of's rates, the bonus at Y's.
  for (const PortfolioPeriod& pp : in.portfolios) {
    add_rates(d.context, rates_used(*pp.portfolio, as_of_year(pp)));
    const int year = default_bonus_year(*pp.portfolio);
    if (bonus_problems(*pp.portfolio, year).empty())
      add_rates(d.context, rates_used(*pp.portfolio, year, true));
  }
  d.title = review_title(d.context);
  d.sections.push_back({"summary", summary_table(in, rows), false});
  d.sections.push_back({"clients", review_clients_table(inputs, d.context.period), false});
  // The rest needs only the pipelines and findings: moved out, not copied, and the reports
  // freed (a big team's review holds its model and reports at once, not twice).
  std::vector<PipelineReport> pipelines;
  std::size_t count = 0;
  for (const ReviewInput& r : inputs)
    count += r.findings.size();
  // The first portfolio's findings become the list (one big portfolio: no copy at all), sized
  // once for the others, each freed as soon as it is moved over.
  std::vector<Finding> all =
      inputs.empty() ? std::vector<Finding>() : std::move(inputs.front().findings);
  all.reserve(count);
  pipelines.reserve(inputs.size());
  for (ReviewInput& r : inputs) {
    pipelines.push_back(std::move(r.pipeline));
    all.insert(all.end(), std::make_move_iterator(r.findings.begin()),
               std::make_move_iterator(r.findings.end()));
    std::vector<Finding>().swap(r.findings);
  }
  inputs.clear();
  sort_findings(all);
  d.sections.push_back({"pipeline", pipeline_table(pipelines), false});
  d.sections.push_back({"findings", FindingList{std::move(all), false}, false});
  d.sections.push_back({"bonus", std::move(bonus), false});
  d.sections.push_back({"bonus_missing", std::move(bonus_missing), true});
  for (const PortfolioPeriod& pp : in.portfolios)
    for (Series& s : revenue_series(*pp.portfolio, pp.period.end()))
      d.sections.push_back({"revenue", std::move(s), false});
  d.sections.push_back({"silenced", silenced_table(silenced), false});
  return d;
}

} // namespace acctmgr
