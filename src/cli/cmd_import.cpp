#include "cli/clock.hpp"
#include "cli/commands.hpp"
#include "cli/file_edits.hpp"
#include "edit/accounting_csv.hpp"
#include "edit/import_plan.hpp"
#include "edit/portfolio_edit.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"
#include "text/diagnostic.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <iostream>
#include <iterator>
#include <memory>

namespace acctmgr::cli {
namespace {

struct ImportOptions {
  std::string kind = to_string(ImportKind::revenue);
  bool replace = false;
  bool dry_run = false;
  std::string csv;
  std::vector<std::string> paths;
  std::string config;
  bool follow = false; ///< -L/--follow
};

/// The CSV's bytes ("-": standard input), read as every input is, under its own cap.
std::string read_csv(const std::string& file) {
  std::vector<Diagnostic> problems;
  std::optional<std::string> bytes = read_input(file, max_csv_bytes, std::cin, problems);
  if (!bytes) throw InputError(std::move(problems));
  return std::move(*bytes);
}

/// A row that cannot be placed, at its CSV line with the line shown.
Diagnostic row_problem(const SourceText& csv, const RowProblem& p) {
  return Diagnostic{csv.file(), p.pos.line, p.pos.column, p.message,
                    std::string(csv.line_text(p.pos.line))};
}

/// A conflict, at the file's value, naming the CSV line that differs.
Diagnostic conflict(const FileText& f, const PlannedEntry& e, ImportKind kind,
                    const std::string& csv) {
  const std::string_view body = strip_bom(f.before);
  const SourceText source(body, f.file);
  Problems one(source);
  const auto at = portfolio_edit::month_offset(f.before, e.client, to_string(kind), e.month);
  one.error(at.value_or(0),
            fmt::format("{} {} of '{}' is {} here but {} in {} (line {}{}); pass --replace to "
                        "overwrite it",
                        to_string(kind), to_string(e.month), e.client,
                        portfolio_edit::amount_text(*e.old), portfolio_edit::amount_text(e.amount),
                        shown_file(csv), e.first_row.line,
                        e.rows > 1 ? fmt::format(", {} rows summed", e.rows) : ""));
  return one.take().front();
}

/// True when `p` holds `amount` for `client`'s month.
bool read_back(const Portfolio& p, const std::string& client, ImportKind kind, Month month,
               Money amount) {
  for (const Client& c : p.clients)
    if (c.id == client) return series_of(c, kind).get(month) == amount;
  return false;
}

int import_command(const ImportOptions& o) {
  const ImportKind kind = *parse_term(kImportKinds, o.kind);
  const std::string csv_bytes = read_csv(o.csv);
  const std::vector<AccountingRow> rows = read_accounting_csv(csv_bytes, o.csv);
  // Each file is locked before it is read, and the plan made from what was read under the lock.
  EditInputs inputs(InputOptions{o.paths, o.config, "", 0, o.follow}, o.dry_run);
  const Loaded& loaded = inputs.loaded();
  std::vector<FileText> files;
  for (const Portfolio& p : loaded.portfolios)
    files.push_back(inputs.text(p.file));
  const ImportPlan plan = plan_import(rows, loaded.portfolios, kind, o.replace);

  std::vector<Diagnostic> problems;
  const SourceText csv_source(strip_bom(csv_bytes), o.csv);
  for (const RowProblem& p : plan.problems)
    problems.push_back(row_problem(csv_source, p));
  for (const FilePlan& fp : plan.files)
    for (const PlannedEntry& e : fp.entries)
      if (e.action == EntryAction::conflict)
        problems.push_back(conflict(files[fp.portfolio], e, kind, o.csv));
  if (!problems.empty()) throw InputError(std::move(problems));

  for (const FilePlan& fp : plan.files) {
    FileText& f = files[fp.portfolio];
    for (const PlannedEntry& e : fp.entries)
      if (e.action == EntryAction::add || e.action == EntryAction::replace)
        f.after = portfolio_edit::set_month(f.after, e.client, to_string(kind), e.month, e.amount);
    // Read back what was written: the loader must accept the file and find every figure.
    const Portfolio edited = reparse(f, loaded.settings_file);
    for (const PlannedEntry& e : fp.entries)
      if (!read_back(edited, e.client, kind, e.month, e.amount))
        throw std::logic_error(fmt::format("{}: {} {} of '{}' did not read back as {}", f.file,
                                           to_string(kind), to_string(e.month), e.client,
                                           portfolio_edit::amount_text(e.amount)));
  }
  inputs.commit(files);

  std::string summary;
  for (const FilePlan& fp : plan.files)
    summary += fmt::format("acctmgr: {}: added {}, unchanged {}, replaced {}{}\n",
                           shown_file(files[fp.portfolio].file), fp.count(EntryAction::add),
                           fp.count(EntryAction::unchanged), fp.count(EntryAction::replace),
                           o.dry_run ? " (dry run: nothing written)" : "");
  if (plan.files.empty()) summary = "acctmgr: the CSV has no rows; nothing to import\n";
  std::fputs(summary.c_str(), stderr);
  return 0;
}

int run_import(const ImportOptions& o) {
  try {
    return import_command(o);
  } catch (const InputError& e) {
    return report_unchanged(e);
  }
}

} // namespace

void setup_import(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<ImportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "import", "Add a month's figures from an accounting CSV export to the portfolio files");
  cmd->add_option("--kind", o->kind, "revenue (default), cost or forecast: the mapping to fill")
      ->check(CLI::IsMember(term_names(kImportKinds)));
  cmd->add_flag("--replace", o->replace,
                "Overwrite a month the file holds with another amount (else a conflict, exit 2)");
  cmd->add_flag("--dry-run", o->dry_run, "Print the changes as a unified diff; write nothing");
  cmd->add_option("csv", o->csv,
                  "The CSV export (- for stdin): a header with client, month and amount in any "
                  "order, optional manager, other columns ignored")
      ->required();
  cmd->add_option("paths", o->paths,
                  "Portfolio files or directories to edit. Default: $ACCTMGR_FILE, else "
                  "portfolio.yaml");
  cmd->add_option("--config", o->config,
                  "Settings file (default: $ACCTMGR_CONFIG, else the nearest acctmgr.yaml beside "
                  "the files given, or above); it is read, never written");
  add_follow_option(*cmd, o->follow);
  runners["import"] = [o] { return run_import(*o); };
}

} // namespace acctmgr::cli
