#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "reports/activity.hpp"

namespace acctmgr::cli {

void setup_activity(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "activity",
               "Live touches (meetings, video, calls) per client, a week per manager, and the "
               "share with payers and decision makers",
               PeriodOption::yes, activity_document);
}

} // namespace acctmgr::cli
