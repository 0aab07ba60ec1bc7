#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "core/forecast.hpp"

namespace acctmgr::cli {

void setup_forecast(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "forecast",
               "Projected revenue of the fiscal year, gap to target, missing forecast, accuracy",
               PeriodOption::no, [](const Loaded& loaded, const PeriodSpec&) {
                 std::vector<ForecastReport> reports;
                 for (const Portfolio& p : loaded.portfolios)
                   reports.push_back(forecast_report(p, p.as_of));
                 return forecast_table(reports);
               });
}

} // namespace acctmgr::cli
