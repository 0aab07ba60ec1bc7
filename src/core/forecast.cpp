#include "core/forecast.hpp"

#include "core/growth.hpp"
#include "core/period.hpp"

#include <algorithm>

namespace acctmgr {

std::vector<Month> missing_forecast(const Client& c, Month as_of, int n) {
  std::vector<Month> out;
  for (Month m = as_of + 1; m <= as_of + n; m = m + 1)
    if (!c.forecast.has(m)) out.push_back(m);
  return out;
}

std::optional<Ratio> wape(const Client& c, Month as_of) {
  Money error, actual;
  for (auto [it, end] = c.forecast.range(window_ending(as_of, 12)); it != end; ++it) {
    const Money a = c.revenue.get(it->first).value_or(Money());
    error += abs(a - it->second);
    actual += a;
  }
  return Ratio::of(error, actual);
}

namespace {

ClientForecast client_forecast(const Client& c, const Settings& s, Month as_of) {
  const FiscalCalendar calendar = s.calendar();
  const int year = calendar.year_of(as_of);
  const Month last = calendar.last_month(year);
  ClientForecast f;
  f.client = &c;
  f.actual = c.revenue.sum({calendar.first_month(year), as_of});
  if (as_of < last) f.forecast = c.forecast.sum({as_of + 1, last});
  f.projected = f.actual + f.forecast;
  f.prev_year = c.revenue.sum({calendar.first_month(year - 1), calendar.last_month(year - 1)});
  f.projected_growth = Ratio::of(f.projected - f.prev_year, f.prev_year);
  // The same target the growth report judges this client by: a saturated account (share band
  // at as_of) is asked to hold its revenue, so no growth gap is invented for it.
  f.target = client_growth_target(c, s, as_of);
  const Ratio needed = to_ratio(f.prev_year) * (Ratio::integer(1) + f.target);
  f.gap = std::max(Money(), to_money(needed - to_ratio(f.projected)));
  f.missing = missing_forecast(c, as_of, s.forecast_months);
  f.wape = wape(c, as_of);
  return f;
}

Row forecast_row(const std::string& manager, const ClientForecast& f) {
  Row row{{manager,
           f.client->id,
           f.client->name,
           f.actual,
           f.forecast,
           f.projected,
           f.prev_year,
           {},
           f.gap,
           static_cast<std::int64_t>(f.missing.size()),
           {}},
          false};
  if (f.projected_growth) row.cells[7] = *f.projected_growth;
  if (f.wape) row.cells[10] = *f.wape;
  return row;
}

} // namespace

ForecastReport forecast_report(const Portfolio& p, Month as_of) {
  ForecastReport report{&p, as_of, p.settings.calendar().year_of(as_of), {}};
  for (const Client& c : p.clients) {
    ClientForecast f = client_forecast(c, p.settings, as_of);
    if (f.actual.is_zero() && f.forecast.is_zero() && f.prev_year.is_zero()) continue;
    report.clients.push_back(std::move(f));
  }
  return report;
}

Table forecast_table(const std::vector<ForecastReport>& reports) {
  Table t;
  t.title = "forecast";
  t.columns = {{"manager", CellKind::text},     {"client", CellKind::text},
               {"name", CellKind::text},        {"actual", CellKind::amount},
               {"forecast", CellKind::amount},  {"projected", CellKind::amount},
               {"prev_year", CellKind::amount}, {"projected_growth", CellKind::ratio},
               {"gap", CellKind::amount},       {"missing", CellKind::count},
               {"wape", CellKind::ratio}};
  for (const ForecastReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientForecast& f : r.clients)
      t.rows.push_back(forecast_row(p.manager, f));
    const FiscalCalendar calendar = p.settings.calendar();
    t.notes.push_back(p.manager + ": fiscal year " + std::to_string(r.fiscal_year) + " (" +
                      to_string(MonthRange{calendar.first_month(r.fiscal_year),
                                           calendar.last_month(r.fiscal_year)}) +
                      "), actuals to " + to_string(r.as_of) + ", forecast after; gap against " +
                      to_percent(p.settings.growth_target) +
                      " growth (0 for saturated clients); missing = of the next " +
                      std::to_string(p.settings.forecast_months) + " months (" + p.currency + ")");
  }
  return t;
}

} // namespace acctmgr
