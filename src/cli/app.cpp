#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "core/checked.hpp"
#include "io/diagnostic.hpp"
#include "io/text.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <exception>
#include <fmt/format.h>

namespace acctmgr::cli {
namespace {

constexpr int exit_usage = 2;

int report_input_error(const InputError& e) {
  std::string text;
  for (const Diagnostic& d : e.diagnostics())
    text += format_diagnostic(d);
  std::size_t n = 0;
  for (const Diagnostic& d : e.diagnostics())
    n += d.not_shown > 0 ? d.not_shown : 1;
  text +=
      fmt::format("acctmgr: {} problem{} found; no report was produced\n", n, n == 1 ? "" : "s");
  std::fputs(text.c_str(), stderr);
  return exit_usage;
}

} // namespace

int main(int argc, char** argv) {
  // A closed pipe shows up as EPIPE from write, handled as a quiet exit.
  std::signal(SIGPIPE, SIG_IGN);
  // Named here so that usage lines say "acctmgr", not the path the binary was run by.
  CLI::App app{"acctmgr: client account health, growth and bonus from YAML portfolio files",
               "acctmgr"};
  app.set_version_flag("--version", fmt::format("acctmgr {}", version));
  app.require_subcommand(1);
  app.footer("Exit status: 0 success, 1 check found problems at --fail-on, 2 usage or input "
             "error.\nSee man acctmgr for the file format and every formula.");
  Runners runners;
  setup_validate(app, runners);
  setup_growth(app, runners);
  setup_share(app, runners);
  setup_margin(app, runners);
  setup_contacts(app, runners);
  setup_forecast(app, runners);
  setup_summary(app, runners);
  setup_check(app, runners);
  setup_bonus(app, runners);
  setup_review(app, runners);
  setup_init(app, runners);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 reports a mistyped command as "A subcommand is required"; name it instead.
    if (argc > 1 && argv[1][0] != '-' && app.get_subcommands().empty()) {
      std::string names;
      for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
        names += (names.empty() ? "" : ", ") + sub->get_name();
      fmt::print(stderr,
                 "acctmgr: error: unknown command '{}' (commands: {})\nRun with --help for more "
                 "information.\n",
                 escape_terminal(argv[1]), names);
      return exit_usage;
    }
    if (e.get_exit_code() == 0) return app.exit(e); // --help, --version: stdout, exit 0
    // Our own line, escaped: the message may quote whatever was typed.
    fmt::print(stderr, "acctmgr: error: {}\nRun with --help for more information.\n",
               escape_terminal(e.what()));
    return exit_usage;
  }
  try {
    return runners.at(app.get_subcommands().front()->get_name())();
  } catch (const InputError& e) {
    return report_input_error(e);
  } catch (const BrokenPipe&) {
    return 0;
  } catch (const UsageError& e) {
    fmt::print(stderr, "acctmgr: error: {}\n", escape_terminal(e.what()));
  } catch (const OverflowError& e) {
    fmt::print(stderr,
               "acctmgr: error: {}{}a sum of amounts exceeds what acctmgr can count exactly\n",
               escape_terminal(e.where()), e.where().empty() ? "" : ": ");
  } catch (const std::exception& e) {
    fmt::print(stderr, "acctmgr: error: {}\n", escape_terminal(e.what()));
  }
  return exit_usage;
}

} // namespace acctmgr::cli
