#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "reports/summary.hpp"

namespace acctmgr::cli {

void setup_summary(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "summary",
               "The team at a glance: a row per manager and a TOTAL (growth, NRR, margin...)",
               PeriodOption::yes, summary_document, Sparklines::no, RateYears::period_end_and_as_of,
               KeyColumns::yes);
}

} // namespace acctmgr::cli
