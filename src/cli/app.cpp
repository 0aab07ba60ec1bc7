#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/help_notes.hpp"
#include "cli/help_wrap.hpp"
#include "cli/output.hpp"
#include "cli/rate_check.hpp"
#include "cli/terminal.hpp"
#include "model/checked.hpp"
#include "read/schema_reader.hpp"
#include "text/diagnostic.hpp"
#include "text/text.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fmt/format.h>
#include <memory>

namespace acctmgr::cli {
namespace {

constexpr int exit_usage = 2;

/// The top-level footer, also check's: the only command that exits 1.
constexpr const char* kFooter =
    "Exit status: 0 success, 1 check found problems at --fail-on, 2 usage or input "
    "error.\nThe file format: man acctmgr-format (acctmgr-format(5)); every formula: man "
    "acctmgr.";
/// Every other command's footer: help shows only the exit codes the command uses.
constexpr const char* kFooterNoFindings =
    "Exit status: 0 success, 2 usage or input error.\nThe file format: man acctmgr-format "
    "(acctmgr-format(5)); every formula: man acctmgr.";

/// Help as CLI11 lays it out, wrapped to the terminal (80 columns when stdout is not one).
std::string wrapped(const std::string& help) {
  return wrap_help(help, terminal_width().value_or(80));
}

/// The top-level help: the commands, one line each.
std::string commands_help(CLI::App& app) {
  return wrapped(app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal));
}

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

/// Every subcommand, in the order of --help.
std::vector<CLI::App*> subcommands(CLI::App& app) {
  return app.get_subcommands([](CLI::App*) { return true; });
}

/// "unknown command 'X' (did you mean 'Y'?)", or the list of commands when none is close
/// (the loader's `closest`, as for a mistyped key).
std::string unknown_command(CLI::App& app, const std::string& typed) {
  std::vector<std::string> names;
  for (const CLI::App* sub : subcommands(app))
    names.push_back(sub->get_name());
  const std::vector<std::string_view> views(names.begin(), names.end());
  const std::string_view hint = closest(typed, views);
  std::string list;
  for (const std::string& name : names)
    list += (list.empty() ? "" : ", ") + name;
  return hint.empty()
             ? fmt::format("unknown command '{}' (commands: {})", escape_terminal(typed), list)
             : fmt::format("unknown command '{}' (did you mean '{}'?)", escape_terminal(typed),
                           hint);
}

/// `acctmgr help [COMMAND]`: the same text as `acctmgr [COMMAND] --help`, exit 0.
void setup_help(CLI::App& app, Runners& runners) {
  auto command = std::make_shared<std::string>();
  CLI::App* cmd =
      app.add_subcommand("help", "Print the help of a command (acctmgr help review), or this list");
  cmd->add_option("command", *command, "The command to describe");
  runners["help"] = [&app, command] {
    if (command->empty()) {
      // app.help() would describe the selected subcommand, `help` itself.
      write_stdout(commands_help(app));
      return 0;
    }
    for (const CLI::App* sub : subcommands(app))
      if (sub->get_name() == *command) {
        write_stdout(wrapped(sub->help(app.get_name())));
        return 0;
      }
    throw UsageError(unknown_command(app, *command));
  };
}

} // namespace

RenderOptions ci_render_options(bool color) {
  RenderOptions o;
  o.color = color;
  const char* workspace = std::getenv("GITHUB_WORKSPACE");
  if (workspace == nullptr || *workspace == '\0') return o;
  std::error_code ec;
  o.current_dir = std::filesystem::current_path(ec).string();
  o.workspace = std::filesystem::absolute(workspace, ec).string();
  return o;
}

int annotate_input_errors(Format format, const std::function<int()>& work) {
  if (format != Format::github) return work();
  try {
    return work();
  } catch (const InputError& e) {
    write_stdout(render_github_diagnostics(e.diagnostics(), ci_render_options(false)));
    throw;
  }
}

int main(int argc, char** argv) {
  // A closed pipe shows up as EPIPE from write, handled as a quiet exit.
  std::signal(SIGPIPE, SIG_IGN);
  // Named here so that usage lines say "acctmgr", not the path the binary was run by.
  CLI::App app{"acctmgr: client account health, growth and bonus from YAML portfolio files",
               "acctmgr"};
  app.set_version_flag("--version", fmt::format("acctmgr {}", version));
  app.require_subcommand(1);
  app.footer(kFooter);
  Runners runners;
  setup_validate(app, runners);
  setup_growth(app, runners);
  setup_share(app, runners);
  setup_margin(app, runners);
  setup_contacts(app, runners);
  setup_activity(app, runners);
  setup_forecast(app, runners);
  setup_pipeline(app, runners);
  setup_summary(app, runners);
  setup_check(app, runners);
  setup_bonus(app, runners);
  setup_review(app, runners);
  setup_diff(app, runners);
  setup_init(app, runners);
  setup_import(app, runners);
  setup_close(app, runners);
  setup_log(app, runners);
  setup_schema(app, runners);
  setup_completions(app, runners);
  setup_help(app, runners);
  for (CLI::App* sub : subcommands(app))
    sub->footer(numbers_help(sub->get_name()) +
                (sub->get_name() == "check" ? kFooter : kFooterNoFindings));
  if (argc <= 1) { // no command: what there is to run, on stderr (SPEC section 7, v3)
    std::fputs(commands_help(app).c_str(), stderr);
    return exit_usage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) { // --help: the selected command's help, wrapped
    try {
      write_stdout(wrapped(app.help()));
    } catch (const BrokenPipe&) {
    }
    return 0;
  } catch (const CLI::ParseError& e) {
    // CLI11 reports a mistyped command as "A subcommand is required"; name it instead.
    if (argc > 1 && argv[1][0] != '-' && app.get_subcommands().empty()) {
      fmt::print(stderr, "acctmgr: error: {}\nRun with --help for more information.\n",
                 unknown_command(app, argv[1]));
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
  } catch (const MissingRate& e) { // a rate the checks before the report could not foresee
    return report_input_error(InputError({rate_diagnostic(e)}));
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
