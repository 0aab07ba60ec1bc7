#include "cli/commands.hpp"
#include "core/bonus.hpp"
#include "core/findings.hpp"
#include "core/review.hpp"
#include "core/summary.hpp"
#include "io/render_findings.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <memory>

namespace acctmgr::cli {
namespace {

struct ReviewOptions {
  InputOptions input;
  std::string period = "ytd";
  OutputOptions output;
};

/// The review's sections, in reading order, each with the key it has in JSON. A JSON-only
/// section carries in data what the other formats say in a table's notes.
struct Section {
  std::string key;
  Table table;
  bool json_only = false;
};

/// The bonus section: every portfolio that can be paid under a plan; the others are named in
/// a note instead (the SPEC: review leaves the bonus out rather than failing). JSON has no
/// notes, so `missing` gets a row per portfolio left out, with the same reason.
Table bonus_section(const Loaded& loaded, Table& missing) {
  missing.title = "bonus not shown";
  missing.columns = {{"manager", CellKind::text}, {"reason", CellKind::text}};
  std::vector<BonusResult> results;
  std::vector<std::string> notes;
  for (const Portfolio& p : loaded.portfolios) {
    const int year = default_bonus_year(p);
    const std::vector<std::string> problems = bonus_problems(p, year);
    if (problems.empty()) {
      results.push_back(bonus(p, year, Basis::projected));
      continue;
    }
    std::string why;
    for (const std::string& problem : problems)
      why += (why.empty() ? "" : "; ") + problem;
    notes.push_back(fmt::format("{}: no bonus shown ({})", p.manager, why));
    missing.rows.push_back({{p.manager, why}, false});
  }
  Table t = bonus_table(results);
  t.notes.insert(t.notes.end(), notes.begin(), notes.end());
  return t;
}

std::vector<Section> review_sections(const Loaded& loaded, const PeriodSpec& spec) {
  std::vector<ReviewInput> inputs;
  std::vector<SummaryRow> rows;
  std::vector<Finding> all;
  for (const Portfolio& p : loaded.portfolios) {
    const Period period = period_for(p, spec);
    std::vector<Finding> found = findings(p, period);
    rows.push_back(summarize(p, period, found));
    all.insert(all.end(), found.begin(), found.end());
    inputs.push_back({&p, period, std::move(found)});
  }
  sort_findings(all);
  const SummaryRow total = team_total(rows, loaded.settings_file.settings.growth_target);
  Table bonus_missing;
  Table bonus = bonus_section(loaded, bonus_missing);
  return {{"summary", summary_table(rows, total, to_string(spec))},
          {"clients", review_clients_table(inputs, to_string(spec))},
          {"findings", findings_table(all)},
          {"bonus", std::move(bonus)},
          {"bonus_missing", std::move(bonus_missing), true}};
}

std::string title(const Loaded& loaded, const PeriodSpec& spec) {
  std::vector<std::string> as_of;
  for (const Portfolio& p : loaded.portfolios)
    if (std::find(as_of.begin(), as_of.end(), to_string(p.as_of)) == as_of.end())
      as_of.push_back(to_string(p.as_of));
  return fmt::format("Monthly review, {}, as of {}", to_string(spec), fmt::join(as_of, ", "));
}

std::string render_review(const std::string& heading, const std::vector<Section>& sections,
                          Format f, bool color) {
  std::string out;
  if (f == Format::json) {
    out = "{\n";
    for (std::size_t i = 0; i < sections.size(); ++i) {
      std::string array = render_json(sections[i].table);
      if (!array.empty() && array.back() == '\n') array.pop_back();
      out +=
          fmt::format("\"{}\": {}{}\n", sections[i].key, array, i + 1 < sections.size() ? "," : "");
    }
    return out + "}\n";
  }
  out = f == Format::md ? "# " + heading + "\n" : heading + "\n";
  for (const Section& s : sections)
    if (!s.json_only) out += "\n" + render(s.table, f, color);
  return out;
}

int run_review(const ReviewOptions& o) {
  const PeriodSpec spec = parse_period(o.period);
  const Format format = output_format(o.output);
  if (format == Format::csv)
    throw UsageError("review is a document of several tables: use --format table, md or json "
                     "(each report command has its own CSV)");
  const Loaded loaded = load_inputs(o.input, o.output);
  emit(o.output, render_review(title(loaded, spec), review_sections(loaded, spec), format,
                               format == Format::table && use_color(o.output)));
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
