#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "reports/share.hpp"

namespace acctmgr::cli {

void setup_share(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "share",
               "Share of each client's budget (wallet) at the end of the period, and headroom "
               "(lost clients left out)",
               PeriodOption::yes, share_document);
}

} // namespace acctmgr::cli
