#include "cli/clock.hpp"
#include "cli/commands.hpp"
#include "cli/file_edits.hpp"
#include "edit/accounting_csv.hpp"
#include "edit/import_plan.hpp"
#include "edit/portfolio_edit.hpp"
#include "read/schema_reader.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"
#include "text/diagnostic.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <functional>
#include <iostream>
#include <iterator>
#include <memory>
#include <string_view>
#include <sys/stat.h>
#include <unordered_map>

namespace acctmgr::cli {
namespace {

struct ImportOptions {
  std::string kind = to_string(ImportKind::revenue);
  bool replace = false;
  bool dry_run = false;
  std::string profile; ///< --profile; empty: `default`, else the built-in layout
  std::string csv;
  std::vector<std::string> paths;
  std::string config;
  bool follow = false; ///< -L/--follow
};

/// "a FIFO (named pipe)": what a path that is not a regular file names, for a message.
std::string_view file_kind_name(mode_t mode) {
  return S_ISFIFO(mode)   ? "a FIFO (named pipe)"
         : S_ISDIR(mode)  ? "a directory"
         : S_ISCHR(mode)  ? "a character device"
         : S_ISBLK(mode)  ? "a block device"
         : S_ISSOCK(mode) ? "a socket"
                          : "not a file";
}

/// The CSV's bytes (SPEC section 10): standard input ("-", a pipe too) or a regular file, read
/// as every input is, under its own cap. Any other path (a FIFO, `<(...)`, a device, a
/// directory) is refused from its stat, before it is opened: opening a FIFO waits for a
/// writer, and a device may never end.
std::string read_csv(const std::string& file) {
  struct stat st {};
  if (file != "-" && ::stat(file.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    std::string message = fmt::format("cannot read {}: it is {}, not a regular file (for a "
                                      "stream, give - and pipe it to standard input)",
                                      file, file_kind_name(st.st_mode));
    throw InputError({Diagnostic{file, 0, 0, std::move(message), {}}});
  }
  std::vector<Diagnostic> problems;
  std::optional<std::string> bytes = read_input(file, max_csv_bytes, std::cin, problems);
  if (!bytes) throw InputError(std::move(problems));
  return std::move(*bytes);
}

/// The import profile that reads the export (SPEC section 10, v3): the one --profile names,
/// else the settings file's `default`, else acctmgr's own layout. An unknown name is a usage
/// error listing the names there are.
ImportProfile chosen_profile(const SettingsFile& settings, const std::string& name) {
  for (const ImportProfile& p : settings.imports)
    if (p.name == (name.empty() ? "default" : name)) return p;
  if (name.empty()) return builtin_import_layout();
  if (settings.path.empty())
    throw UsageError(fmt::format("unknown import profile '{}': no settings file was found, and "
                                 "profiles are defined under imports: in one (acctmgr.yaml, or "
                                 "--config FILE)",
                                 name));
  if (settings.imports.empty())
    throw UsageError(fmt::format("unknown import profile '{}': {} defines none (imports:)", name,
                                 shown_file(settings.path)));
  std::vector<std::string_view> names;
  std::string list;
  for (const ImportProfile& p : settings.imports) {
    names.push_back(p.name);
    list += fmt::format("{}{}", list.empty() ? "" : ", ", p.name);
  }
  const std::string_view hint = closest(name, names);
  throw UsageError(fmt::format("unknown import profile '{}'{}: {} defines {}", name,
                               hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint),
                               shown_file(settings.path), list));
}

/// A row that cannot be placed, at its CSV line with the line shown.
Diagnostic row_problem(const SourceText& csv, const RowProblem& p) {
  return Diagnostic{csv.file(), p.pos.line, p.pos.column, p.message,
                    std::string(csv.line_text(p.pos.line))};
}

/// Warns on stderr of rows identical to an earlier one, the first few each with both lines (they
/// are imported all the same: two equal invoices are possible, and without an invoice column
/// nothing tells them from a doubled export).
void warn_repeated_rows(const SourceText& csv, const std::vector<AccountingRow>& rows) {
  constexpr std::size_t shown = 10;
  std::string out;
  std::size_t count = 0;
  for (const AccountingRow& row : rows) {
    if (row.repeats_line == 0 || ++count > shown) continue;
    Diagnostic d{csv.file(), row.pos.line, row.pos.column,
                 fmt::format("this row is identical to line {} (an export concatenated twice?); "
                             "both are imported, summed",
                             row.repeats_line),
                 std::string(csv.line_text(row.pos.line))};
    d.warning = true;
    out += format_diagnostic(d);
  }
  if (count > shown) {
    const std::size_t rest = count - shown;
    Diagnostic more{csv.file(), 0, 0, {}, {}};
    more.message = fmt::format("{} more {} identical to earlier ones; all are imported, summed",
                               rest, rest == 1 ? "row is" : "rows are");
    more.warning = true;
    out += format_diagnostic(more);
  }
  std::fputs(out.c_str(), stderr);
}

/// The conflicts of one file, each at the file's value, naming the CSV line that differs:
/// located from the file's layout.
void add_conflicts(const FileText& f, const portfolio_edit::MonthLayout& layout, const FilePlan& fp,
                   ImportKind kind, const std::string& csv, std::vector<Diagnostic>& problems) {
  std::vector<const PlannedEntry*> conflicts;
  std::vector<portfolio_edit::MonthKey> at;
  for (const PlannedEntry& e : fp.entries)
    if (e.action == EntryAction::conflict) {
      conflicts.push_back(&e);
      at.push_back({e.client, to_string(kind), e.month});
    }
  if (conflicts.empty()) return;
  const std::vector<std::optional<std::size_t>> offsets = layout.offsets(at);
  const SourceText source(strip_bom(f.before), f.file);
  for (std::size_t i = 0; i < conflicts.size(); ++i) {
    const PlannedEntry& e = *conflicts[i];
    Problems one(source); // each conflict shown, in the plan's order
    one.error(offsets[i].value_or(0),
              fmt::format("{} {} of '{}' is {} here but {} in {} (line {}{}); pass --replace "
                          "to overwrite it",
                          to_string(kind), to_string(e.month), e.client,
                          portfolio_edit::amount_text(*e.old),
                          portfolio_edit::amount_text(e.amount), shown_file(csv), e.first_row.line,
                          e.rows > 1 ? fmt::format(", {} rows summed", e.rows) : ""));
    problems.push_back(one.take().front());
  }
}

/// The plan's added and replaced months of one file, as edits to make.
std::vector<portfolio_edit::MonthSet> month_sets(const FilePlan& fp, ImportKind kind) {
  std::vector<portfolio_edit::MonthSet> sets;
  for (const PlannedEntry& e : fp.entries)
    if (e.action == EntryAction::add || e.action == EntryAction::replace)
      sets.push_back({e.client, to_string(kind), e.month, e.amount, e.old.has_value()});
  return sets;
}

/// Reads the edited file back: the loader must accept it and find every figure of the plan.
void read_back(const FileText& f, const FilePlan& fp, ImportKind kind,
               const SettingsFile& settings) {
  const Portfolio edited = reparse(f, settings);
  std::unordered_map<std::string_view, const Client*> clients;
  for (const Client& c : edited.clients)
    clients.emplace(c.id, &c);
  for (const PlannedEntry& e : fp.entries) {
    const auto c = clients.find(e.client);
    if (c != clients.end() && series_of(*c->second, kind).get(e.month) == e.amount) continue;
    // An entry left as it was differs only when the file changed since it was loaded.
    if (e.action == EntryAction::unchanged)
      throw UsageError(fmt::format("'{}' changed while acctmgr was reading it; nothing was "
                                   "written, run the command again",
                                   f.file));
    throw std::logic_error(fmt::format("{}: {} {} of '{}' did not read back as {}", f.file,
                                       to_string(kind), to_string(e.month), e.client,
                                       portfolio_edit::amount_text(e.amount)));
  }
}

/// The note on months imported after a file's as_of, which the reports leave out until the
/// month is closed (SPEC section 10); empty when there are none.
std::string after_as_of_note(const FilePlan& fp, const std::string& file, bool dry_run) {
  if (fp.after_as_of.empty()) return {};
  const Month last = fp.after_as_of.back();
  const std::string months =
      fp.after_as_of.size() == 1
          ? to_string(last)
          : fmt::format("{} to {}", to_string(fp.after_as_of.front()), to_string(last));
  return fmt::format("acctmgr: note: {}: {} {} after as_of {}; reports stop at as_of until "
                     "`acctmgr close {}`\n",
                     shown_file(file), months, dry_run ? "would be imported" : "imported",
                     to_string(fp.as_of), to_string(last));
}

int import_command(const ImportOptions& o) {
  const ImportKind kind = *parse_term(kImportKinds, o.kind);
  const std::string key = to_string(kind);
  const std::string csv_bytes = read_csv(o.csv);
  // Each file is locked before it is read, and the plan made from what was read under the lock.
  // Its layout (where each month goes) is made on a second thread while the loader parses the
  // same bytes: an import then takes the wall time of two parses of a file, not three.
  std::unordered_map<std::string, portfolio_edit::MonthLayout> early;
  EditInputs inputs(InputOptions{o.paths, o.config, "", 0, o.follow}, o.dry_run,
                    [&](const std::string& file, const std::string& bytes) {
                      try {
                        early.try_emplace(file, bytes, std::vector{key});
                      } catch (const std::exception&) {
                        // made again below, once the loader has accepted the file
                      }
                    });
  Loaded& loaded = inputs.loaded();
  // The export is read with the settings file's profile: after the load, which finds it. A
  // month not yet over has no final figures; a forecast is all months to come.
  const ImportProfile profile = chosen_profile(loaded.settings_file, o.profile);
  const std::optional<Month> latest =
      kind == ImportKind::forecast ? std::nullopt : std::optional(last_complete_month());
  const AccountingExport csv = read_export(csv_bytes, o.csv, profile, latest);
  const std::vector<AccountingRow>& rows = csv.rows;
  const SourceText csv_source(strip_bom(csv_bytes), o.csv);
  warn_repeated_rows(csv_source, rows);
  if (csv.skipped > 0)
    fmt::print(stderr, "acctmgr: {}: {} row{} skipped by skip_rows of profile '{}'\n",
               shown_file(o.csv), csv.skipped, csv.skipped == 1 ? "" : "s", profile.name);
  std::vector<FileText> files;
  std::vector<std::optional<portfolio_edit::MonthLayout>> layouts;
  for (const Portfolio& p : loaded.portfolios) {
    files.push_back(inputs.text(p.file));
    layouts.emplace_back();
    if (auto it = early.find(p.file); it != early.end()) layouts.back() = std::move(it->second);
  }
  const auto layout = [&](std::size_t file) -> const portfolio_edit::MonthLayout& {
    if (!layouts[file]) layouts[file].emplace(files[file].before, std::vector{key});
    return *layouts[file];
  };
  const ImportPlan plan = plan_import(rows, loaded.portfolios, kind, o.replace);

  std::vector<Diagnostic> problems;
  for (const RowProblem& p : plan.problems)
    problems.push_back(row_problem(csv_source, p));
  for (const FilePlan& fp : plan.files)
    if (fp.count(EntryAction::conflict) > 0)
      add_conflicts(files[fp.portfolio], layout(fp.portfolio), fp, kind, o.csv, problems);
  if (!problems.empty()) throw InputError(std::move(problems));
  // The plan holds what it needs: the models go before the edited files are loaded again.
  std::vector<Portfolio>().swap(loaded.portfolios);

  // All edits of a file from its layout, applied in one pass, the result loaded once.
  for (const FilePlan& fp : plan.files) {
    const std::vector<portfolio_edit::MonthSet> sets = month_sets(fp, kind);
    if (!sets.empty()) files[fp.portfolio].set_edits(layout(fp.portfolio).edits(sets));
    layouts[fp.portfolio].reset();
    read_back(files[fp.portfolio], fp, kind, loaded.settings_file);
  }
  inputs.commit(files);

  std::string summary;
  for (const FilePlan& fp : plan.files) {
    summary += fmt::format("acctmgr: {}: added {}, unchanged {}, replaced {}{}\n",
                           shown_file(files[fp.portfolio].file), fp.count(EntryAction::add),
                           fp.count(EntryAction::unchanged), fp.count(EntryAction::replace),
                           o.dry_run ? " (dry run: nothing written)" : "");
    summary += after_as_of_note(fp, files[fp.portfolio].file, o.dry_run);
  }
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
  cmd->add_option("--profile", o->profile,
                  "The import profile that reads the export, one of imports: in the settings "
                  "(acctmgr.yaml). Default: the profile named default if there is one, else "
                  "acctmgr's own layout")
      ->type_name("NAME");
  cmd->add_option("csv", o->csv,
                  "The CSV export (- for stdin): in acctmgr's own layout, a header with client, "
                  "month and amount in any order, optional manager, other columns ignored")
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
