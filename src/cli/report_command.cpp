#include "cli/report_command.hpp"

#include <memory>

namespace acctmgr::cli {
namespace {

struct ReportOptions {
  InputOptions input;
  std::string period = "ytd";
  OutputOptions output;
};

} // namespace

void setup_report(CLI::App& app, Runners& runners, const std::string& name,
                  const std::string& description, PeriodOption period, TableMaker make) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(name, description);
  add_input_options(*cmd, o->input);
  if (period == PeriodOption::yes) add_period_option(*cmd, o->period);
  add_output_options(*cmd, o->output);
  runners[name] = [o, make] {
    // Usage errors come before any file is read.
    const PeriodSpec spec = parse_period(o->period);
    output_format(o->output);
    const Loaded loaded = load_inputs(o->input, o->output);
    print_table(o->output, make(loaded, spec));
    return 0;
  };
}

} // namespace acctmgr::cli
