#pragma once

#include "cli/common.hpp"

#include <CLI/CLI.hpp>

namespace acctmgr::cli {

// One function per subcommand: adds it to `app` and registers its runner.
void setup_validate(CLI::App& app, Runners& runners);
void setup_growth(CLI::App& app, Runners& runners);
void setup_share(CLI::App& app, Runners& runners);
void setup_margin(CLI::App& app, Runners& runners);
void setup_contacts(CLI::App& app, Runners& runners);
void setup_forecast(CLI::App& app, Runners& runners);
void setup_summary(CLI::App& app, Runners& runners);
void setup_check(CLI::App& app, Runners& runners);
void setup_bonus(CLI::App& app, Runners& runners);
void setup_review(CLI::App& app, Runners& runners);
void setup_init(CLI::App& app, Runners& runners);

} // namespace acctmgr::cli
