#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "reports/growth.hpp"

namespace acctmgr::cli {

void setup_growth(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "growth",
               "Revenue growth per client and portfolio against the growth target",
               PeriodOption::yes, growth_document, Sparklines::yes);
}

} // namespace acctmgr::cli
