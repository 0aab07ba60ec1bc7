#include "reports/forecast.hpp"

#include "model/period.hpp"
#include "reports/client_groups.hpp"
#include "reports/client_state.hpp"
#include "reports/conversion.hpp"
#include "reports/growth.hpp"
#include "reports/overflow_context.hpp"
#include "reports/wording.hpp"

#include <algorithm>

namespace acctmgr {

std::vector<Month> missing_forecast(const Client& c, Month as_of, int n) {
  std::vector<Month> out;
  for (Month m : months_after(as_of, n))
    if (!c.forecast.has(m)) out.push_back(m);
  return out;
}

bool holds_previous_year(const Client& c, const Settings& s, Month as_of) {
  const FiscalCalendar calendar = s.calendar();
  return history_of(c, calendar.months(calendar.year_of(as_of) - 1)) == History::known;
}

std::optional<Ratio> wape(const Client& c, Month as_of) {
  Money error, actual;
  c.forecast.for_each_in(window_ending(as_of, 12), [&](Month m, Money forecast) {
    const Money a = c.revenue.get(m).value_or(Money());
    error += abs(a - forecast);
    actual += a;
  });
  return Ratio::of(error, actual);
}

namespace {

/// `rate` converts the client's sums into the reporting currency (SPEC section 9): each sum
/// once; projected and gap from the converted sums, projected_growth and wape in the client's
/// own currency.
ClientForecast client_forecast(const Client& c, const Settings& s, Month as_of, const Ratio& rate) {
  const FiscalCalendar calendar = s.calendar();
  const int year = calendar.year_of(as_of);
  const MonthRange months = calendar.months(year);
  ClientForecast f;
  f.client = &c;
  const Money actual = c.revenue.sum({months.first, as_of});
  const Money forecast = as_of < months.last ? c.forecast.sum({as_of + 1, months.last}) : Money();
  // Fiscal year 1's previous year has no month a file may hold: empty, 0.
  const Money prev_year = c.revenue.sum(calendar.months(year - 1));
  // Else the sum of the months the file holds, against which no growth or gap is judged.
  const bool prev_known = holds_previous_year(c, s, as_of);
  if (prev_known) f.projected_growth = Ratio::of(actual + forecast - prev_year, prev_year);
  f.actual = convert(actual, rate);
  f.forecast = convert(forecast, rate);
  f.projected = f.actual + f.forecast;
  f.prev_year = convert(prev_year, rate);
  // The same target the growth report judges this client by: a saturated account (share band
  // at as_of) is asked to hold its revenue, so no growth gap is invented for it.
  f.target = client_growth_target(c, s, as_of);
  f.wape = wape(c, as_of);
  // A client lost at as_of is not asked to grow (gap 0), nor to be forecast.
  const bool lost = is_lost_at(c, as_of);
  if (!lost) f.missing = missing_forecast(c, as_of, s.forecast_months);
  // A gap left empty by an unknown month stays empty, also for a lost client (SPEC 12).
  if (!prev_known) return f;
  if (lost) {
    f.gap = Money();
    f.own_gap = Ratio();
    return f;
  }
  const Ratio growth = Ratio::integer(1) + f.target;
  f.gap = std::max(Money(), to_money(to_ratio(f.prev_year) * growth - to_ratio(f.projected)));
  f.own_gap = std::max(Ratio(), to_ratio(prev_year) * growth - to_ratio(actual + forecast));
  return f;
}

} // namespace

ForecastReport forecast_report(const Portfolio& p, Month as_of) {
  ForecastReport report{&p, as_of, p.settings.calendar().year_of(as_of), {}};
  // At most a row a client: sized once, where doubling would hold up to three times that.
  report.clients.reserve(p.clients.size());
  for (const Client& c : p.clients) {
    const auto where = overflow_context(p, c);
    ClientForecast f = client_forecast(c, p.settings, as_of, client_rate(p, c, report.fiscal_year));
    if (f.actual.is_zero() && f.forecast.is_zero() && f.prev_year.is_zero()) continue;
    report.clients.push_back(std::move(f));
  }
  return report;
}

namespace {

/// "Olena: no gap or projected_growth for 2 clients whose fiscal year 2025 the file does not
/// hold in full; history from 2025-03: acme; no revenue entry: beta"; none when every client
/// has its gap.
std::optional<Text> unknown_year_note(const ForecastReport& r) {
  ClientsByMonth history_from;
  std::vector<const Client*> no_entry;
  std::int64_t n = 0;
  for (const ClientForecast& f : r.clients) {
    if (f.gap) continue;
    ++n;
    if (const auto first = f.client->revenue.first_month())
      history_from[*first].push_back(f.client);
    else
      no_entry.push_back(f.client);
  }
  if (n == 0) return std::nullopt;
  Text note{quoted(r.portfolio->manager),
            said(": no gap or projected_growth for "),
            count(n),
            said(n == 1 ? " client whose fiscal year " : " clients whose fiscal year "),
            count(r.fiscal_year - 1),
            said(" the file does not hold in full")};
  add_month_groups(note, history_from, "; history from ", "; from ");
  if (!no_entry.empty()) {
    note.push_back(said("; no revenue entry: "));
    add_client_ids(note, no_entry);
  }
  return note;
}

} // namespace

Table forecast_table(const std::vector<ForecastReport>& reports) {
  Table t("forecast", {column("manager", CellKind::text), column("client", CellKind::text),
                       column("name", CellKind::text), column("actual", CellKind::amount),
                       column("forecast", CellKind::amount), column("projected", CellKind::amount),
                       column("prev_year", CellKind::amount),
                       column("projected_growth", CellKind::ratio), column("gap", CellKind::amount),
                       column("missing", CellKind::count), column("wape", CellKind::ratio)});
  for (const ForecastReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientForecast& f : r.clients)
      t.add_row({{"manager", p.manager},
                 {"client", f.client->id},
                 {"name", f.client->name},
                 {"actual", f.actual},
                 {"forecast", f.forecast},
                 {"projected", f.projected},
                 {"prev_year", f.prev_year},
                 {"projected_growth", optional_cell(f.projected_growth)},
                 {"gap", optional_cell(f.gap)},
                 {"missing", static_cast<std::int64_t>(f.missing.size())},
                 {"wape", optional_cell(f.wape)}});
    const FiscalCalendar calendar = p.settings.calendar();
    t.add_note({quoted(p.manager), said(": fiscal year "), count(r.fiscal_year), said(" ("),
                months(calendar.months(r.fiscal_year)), said("), actuals to "), month(r.as_of),
                said(", forecast after; gap against "), percent(p.settings.growth_target),
                said(" growth (0 for saturated clients); missing = of the next "),
                count(p.settings.forecast_months), said(" months ("), quoted(reporting_currency(p)),
                said(")")});
    if (auto note = unknown_year_note(r)) t.add_note(std::move(*note));
    add_rates_note(t, p, r.fiscal_year);
  }
  return t;
}

