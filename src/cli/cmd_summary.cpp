#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "core/findings.hpp"
#include "core/summary.hpp"

namespace acctmgr::cli {

void setup_summary(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "summary",
               "The team at a glance: a row per manager and a TOTAL (growth, NRR, margin...)",
               PeriodOption::yes, [](const Loaded& loaded, const PeriodSpec& spec) {
                 std::vector<SummaryRow> rows;
                 for (const Portfolio& p : loaded.portfolios) {
                   const Period period = period_for(p, spec);
                   rows.push_back(summarize(p, period, findings(p, period)));
                 }
                 const Ratio team_target = loaded.settings_file.settings.growth_target;
                 return summary_table(rows, team_total(rows, team_target), to_string(spec));
               });
}

} // namespace acctmgr::cli
