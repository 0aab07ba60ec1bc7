#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "core/share.hpp"

namespace acctmgr::cli {

void setup_share(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "share",
               "Share of each client's budget (wallet) at the end of the period, and headroom",
               PeriodOption::yes, [](const Loaded& loaded, const PeriodSpec& spec) {
                 return share_table(per_portfolio<ShareReport>(
                     loaded, spec, [](const Portfolio& p, const Period& period) {
                       return share_report(p, period.end());
                     }));
               });
}

} // namespace acctmgr::cli
