#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "cli/since.hpp"
#include "reports/diff.hpp"

#include <array>
#include <fmt/format.h>
#include <memory>

namespace acctmgr::cli {
namespace {

constexpr std::array<const char*, 4> kSections{"findings", "restated", "outlook", "bonus"};

struct DiffOptions {
  std::string revision;
  ReportOptions report;
  std::string section; ///< --section: the one CSV prints (default findings)
};

int run_diff(const DiffOptions& o) {
  const PeriodSpec spec = parse_period(o.report.period);
  const Format format = output_format(o.report.output);
  const std::string section = o.section.empty() ? "findings" : o.section;
  if (!o.section.empty() && format != Format::csv)
    throw UsageError("--section picks the one section CSV prints; the other formats print all "
                     "four");
  Document d = [&] {
    const Loaded now = load_inputs(o.report.input, o.report.output);
    const ReportInput now_in = report_input(now, spec);
    require_rates(now_in, RateYears::period_end_and_as_of);
    return diff_document(load_then(o.revision, now, o.report.input, spec).against(now_in));
  }();
  if (format == Format::csv)
    std::erase_if(d.sections, [&](const Section& s) { return s.key != section; });
  print(o.report.output, d, format);
  return 0;
}

} // namespace

void setup_diff(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand(
      "diff", "What changed since a git revision: findings new and resolved, closed months "
              "restated, the year's outlook, the bonus");
  cmd->add_option("revision", o->revision,
                  "A git revision of the files' repository: a branch, tag or commit (HEAD~1, "
                  "origin/main)")
      ->required();
  add_input_options(*cmd, o->report.input);
  add_period_option(*cmd, o->report.period);
  add_output_options(*cmd, o->report.output);
  cmd->add_option("--section", o->section,
                  "CSV only: the section to print: findings (default), restated, outlook or "
                  "bonus")
      ->check(CLI::IsMember(std::vector<std::string>(kSections.begin(), kSections.end())));
  o->report.output.private_data = true; // the bonus section: a new -o file gets 0600
  runners["diff"] = [o] { return run_diff(*o); };
}

} // namespace acctmgr::cli
