#include "reports/review.hpp"

#include "reports/bonus.hpp"
#include "reports/conversion.hpp"
#include "reports/findings.hpp"
#include "reports/forecast.hpp"
#include "reports/growth.hpp"
#include "reports/margin.hpp"
#include "reports/overflow_context.hpp"
#include "reports/pipeline.hpp"
#include "reports/share_of_wallet.hpp"
#include "reports/summary.hpp"
#include "reports/trend.hpp"

#include <fmt/format.h>
#include <iterator>
#include <memory>
#include <unordered_map>

namespace acctmgr {

namespace {

/// A client's row of the review, figured when the review is made: what could overflow is
/// computed then, never while the table is printed.
struct ClientLine {
  const Client* client = nullptr;
  Money revenue;
  std::optional<Ratio> growth;
  std::optional<GrowthStatus> status;
  std::optional<Ratio> share;
  std::optional<ShareBand> band;
  std::optional<Ratio> margin;
  std::optional<Money> projected;
  std::optional<Ratio> coverage;
  std::int64_t findings = 0;
};

/// One portfolio's rows of the review's clients table.
struct PortfolioLines {
  const Portfolio* portfolio = nullptr;
  Month end;
  std::vector<ClientLine> clients;
};

/// Each client's projected revenue, by its place in the portfolio (none: not in the forecast).
std::vector<std::optional<Money>> projected_of(const ForecastReport& forecast) {
  const std::vector<Client>& clients = forecast.portfolio->clients;
  std::vector<std::optional<Money>> out(clients.size());
  for (const ClientForecast& f : forecast.clients)
    out[static_cast<std::size_t>(f.client - clients.data())] = f.projected;
  return out;
}

/// Each client's warnings and errors, by its place in the portfolio.
std::vector<std::int64_t> finding_counts(const Portfolio& p, const std::vector<Finding>& findings) {
  std::unordered_map<std::string_view, std::int64_t> per_client;
  for (const Finding& f : findings)
    if (!f.client.empty() && f.severity != Severity::info) ++per_client[f.client];
  std::vector<std::int64_t> out(p.clients.size());
  for (std::size_t i = 0; i < p.clients.size(); ++i)
    if (const auto found = per_client.find(p.clients[i].id); found != per_client.end())
      out[i] = found->second;
  return out;
}

/// The rows of one portfolio: its growth report's clients, in its order.
PortfolioLines lines_of(const GrowthReport& growth, const std::vector<std::int64_t>& findings,
                        const std::vector<std::optional<Money>>& projected,
                        const PipelineReport& pipeline) {
  const Portfolio& p = *growth.portfolio;
  const Month end = growth.period.end();
  PortfolioLines out{&p, end, {}};
  out.clients.reserve(growth.clients.size());
  // Both reports list their clients in file order: one walk finds each one's pipeline.
  auto cp = pipeline.clients.begin();
  for (const ClientGrowth& g : growth.clients) {
    const Client& c = *g.client;
    const auto place = static_cast<std::size_t>(&c - p.clients.data());
    while (cp != pipeline.clients.end() && cp->client < &c)
      ++cp;
    const ShareOfWallet w = share_of_wallet(c, p.settings, end);
    out.clients.push_back(
        {&c, g.figures.revenue, g.figures.growth, g.figures.status, w.share, w.band,
         period_margin(c, growth.period.months).margin, projected[place],
         cp != pipeline.clients.end() && cp->client == &c ? cp->figures.coverage : std::nullopt,
         findings[place]});
  }
  return out;
}

/// The review's per-client table, one row per client of each growth report:
/// manager,client,name,revenue,growth,status,share,band,margin,projected,coverage,findings
/// (projected = actuals plus forecast of the fiscal year of as_of; coverage = the pipeline
/// report's weighted_in_year / gap, empty without a gap; findings = warnings and errors about
/// that client). The rows are made from `lines` and the portfolios each time the table is
/// read: the portfolios must outlive it.
Table clients_table(std::vector<PortfolioLines> lines, const std::string& period_name) {
  Table t("clients (" + period_name + ")",
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("name", CellKind::text), column("revenue", CellKind::amount),
           column("growth", CellKind::ratio), column("status", CellKind::status),
           column("share", CellKind::ratio), column("band", CellKind::status),
           column("margin", CellKind::ratio), column("projected", CellKind::amount),
           column("coverage", CellKind::ratio), column("findings", CellKind::count)});
  t.show_trend_after("name");
  for (const PortfolioLines& pl : lines) {
    const Portfolio& p = *pl.portfolio;
    add_rates_note(t, p, p.settings.calendar().year_of(pl.end));
  }
  t.make_rows_with([lines = std::make_shared<const std::vector<PortfolioLines>>(
                        std::move(lines))](RowSink& rows) {
    for (const PortfolioLines& pl : *lines)
      for (const ClientLine& l : pl.clients)
        rows.add_row({{"manager", pl.portfolio->manager},
                      {"client", l.client->id},
                      {"name", l.client->name},
                      {"revenue", l.revenue},
                      {"growth", optional_cell(l.growth)},
                      {"status", keyword_cell(l.status)},
                      {"share", optional_cell(l.share)},
                      {"band", keyword_cell(l.band)},
                      {"margin", optional_cell(l.margin)},
                      {"projected", optional_cell(l.projected)},
                      {"coverage", optional_cell(l.coverage)},
                      {"findings", l.findings}},
                     RowKind::detail, revenue_trend(*l.client, pl.end));
  });
  return t;
}

} // namespace

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
  // Each portfolio's reports are made once and kept only as long as needed. The findings
  // come first and are merged into one list (held twice only then) before the forecast and
  // pipeline are made; each growth report is kept until its rows of the clients table are
  // figured. A big team's review holds its model and little more.
  std::vector<SummaryRow> rows;
  std::vector<GrowthReport> growths;
  std::vector<std::vector<std::int64_t>> counts;
  FindingLists found(in.portfolios.size());
  std::vector<Finding> silenced;
  for (const PortfolioPeriod& pp : in.portfolios) {
    GrowthReport growth = growth_report(*pp.portfolio, pp.period);
    FindingSet set = findings(*pp.portfolio, pp.period);
    silenced.insert(silenced.end(), std::make_move_iterator(set.silenced.begin()),
                    std::make_move_iterator(set.silenced.end()));
    rows.push_back(summarize(growth, set.active));
    counts.push_back(finding_counts(*pp.portfolio, set.active));
    found.add(std::move(set.active));
    growths.push_back(std::move(growth));
  }
  std::vector<Finding> all = found.merged();

  std::vector<PortfolioLines> lines;
  std::vector<PipelineReport> pipelines;
  for (std::size_t i = 0; i < in.portfolios.size(); ++i) {
    const Portfolio& p = *in.portfolios[i].portfolio;
    std::vector<std::optional<Money>> projected;
    PipelineReport pipeline = [&] {
      const ForecastReport forecast = forecast_report(p, p.as_of);
      projected = projected_of(forecast);
      return pipeline_report(p, forecast);
    }();
    lines.push_back(lines_of(growths[i], counts[i], projected, pipeline));
    growths[i] = {};
    pipelines.push_back(std::move(pipeline));
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
  d.sections.push_back({"clients", clients_table(std::move(lines), d.context.period), false});
  d.sections.push_back({"pipeline", pipeline_table(std::move(pipelines)), false});
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
