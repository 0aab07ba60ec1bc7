#include "cli/commands.hpp"
#include "core/review.hpp"

#include <memory>

namespace acctmgr::cli {
namespace {

struct ReviewOptions {
  InputOptions input;
  std::string period = "ytd";
  OutputOptions output;
};

int run_review(const ReviewOptions& o) {
  const PeriodSpec spec = parse_period(o.period);
  const Format format = output_format(o.output);
  if (format == Format::csv)
    throw UsageError("review is a document of several tables: use --format table, md or json "
                     "(each report command has its own CSV)");
  const Loaded loaded = load_inputs(o.input, o.output);
  print(o.output, review_document(report_input(loaded, spec)), format);
  return 0;
}

} // namespace

void setup_review(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<ReviewOptions>();
  CLI::App* cmd = app.add_subcommand(
      "review", "The monthly review: summary, clients, findings and bonus in one document");
  add_input_options(*cmd, o->input);
  add_period_option(*cmd, o->period);
  add_output_options(*cmd, o->output);
  runners["review"] = [o] { return run_review(*o); };
}

} // namespace acctmgr::cli
