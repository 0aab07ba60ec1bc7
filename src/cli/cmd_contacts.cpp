#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "reports/contacts.hpp"

namespace acctmgr::cli {

void setup_contacts(CLI::App& app, Runners& runners) {
  setup_report(app, runners, "contacts",
               "Payer and decision-maker coverage and the last contacts per active client",
               PeriodOption::yes, contacts_document);
}

} // namespace acctmgr::cli
