#include "cli/commands.hpp"
#include "cli/report_command.hpp"
#include "cli/since.hpp"
#include "reports/diff.hpp"
#include "reports/review.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <memory>

namespace acctmgr::cli {
namespace {

/// The formats review offers: a document of several tables has no one CSV.
const std::span<const Format> kReviewFormats = formats_for(Holds::review);

constexpr const char* kNoCsv = "review is a document of several tables: use --format table, md, "
                               "json or html (each report command has its own CSV)";

/// The format asked for; CSV (--format csv, -o FILE.csv) gets the message that says why and
/// what to use instead.
Format review_format(const OutputOptions& o) {
  if (parse_term(kFormats, o.format) == Format::csv) throw UsageError(kNoCsv);
  const Format format = output_format(o, kReviewFormats);
  if (format == Format::csv) throw UsageError(kNoCsv);
  return format;
}

struct ReviewOptions : ReportOptions {
  std::string since; ///< --since REV: a "since REV" section after top actions
};

/// The review with "since REV" after its top actions (SPEC section 13): the findings new and
/// resolved, the restated months, each manager's outlook TOTAL.
Document review_since(const ReviewOptions& o, const PeriodSpec& spec, bool pages) {
  const Loaded loaded = load_inputs(o.input, o.output);
  const ReportInput in = report_input(loaded, spec);
  require_rates(in, RateYears::period_end_and_as_of);
  Document d = pages ? review_pages_document(in) : review_document(in);
  const Then then = load_then(o.since, loaded, o.input, spec);
  std::vector<Section> since = since_sections(then.against(in));
  auto at = std::find_if(d.sections.begin(), d.sections.end(),
                         [](const Section& s) { return s.key == "top_actions"; });
  at = at == d.sections.end() ? d.sections.begin() : at + 1;
  d.sections.insert(at, std::make_move_iterator(since.begin()),
                    std::make_move_iterator(since.end()));
  return d;
}

int run_review(const ReviewOptions& o) {
  const PeriodSpec spec = parse_period(o.period);
  const Format format = review_format(o.output);
  // HTML and Markdown are the pages people send (SPEC 11, v3): team, then each manager.
  const bool pages = format == Format::html || format == Format::md;
  if (!o.since.empty()) {
    print(o.output, review_since(o, spec, pages), format);
    return 0;
  }
  load_and_print(o.input, o.output, spec, pages ? review_pages_document : review_document, format,
                 RateYears::period_end_and_as_of);
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
  add_spark_option(*cmd, o->output);
  add_wide_option(*cmd, o->output);
  cmd->add_option("--since", o->since,
                  "REV: add a section after top actions with what changed since git revision "
                  "REV: findings new and resolved, restated months, each manager's outlook")
      ->option_text("REV");
  // Only what review accepts is offered: no CSV, so neither --csv nor the CSV-only --bom.
  cmd->get_option("--format")->description(formats_help(kReviewFormats));
  cmd->get_option("--output")
      ->description("Write the review to FILE (format from its extension: .md .json .txt .html)");
  for (const char* csv_only : {"--csv", "--bom"})
    cmd->remove_option(cmd->get_option_no_throw(csv_only));
  o->output.private_data = true; // salary: a new -o file gets 0600 (SPEC section 10)
  runners["review"] = [o] { return run_review(*o); };
}

} // namespace acctmgr::cli
