#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "reports/pipeline.hpp"

namespace acctmgr::cli {

void setup_pipeline(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "pipeline",
               "Open opportunities against the gap to target: weighted this year and by kind",
               PeriodOption::no, pipeline_document, Sparklines::yes, RateYears::period_end,
               KeyColumns::yes);
}

} // namespace acctmgr::cli
