#include "cli/commands.hpp"
#include "cli/rate_check.hpp"
#include "cli/since.hpp"
#include "model/finding.hpp"
#include "reports/check.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <memory>
#include <string>

namespace acctmgr::cli {
namespace {

/// The formats `check` offers; text is its default.
const std::span<const Format> kCheckFormats = formats_for(Holds::findings);

struct CheckOptions {
  InputOptions input;
  std::string period = "ytd";
  bool all = false;
  bool silenced = false;
  std::string fail_on = "error";
  std::vector<std::string> ignore;
  std::string format = "text";
  std::string since;    ///< --since REV: only what is new since the revision
  OutputOptions output; ///< only -o and --color are used: check has its own --format
};

CodeSet ignored_codes(const std::vector<std::string>& given) {
  CodeSet codes;
  for (const std::string& name : given) {
    const auto code = parse_term(kFindingCodes, name);
    if (!code) throw UsageError(fmt::format("--ignore: unknown finding code '{}'", name));
    codes.insert(*code);
  }
  return codes;
}

int check_command(const CheckOptions& o, Format format) {
  const PeriodSpec spec = parse_period(o.period);
  const CodeSet ignored = ignored_codes(o.ignore);
  const Severity fail_on = *parse_term(kSeverities, o.fail_on);
  const Loaded loaded = load_inputs(o.input, o.output);

  const ReportInput in = report_input(loaded, spec);
  require_rates(in, RateYears::period_end_and_as_of);
  std::vector<Finding> found = check_findings(in, ignored, o.all, o.silenced);
  if (!o.since.empty()) {
    const Then then = load_then(o.since, loaded, o.input, spec);
    found = findings_since(then.against(in), found, ignored, o.all);
  }
  // What is silenced is listed for review, never failed on.
  const bool fails = !o.silenced && std::any_of(found.begin(), found.end(), [&](const Finding& f) {
    return f.severity >= fail_on;
  });
  // Colour is for the severity word of text lines only: the data forms stay plain.
  RenderOptions options = ci_render_options(format == Format::text && use_color(o.output));
  options.sink = stdout_sink(o.output);
  // Always written, even when empty: -o must not leave an earlier run's findings behind.
  emit(o.output, render(check_document(in, std::move(found)), format, options));
  return fails ? 1 : 0;
}

int run_check(const CheckOptions& o) {
  const Format format = *parse_term(kFormats, o.format);
  if (!o.since.empty() && o.silenced)
    throw UsageError("--since and --silenced do not go together: what is silenced is not new");
  return annotate_input_errors(format, [&] { return check_command(o, format); });
}

} // namespace

void setup_check(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Findings for CI: silent with exit 0 when all is well; exit 1 at --fail-on");
  add_input_options(*cmd, o->input);
  add_period_option(*cmd, o->period);
  std::string info_codes;
  for (const CodeTerm& t : kFindingCodes)
    if (t.severity == Severity::info)
      info_codes += (info_codes.empty() ? "" : ", ") + std::string(t.name);
  cmd->add_flag("--all", o->all, fmt::format("Also print info findings ({})", info_codes));
  cmd->add_option("--since", o->since,
                  "REV: only what is new since git revision REV (findings absent then, and "
                  "RESTATED for a closed month rewritten); exit by --fail-on over those")
      ->option_text("REV");
  cmd->add_flag("--silenced", o->silenced,
                "Print instead the findings that clients' ignore entries silence (severity "
                "silenced, with each entry's until and reason), info ones too; exit 0");
  cmd->add_option("--fail-on", o->fail_on, "Exit 1 on a finding at this severity or above")
      ->check(CLI::IsMember({to_string(Severity::warning), to_string(Severity::error)}))
      ->capture_default_str();
  // One value per use (repeatable): `--ignore NO_WALLET examples/` must not take the path.
  cmd->add_option("--ignore", o->ignore,
                  "Finding codes to leave out, comma-separated, e.g. NO_MEETING,NO_WALLET; "
                  "repeatable")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--format", o->format,
                  "text (FILE:LINE: severity CODE client: message), github (Actions "
                  "annotations, bad input too), csv, json or md")
      ->check(CLI::IsMember(format_choices(kCheckFormats)))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->output.output, "Write the findings to FILE instead of stdout");
  cmd->add_option("--color", o->output.color,
                  "auto (default), always or never: the severity word of text lines; NO_COLOR "
                  "is honoured")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  runners["check"] = [o] { return run_check(*o); };
}

} // namespace acctmgr::cli
