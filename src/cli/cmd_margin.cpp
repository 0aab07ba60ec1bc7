#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "core/margin.hpp"

namespace acctmgr::cli {

void setup_margin(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "margin",
               "Margin, margin a year earlier, unbilled staff and price warnings per client",
               PeriodOption::yes, [](const Loaded& loaded, const PeriodSpec& spec) {
                 return margin_table(per_portfolio<MarginReport>(loaded, spec, margin_report),
                                     to_string(spec));
               });
}

} // namespace acctmgr::cli
