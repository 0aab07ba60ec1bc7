#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "core/contacts.hpp"

namespace acctmgr::cli {

void setup_contacts(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "contacts",
               "Payer and decision-maker coverage and the last contacts per active client",
               PeriodOption::yes, [](const Loaded& loaded, const PeriodSpec& spec) {
                 return contacts_table(per_portfolio<ContactsReport>(
                     loaded, spec, [](const Portfolio& p, const Period& period) {
                       return contacts_report(p, period.end());
                     }));
               });
}

} // namespace acctmgr::cli
