#include "cli/commands.hpp"
#include "core/growth.hpp"

#include <memory>

namespace acctmgr::cli {
namespace {

struct GrowthOptions {
  InputOptions input;
  std::string period = "ytd";
  OutputOptions output;
};

int run_growth(const GrowthOptions& o) {
  const PeriodSpec spec = parse_period(o.period);
  output_format(o.output); // a usage error must come before any work
  const Loaded loaded = load_inputs(o.input, o.output);
  std::vector<GrowthReport> reports;
  for (const Portfolio& p : loaded.portfolios)
    reports.push_back(growth_report(p, period_for(p, spec)));
  print_table(o.output, growth_table(reports, to_string(spec)));
  return 0;
}

} // namespace

void setup_growth(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<GrowthOptions>();
  CLI::App* cmd = app.add_subcommand(
      "growth", "Revenue growth per client and portfolio against the growth target");
  add_input_options(*cmd, o->input);
  add_period_option(*cmd, o->period);
  add_output_options(*cmd, o->output);
  runners["growth"] = [o] { return run_growth(*o); };
}

} // namespace acctmgr::cli
