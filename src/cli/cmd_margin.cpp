#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "reports/margin.hpp"

namespace acctmgr::cli {

void setup_margin(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "margin",
               "Margin, margin a year earlier, unbilled staff and price warnings per client",
               PeriodOption::yes, margin_document);
}

} // namespace acctmgr::cli
