#include "cli/commands.hpp"
#include "core/findings.hpp"
#include "io/render_findings.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <memory>

namespace acctmgr::cli {
namespace {

struct CheckOptions {
  InputOptions input;
  std::string period = "ytd";
  bool all = false;
  std::string fail_on = "error";
  std::vector<std::string> ignore;
  std::string format = "text";
  OutputOptions output; ///< only -o is used: check has its own --format
};

CodeSet ignored_codes(const std::vector<std::string>& given) {
  CodeSet codes;
  for (const std::string& code : given) {
    const auto known = finding_codes();
    if (std::find(known.begin(), known.end(), code) == known.end())
      throw UsageError(fmt::format("--ignore: unknown finding code '{}'", code));
    codes.insert(code);
  }
  return codes;
}

std::string render_check(const std::vector<Finding>& found, const std::string& format) {
  if (format == "github") return render_findings_github(found);
  if (format == "text") return render_findings_text(found);
  return render(findings_table(found), *parse_format(format), false);
}

int run_check(const CheckOptions& o) {
  const PeriodSpec spec = parse_period(o.period);
  const CodeSet ignored = ignored_codes(o.ignore);
  const Severity fail_on = o.fail_on == "warning" ? Severity::warning : Severity::error;
  const Loaded loaded = load_inputs(o.input, o.output);

  std::vector<Finding> found;
  for (const Portfolio& p : loaded.portfolios) {
    std::vector<Finding> own = findings(p, period_for(p, spec));
    found.insert(found.end(), own.begin(), own.end());
  }
  sort_findings(found);
  found = without_codes(std::move(found), ignored);
  if (!o.all) std::erase_if(found, [](const Finding& f) { return f.severity == Severity::info; });

  if (!found.empty()) emit(o.output, render_check(found, o.format));
  const bool fails = std::any_of(found.begin(), found.end(),
                                 [&](const Finding& f) { return f.severity >= fail_on; });
  return fails ? 1 : 0;
}

} // namespace

void setup_check(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Findings for CI: silent with exit 0 when all is well; exit 1 at --fail-on");
  add_input_options(*cmd, o->input);
  add_period_option(*cmd, o->period);
  cmd->add_flag("--all", o->all, "Also print info findings (NO_WALLET, SATURATED, PLAN_RANGE)");
  cmd->add_option("--fail-on", o->fail_on, "Exit 1 on a finding at this severity or above")
      ->check(CLI::IsMember({"warning", "error"}))
      ->capture_default_str();
  cmd->add_option("--ignore", o->ignore, "Finding codes to leave out, e.g. NO_MEETING,NO_WALLET")
      ->delimiter(',');
  cmd->add_option("--format", o->format,
                  "text (FILE:LINE: severity CODE client: message), github (Actions "
                  "annotations), csv, json or md")
      ->check(CLI::IsMember({"text", "github", "csv", "json", "md"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->output.output, "Write the findings to FILE instead of stdout");
  runners["check"] = [o] { return run_check(*o); };
}

} // namespace acctmgr::cli
