#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "reports/forecast.hpp"

namespace acctmgr::cli {

void setup_forecast(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "forecast",
               "Projected revenue of the fiscal year, gap to target, missing forecast, accuracy",
               PeriodOption::no, forecast_document);
}

} // namespace acctmgr::cli
