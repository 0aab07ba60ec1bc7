#include "cli/report_command.hpp"

#include <memory>

namespace acctmgr::cli {

void load_and_print(const InputOptions& input, const OutputOptions& output, const PeriodSpec& spec,
                    const DocumentMaker& make, Format format, RateYears rates) {
  const Document d = [&] {
    const Loaded loaded = load_inputs(input, output);
    const ReportInput in = report_input(loaded, spec);
    require_rates(in, rates);
    return make(in);
  }();
  print(output, d, format);
}

void setup_report(CLI::App& app, Runners& runners, const std::string& name,
                  const std::string& description, PeriodOption period, DocumentMaker make,
                  Sparklines spark, RateYears rates, KeyColumns keys) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(name, description);
  add_input_options(*cmd, o->input);
  if (period == PeriodOption::yes) add_period_option(*cmd, o->period);
  add_output_options(*cmd, o->output);
  if (spark == Sparklines::yes) add_spark_option(*cmd, o->output);
  if (keys == KeyColumns::yes) add_wide_option(*cmd, o->output);
  runners[name] = [o, make, rates] {
    // Usage errors come before any file is read.
    const PeriodSpec spec = parse_period(o->period);
    const Format format = output_format(o->output);
    load_and_print(o->input, o->output, spec, make, format, rates);
    return 0;
  };
}

} // namespace acctmgr::cli
