#include "reports/review_parts.hpp"

#include "reports/bonus.hpp"
#include "reports/conversion.hpp"
#include "reports/findings.hpp"
#include "reports/forecast.hpp"
#include "reports/growth.hpp"
#include "reports/margin.hpp"
#include "reports/share_of_wallet.hpp"
#include "reports/summary.hpp"
#include "reports/trend.hpp"

#include <fmt/format.h>
#include <iterator>
#include <unordered_map>

namespace acctmgr {

namespace {

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

/// The review's per-client table, without rows yet:
/// manager,client,name,revenue,growth,status,share,band,margin,projected,coverage,findings
/// (projected = actuals plus forecast of the fiscal year of as_of; coverage = the pipeline
/// report's weighted_in_year / gap, empty without a gap; findings = warnings and errors about
/// that client).
Table clients_table(const std::string& period_name) {
  Table t("clients (" + period_name + ")",
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("name", CellKind::text), column("revenue", CellKind::amount),
           column("growth", CellKind::ratio), column("status", CellKind::status),
           column("share", CellKind::ratio), column("band", CellKind::status),
           column("margin", CellKind::ratio), column("projected", CellKind::amount),
           column("coverage", CellKind::ratio), column("findings", CellKind::count)});
  t.show_trend_after("name");
  return t;
}

/// One portfolio's rows of the clients table: its growth report's clients, in file order,
/// with `findings` counted by each client's place in the portfolio.
void add_client_rows(Table& t, const PortfolioReports& r,
                     const std::vector<std::int64_t>& findings) {
  const Portfolio& p = *r.growth.portfolio;
  const Month end = r.growth.period.end();
  const std::vector<std::optional<Money>> projected = projected_of(r.forecast);
  // Both reports list their clients in file order: one walk finds each one's pipeline.
  auto cp = r.pipeline.clients.begin();
  for (const ClientGrowth& g : r.growth.clients) {
    const Client& c = *g.client;
    const auto place = static_cast<std::size_t>(&c - p.clients.data());
    while (cp != r.pipeline.clients.end() && cp->client < &c)
      ++cp;
    const bool in_pipeline = cp != r.pipeline.clients.end() && cp->client == &c;
    const ShareOfWallet w = share_of_wallet(c, p.settings, end);
    t.add_row({{"manager", p.manager},
               {"client", c.id},
               {"name", c.name},
               {"revenue", g.figures.revenue},
               {"growth", optional_cell(g.figures.growth)},
               {"status", keyword_cell(g.figures.status)},
               {"share", optional_cell(w.share)},
               {"band", keyword_cell(w.band)},
               {"margin", optional_cell(period_margin(c, r.growth.period.months).margin)},
               {"projected", optional_cell(projected[place])},
               {"coverage", in_pipeline ? optional_cell(cp->figures.coverage) : Cell()},
               {"findings", findings[place]}},
              RowKind::detail, revenue_trend(c, end));
  }
  add_rates_note(t, p, p.settings.calendar().year_of(end));
}

/// The bonus section: every portfolio that can be paid under a plan, its plan rates added to
/// `context` and its total to `totals` (by portfolio); the others are named in a note instead
/// (the SPEC: review leaves the bonus out rather than failing). JSON has no notes, so
/// `missing` gets a row per portfolio left out, with the same reason.
Table bonus_section(const ReportInput& in, Context& context, Table& missing,
                    std::vector<std::optional<Money>>& totals) {
  std::vector<BonusResult> results;
  std::vector<Text> notes;
  for (const PortfolioPeriod& pp : in.portfolios) {
    const Portfolio& p = *pp.portfolio;
    const int year = default_bonus_year(p);
    const std::vector<std::string> problems = bonus_problems(p, year);
    if (problems.empty()) {
      results.push_back(bonus(p, year, Basis::projected));
      add_rates(context, results.back().rates);
      totals.emplace_back(results.back().total);
      continue;
    }
    totals.emplace_back();
    const std::string why = fmt::format("{}", fmt::join(problems, "; "));
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

ReviewParts review_parts(const ReportInput& in, bool per_portfolio) {
  ReviewParts parts{context_of(in),
                    "",
                    Table("", {}),
                    clients_table(to_string(in.spec)),
                    {},
                    {},
                    Table("", {}),
                    Table("", {}),
                    Table("bonus not shown",
                          {column("manager", CellKind::text), column("reason", CellKind::text)}),
                    {}};
  std::vector<SummaryRow> rows;
  FindingLists found(in.portfolios.size());
  std::vector<Finding> silenced;
  for (const PortfolioPeriod& pp : in.portfolios) {
    PortfolioReports reports = portfolio_reports(*pp.portfolio, pp.period);
    FindingSet set = findings(*pp.portfolio, pp.period, reports);
    silenced.insert(silenced.end(), std::make_move_iterator(set.silenced.begin()),
                    std::make_move_iterator(set.silenced.end()));
    rows.push_back(summarize(reports, set.active));
    const std::vector<std::int64_t> counts = finding_counts(*pp.portfolio, set.active);
    add_client_rows(parts.clients, reports, counts);
    if (per_portfolio) {
      ReviewPortfolio own{clients_table(to_string(in.spec)), reports.pipeline, set.active, {}};
      add_client_rows(own.clients, reports, counts);
      sort_findings(own.ranked);
      rank_by_at_stake(own.ranked);
      parts.portfolios.push_back(std::move(own));
    }
    found.add(std::move(set.active));
    parts.pipelines.push_back(std::move(reports.pipeline));
  }
  sort_findings(silenced);
  parts.silenced = silenced_table(silenced);
  std::vector<std::optional<Money>> totals;
  parts.bonus = bonus_section(in, parts.context, parts.bonus_missing, totals);
  for (std::size_t i = 0; i < parts.portfolios.size(); ++i)
    parts.portfolios[i].bonus = totals[i];
  // The projected column converts at as_of's rates (the bonus at Y's, added above).
  for (const PortfolioPeriod& pp : in.portfolios)
    add_rates(parts.context, rates_used(*pp.portfolio, as_of_year(pp)));
  parts.title = review_title(parts.context);
  parts.summary = summary_table(in, rows);
  // What matters most first: the findings ranked by what they put at stake (SPEC section 5).
  parts.ranked = found.merged();
  rank_by_at_stake(parts.ranked);
  return parts;
}

} // namespace acctmgr
