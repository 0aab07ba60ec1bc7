#pragma once

#include "document/document.hpp"
#include "model/money.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "model/ratio.hpp"
#include "reports/finding_collector.hpp"
#include "reports/report_input.hpp"

#include <optional>
#include <vector>

namespace acctmgr {

struct ClientForecast {
  const Client* client = nullptr;
  Money actual;    ///< actuals of the fiscal year up to as_of
  Money forecast;  ///< forecast of the fiscal year after as_of
  Money projected; ///< actual + forecast
  Money prev_year; ///< actuals of the previous fiscal year (its known months)
  /// projected / prev_year − 1; none when prev_year is 0 or a month of it is unknown
  std::optional<Ratio> projected_growth;
  Ratio target; ///< the client's growth target (see forecast.cpp)
  /// max(0, prev_year × (1 + target) − projected), to the cent; 0 for a client lost at as_of;
  /// none when a month of the previous fiscal year is unknown (SPEC sections 3, 4): a gap
  /// against an undercounted year would be invented
  std::optional<Money> gap;
  /// The gap in the client's own currency, exact (not rounded): what its ratios divide by
  /// (SPEC 12: a pipeline row's coverage is exact, before rounding)
  std::optional<Ratio> own_gap;
  std::vector<Month> missing; ///< of the forecast_months after as_of, those with no entry
  std::optional<Ratio> wape;  ///< forecast error over the 12 months ending as_of
};

/// One portfolio's forecast report for the fiscal year containing as_of: the clients with
/// actual, forecast or previous-year revenue (any of the three sums above 0), in file order.
struct ForecastReport {
  const Portfolio* portfolio = nullptr;
  Month as_of;
  int fiscal_year = 0;
  std::vector<ClientForecast> clients;
};

/// Whether the file holds every month of the fiscal year before the one containing as_of for
/// the client (no month unknown, SPEC section 3): without it, its previous year is an
/// undercount and it has no gap or projected growth. Fiscal year 1's previous year has no
/// month a file may hold, so none unknown.
bool holds_previous_year(const Client& c, const Settings& s, Month as_of);

/// The months as_of+1 .. as_of+n without a forecast entry (an explicit 0 is an entry).
std::vector<Month> missing_forecast(const Client& c, Month as_of, int n);

/// Σ |actual − forecast| / Σ actual over the months of the 12 ending at as_of that have a
/// forecast entry (a missing actual is 0); none when that Σ actual is 0.
std::optional<Ratio> wape(const Client& c, Month as_of);

ForecastReport forecast_report(const Portfolio& p, Month as_of);

/// The SPEC's forecast table: manager,client,name,actual,forecast,projected,prev_year,
/// projected_growth,gap,missing,wape.
Table forecast_table(const std::vector<ForecastReport>& reports);

/// The `forecast` command's document: each portfolio for the fiscal year of its as_of (the
/// period asked for does not apply).
Document forecast_document(const ReportInput& in);

/// NO_FORECAST (SPEC section 5), judged at as_of.
void forecast_findings(FindingCollector& f, const ForecastReport& r);
/// MISSING_ACTUAL (SPEC section 5): an active client without revenue entered for as_of.
void actual_findings(FindingCollector& f, const Portfolio& p);

} // namespace acctmgr
