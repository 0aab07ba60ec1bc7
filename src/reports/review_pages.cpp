#include "reports/findings.hpp"
#include "reports/pipeline.hpp"
#include "reports/review.hpp"
#include "reports/review_parts.hpp"
#include "reports/summary.hpp"

#include <fmt/format.h>

namespace acctmgr {

namespace {

/// The figures a review part opens with, in the summary's words (SPEC section 11).
constexpr std::string_view kFigures[] = {"revenue", "growth",          "status",  "nrr",
                                         "margin",  "margin_coverage", "headroom"};

/// A one-row table of `summary`'s row `row` in the columns kFigures, then `bonus`.
Table figures_table(std::string title, const Table& summary, std::size_t row,
                    std::optional<Money> bonus) {
  std::vector<Column> columns;
  std::vector<NamedCell> cells;
  for (const std::string_view name : kFigures) {
    columns.push_back(summary.columns()[summary.index_of(name)]);
    cells.push_back({name, summary.at(row, name)});
  }
  columns.push_back(column("bonus", CellKind::amount));
  cells.push_back({"bonus", optional_cell(bonus)});
  Table t(std::move(title), std::move(columns));
  t.add_row(std::move(cells));
  return t;
}

/// Whether a summary row's figures are there (a team TOTAL over differing periods has none).
bool has_figures(const Table& summary, std::size_t row) {
  return !std::holds_alternative<std::monostate>(summary.at(row, "revenue"));
}

/// The team TOTAL over the 12 months ending each portfolio's E: the team's figures when the
/// managers' periods differ (a fiscal year starting in April beside January ones), so that the
/// review still opens with them. Its TOTAL row is last.
Table trailing_summary(const ReportInput& in) {
  ReportInput ttm = in;
  ttm.spec = PeriodSpec();
  ttm.spec.kind = PeriodSpec::Kind::ttm;
  std::vector<SummaryRow> rows;
  for (PortfolioPeriod& pp : ttm.portfolios) {
    pp.period = *resolve(ttm.spec, pp.portfolio->settings.calendar(), pp.period.end());
    const PortfolioReports reports = portfolio_reports(*pp.portfolio, pp.period);
    rows.push_back(summarize(reports, findings(*pp.portfolio, pp.period, reports).active));
  }
  return summary_table(ttm, rows);
}

/// The team's figures over the trailing year, for when the managers' periods differ.
Table trailing_figures(const ReportInput& in, std::optional<Money> bonus) {
  const Table ttm = trailing_summary(in);
  const std::size_t last = ttm.rows().size() - 1;
  Table t = figures_table("team figures (ttm)", ttm, last, bonus);
  if (has_figures(ttm, last))
    t.add_note({said("the managers' " + to_string(in.spec) +
                     " periods cover different months: the team's figures are over the 12 "
                     "months ending E (ttm); each manager's below are over the period")});
  else
    t.add_note({said("no team figures: the managers' periods end in different months")});
  return t;
}

/// The team's figures: the summary's TOTAL, or the trailing year's when the managers' periods
/// differ (said in the title), and the bonus total of the managers whose bonus is shown.
Table team_figures(const ReportInput& in, const ReviewParts& parts) {
  Money bonus;
  std::size_t with_bonus = 0;
  for (const ReviewPortfolio& p : parts.portfolios)
    if (p.bonus) {
      bonus += *p.bonus;
      ++with_bonus;
    }
  const std::optional<Money> bonus_cell =
      with_bonus > 0 ? std::optional<Money>(bonus) : std::nullopt;
  const std::size_t total = parts.summary.rows().size() - 1;
  Table t = has_figures(parts.summary, total) || in.portfolios.empty()
                ? figures_table("team figures (" + to_string(in.spec) + ")", parts.summary, total,
                                bonus_cell)
                : trailing_figures(in, bonus_cell);
  if (with_bonus > 0 && with_bonus < parts.portfolios.size())
    t.add_note({said("bonus: the total of "), count(static_cast<std::int64_t>(with_bonus)),
                said(" of "), count(static_cast<std::int64_t>(parts.portfolios.size())),
                said(" managers (see bonus)")});
  return t;
}

/// `t` without its column `name`, every row and note kept.
Table without_column(const Table& t, std::string_view name) {
  std::vector<std::string_view> names;
  for (const Column& c : t.columns())
    if (c.name != name) names.push_back(c.name);
  Table out = t.select(t.title(), names, [](const Table&, std::size_t) { return true; });
  for (const Text& note : t.notes())
    out.add_note(note);
  return out;
}

std::string months_of(const Table& summary, std::size_t row) {
  const Cell& from = summary.at(row, "from");
  const Cell& to = summary.at(row, "to");
  if (!std::holds_alternative<Month>(from) || !std::holds_alternative<Month>(to)) return "";
  const Month a = std::get<Month>(from), b = std::get<Month>(to);
  return a == b ? to_string(a) : to_string(a) + ".." + to_string(b);
}

/// The summary without its currency column when every row is in the run's currency (the
/// title and the context say it once): room for the figures in a 1280 px window.
Table summary_for_pages(const Table& summary, const std::string& currency) {
  for (std::size_t r = 0; r < summary.rows().size(); ++r) {
    const Cell& c = summary.at(r, "currency");
    if (!std::holds_alternative<std::string>(c) || std::get<std::string>(c) != currency)
      return summary;
  }
  return without_column(summary, "currency");
}

} // namespace

Document review_pages_document(const ReportInput& in) {
  ReviewParts parts = review_parts(in, true);
  Document d{parts.title, parts.context, {}};
  Section team{"team", team_figures(in, parts), false, "team", true};
  d.sections.push_back(std::move(team));
  d.sections.push_back({"top_actions", top_actions_table(parts.ranked), false});
  d.sections.push_back({"summary", summary_for_pages(parts.summary, d.context.currency), false});
  for (std::size_t i = 0; i < in.portfolios.size(); ++i) {
    const Portfolio& p = *in.portfolios[i].portfolio;
    ReviewPortfolio& own = parts.portfolios[i];
    const std::string months = months_of(parts.summary, i);
    Section figures{"figures",
                    figures_table("figures (" + to_string(in.spec) +
                                      (months.empty() ? "" : ", " + months) + ")",
                                  parts.summary, i, own.bonus),
                    false, p.manager, true};
    d.sections.push_back(std::move(figures));
    for (Series& s : revenue_series(p, in.portfolios[i].period.end()))
      d.sections.push_back({"revenue", std::move(s), false});
    d.sections.push_back({"clients", without_column(own.clients, "manager"), false});
    d.sections.push_back(
        {"pipeline", without_column(pipeline_table({own.pipeline}), "manager"), false});
    d.sections.push_back({"findings", FindingList{std::move(own.ranked), false}, false});
  }
  Section silenced{"silenced", std::move(parts.silenced), false, "silenced and bonus"};
  d.sections.push_back(std::move(silenced));
  d.sections.push_back({"bonus", std::move(parts.bonus), false});
  return d;
}

} // namespace acctmgr
