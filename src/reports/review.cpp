#include "reports/review.hpp"

#include "reports/client_state.hpp"
#include "reports/conversion.hpp"
#include "reports/pipeline.hpp"
#include "reports/review_parts.hpp"

#include <algorithm>

namespace acctmgr {

namespace {

/// The manager's revenue of month `m` at `rate`s of `year`: none when a client with revenue
/// entries does not hold m (SPEC section 3: a sum without it would be an undercount).
std::optional<Money> month_revenue(const Portfolio& p, Month m, int year) {
  Money sum;
  for (const Client& c : p.clients) {
    if (c.revenue.first_month() && is_unknown_month(c, m)) return std::nullopt;
    // A month's revenue of a client is its own sum: converted once (SPEC section 9).
    sum += convert(c.revenue.get(m).value_or(Money()), client_rate(p, c, year));
  }
  return sum;
}

/// The forecast of month `m` over the clients not lost at as_of: none when no client has an
/// entry for it.
std::optional<Money> month_forecast(const Portfolio& p, Month m, int year) {
  Money sum;
  bool any = false;
  for (const Client& c : p.clients) {
    if (is_lost_at(c, p.as_of)) continue;
    if (const std::optional<Money> f = c.forecast.get(m)) {
      any = true;
      sum += convert(*f, client_rate(p, c, year));
    }
  }
  return any ? std::optional<Money>(sum) : std::nullopt;
}

} // namespace

std::vector<Series> revenue_series(const Portfolio& p, Month e) {
  const MonthRange now = window_ending(e, 12);
  const int year = p.settings.calendar().year_of(e);
  // The forecast months ahead follow E only when E is as_of (after it, nothing is closed).
  const int ahead =
      e == p.as_of ? std::min(p.settings.forecast_months, Month::max().index() - e.index()) : 0;
  Series current{p.manager, "revenue", now.first, {}, 0};
  Series forecast{p.manager, "forecast", e + 1, {}, 0};
  for (int i = 0; i < now.size(); ++i)
    current.values.push_back(month_revenue(p, now.first + i, year));
  for (int i = 1; i <= ahead; ++i)
    forecast.values.push_back(month_forecast(p, e + i, year));
  std::vector<Series> out{std::move(current)};
  int drawn_ahead = 0; // no month ahead is drawn without any forecast
  for (const std::optional<Money>& v : forecast.values)
    if (v) drawn_ahead = ahead;
  if (drawn_ahead > 0) out.push_back(std::move(forecast));
  // Near 0001-01 the window is shorter, and a year earlier some or all of its months do not
  // exist: no bar is drawn against months that are not there.
  const MonthRange before = now.shifted(-12);
  if (before.size() == now.size()) {
    Series earlier{p.manager, "a year earlier", before.first, {}, 12};
    for (int i = 0; i < now.size() + drawn_ahead; ++i)
      earlier.values.push_back(month_revenue(p, before.first + i, year));
    out.push_back(std::move(earlier));
  }
  return out;
}

Table top_actions_table(const std::vector<Finding>& ranked) {
  Table t("top actions", {column("manager", CellKind::text), column("client", CellKind::text),
                          column("code", CellKind::status), column("at_stake", CellKind::amount),
                          column("message", CellKind::text)});
  for (const Finding& f : ranked) {
    if (!f.at_stake || t.rows().size() == kTopActions) break; // ranked: no amount comes last
    t.add_row({{"manager", f.manager},
               {"client", f.client},
               {"code", std::string(to_string(f.code))},
               {"at_stake", *f.at_stake},
               {"message", f.message}});
  }
  return t;
}

Document review_document(const ReportInput& in) {
  ReviewParts parts = review_parts(in, false);
  Document d{std::move(parts.title), std::move(parts.context), {}};
  d.sections.push_back({"top_actions", top_actions_table(parts.ranked), false});
  d.sections.push_back({"summary", std::move(parts.summary), false});
  d.sections.push_back({"clients", std::move(parts.clients), false});
  d.sections.push_back({"pipeline", pipeline_table(parts.pipelines), false});
  d.sections.push_back({"findings", FindingList{std::move(parts.ranked), false}, false});
  d.sections.push_back({"bonus", std::move(parts.bonus), false});
  d.sections.push_back({"bonus_missing", std::move(parts.bonus_missing), true});
  d.sections.push_back({"silenced", std::move(parts.silenced), false});
  return d;
}

} // namespace acctmgr