Document forecast_document(const ReportInput& in) {
  std::vector<ForecastReport> reports;
  for (const PortfolioPeriod& pp : in.portfolios)
    reports.push_back(forecast_report(*pp.portfolio, pp.portfolio->as_of));
  Document d{{}, context_of(in, as_of_year), {}};
  d.sections.push_back({"forecast", forecast_table(reports), false});
  return d;
}

// Forecast findings concern the months after as_of and the as_of actual, so "active" is
// judged at as_of here (E = as_of for the default periods anyway).
void forecast_findings(FindingCollector& f, const ForecastReport& r) {
  const int n = r.portfolio->settings.forecast_months;
  // An active client has revenue in the 12 months ending as_of, which lie in this fiscal year
  // or the previous one, so the forecast report lists every active client.
  for (const ClientForecast& cf : r.clients) {
    if (!is_active_at(*cf.client, r.as_of) || cf.missing.empty()) continue;
    f.add(cf.client, Code::no_forecast,
          fmt::format("no forecast for {} (of the {} months after {}; enter 0 if none expected)",
                      month_list(cf.missing), n, r.as_of));
  }
}

void actual_findings(FindingCollector& f, const Portfolio& p) {
  for (const Client& c : p.clients)
    if (is_active_at(c, p.as_of) && !c.revenue.has(p.as_of))
      f.add(&c, Code::missing_actual,
            fmt::format("no revenue entered for {}, the last closed month (enter 0 if nothing "
                        "was billed)",
                        p.as_of));
}

} // namespace acctmgr
