#pragma once

#include "cli/formats.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "cli/periods.hpp"
#include "cli/print.hpp"

#include <CLI/CLI.hpp>
#include <functional>

namespace acctmgr::cli {

// One function per subcommand: adds it to `app` and registers its runner.
void setup_validate(CLI::App& app, Runners& runners);
void setup_growth(CLI::App& app, Runners& runners);
void setup_share(CLI::App& app, Runners& runners);
void setup_margin(CLI::App& app, Runners& runners);
void setup_contacts(CLI::App& app, Runners& runners);
void setup_activity(CLI::App& app, Runners& runners);
void setup_forecast(CLI::App& app, Runners& runners);
void setup_pipeline(CLI::App& app, Runners& runners);
void setup_summary(CLI::App& app, Runners& runners);
void setup_check(CLI::App& app, Runners& runners);
void setup_bonus(CLI::App& app, Runners& runners);
void setup_review(CLI::App& app, Runners& runners);
void setup_diff(CLI::App& app, Runners& runners);
void setup_init(CLI::App& app, Runners& runners);
void setup_import(CLI::App& app, Runners& runners);
void setup_close(CLI::App& app, Runners& runners);
void setup_log(CLI::App& app, Runners& runners);
void setup_schema(CLI::App& app, Runners& runners);
void setup_completions(CLI::App& app, Runners& runners);

/// How check and validate print for CI: `color`, plus $GITHUB_WORKSPACE and the current
/// directory, read here because renderers never read the environment (app.cpp).
RenderOptions ci_render_options(bool color);

/// Runs `work`; with `format` github, bad input is also printed on stdout as `::error`
/// annotations so that CI shows it on the pull request, then the InputError goes on to the
/// usual report on stderr and exit 2 (app.cpp).
int annotate_input_errors(Format format, const std::function<int()>& work);

} // namespace acctmgr::cli
