#include "cli/bonus_diagnostics.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"

#include <array>
#include <cstdio>
#include <fmt/format.h>
#include <memory>

namespace acctmgr::cli {
namespace {

/// validate prints problems only: text on stderr (the default), or github, which also prints
/// them on stdout as annotations.
constexpr Holds kValidateHolds = Holds::problems;

struct ValidateOptions {
  InputOptions input;
  std::string format = to_string(Format::text);
};

int validate_command(const ValidateOptions& o, Format format) {
  const Loaded loaded = load_inputs(o.input);
  std::size_t clients = 0;
  for (const Portfolio& p : loaded.portfolios)
    clients += p.clients.size();
  // Valid files that `bonus` would still refuse (a plan but no salary, no target): warnings,
  // so that a CI job learns of it before payday, and the exit status stays 0.
  const std::vector<Diagnostic> warnings = bonus_warnings(loaded.portfolios);
  std::string text;
  for (const Diagnostic& d : warnings)
    text += format_diagnostic(d);
  if (format == Format::github)
    write_stdout(render_github_diagnostics(warnings, ci_render_options(false)));
  const std::size_t portfolios = loaded.portfolios.size();
  text += fmt::format("acctmgr: {} portfolio{}, {} client{}: ", portfolios,
                      portfolios == 1 ? "" : "s", clients, clients == 1 ? "" : "s");
  text += warnings.empty() ? "no problems found\n"
                           : fmt::format("valid, {} warning{} for bonus\n", warnings.size(),
                                         warnings.size() == 1 ? "" : "s");
  std::fputs(text.c_str(), stderr);
  return 0;
}

int run_validate(const ValidateOptions& o) {
  const Format format = *parse_term(kFormats, o.format);
  return annotate_input_errors(format, [&] { return validate_command(o, format); });
}

} // namespace

void setup_validate(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check portfolio files and report every problem (exit 0 or 2)");
  add_input_options(*cmd, o->input);
  cmd->add_option("--format", o->format,
                  "text (problems on stderr) or github (also ::error annotations on stdout, for "
                  "GitHub Actions)")
      ->check(CLI::IsMember(format_choices(formats_for(kValidateHolds))))
      ->capture_default_str();
  runners["validate"] = [o] { return run_validate(*o); };
}

} // namespace acctmgr::cli
