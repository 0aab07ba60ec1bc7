#include "cli/clock.hpp"
#include "cli/commands.hpp"
#include "cli/file_edits.hpp"
#include "cli/located_diagnostic.hpp"
#include "edit/as_of_edit.hpp"
#include "read/scalars.hpp"
#include "reports/client_state.hpp"
#include "text/diagnostic.hpp"
#include "text/text.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <memory>
#include <stdexcept>
#include <utility>

namespace acctmgr::cli {
namespace {

struct CloseOptions {
  std::string month;
  bool reopen = false;
  bool dry_run = false;
  std::vector<std::string> paths;
  std::string config;
  bool follow = false; ///< -L/--follow
};

/// MONTH, checked before any file is read: a month that is not over cannot be closed.
Month month_to_close(const std::string& typed) {
  const Parsed<Month> parsed = parse_month(typed);
  if (!parsed) throw UsageError(fmt::format("MONTH: {}", parsed.error));
  const Month last = last_complete_month();
  if (*parsed.value > last)
    throw UsageError(fmt::format("cannot close {}: it is after {}, the last complete month (a "
                                 "month is closed once it is over)",
                                 to_string(*parsed.value), to_string(last)));
  return *parsed.value;
}

/// Why `p` cannot be closed at `month`, each at its place in the file: a closed month reopened
/// without --reopen, at the as_of value (the whole file when it has none: it counts as closed
/// at the last complete month); every client active at `month` without a revenue entry for
/// it (an explicit 0 counts), at its `- id:` line.
std::vector<std::pair<SourcePos, std::string>> close_problems(const Portfolio& p, Month month,
                                                              bool reopen) {
  std::vector<std::pair<SourcePos, std::string>> out;
  if (month < p.as_of && !reopen) {
    const Month first = month + 1;
    const std::string reopened =
        first == p.as_of ? to_string(first) : to_string(first) + ".." + to_string(p.as_of);
    const std::string closed =
        p.as_of_pos.line > 0
            ? fmt::format("as_of is {}", to_string(p.as_of))
            : fmt::format("the file has no as_of, so it counts as closed at {}, the last "
                          "complete month",
                          to_string(p.as_of));
    out.emplace_back(p.as_of_pos, fmt::format("{}: closing {} would reopen {}; pass --reopen to "
                                              "reopen closed months",
                                              closed, to_string(month), reopened));
  }
  for (const Client& c : p.clients)
    if (is_active_at(c, month) && !c.revenue.has(month))
      out.emplace_back(c.pos,
                       fmt::format("client {} has no revenue for {}", c.id, to_string(month)));
  return out;
}

/// The summary line of one file.
std::string close_summary(const Portfolio& p, const FileText& f, Month month, bool dry_run) {
  const std::string file = escape_terminal(shown_file(f.file));
  const std::string was = to_string(p.as_of), now = to_string(month);
  const std::string dry = dry_run ? " (dry run: nothing written)" : "";
  if (!f.changed()) return fmt::format("acctmgr: {}: as_of {}, unchanged\n", file, now);
  if (p.as_of_pos.line == 0)
    return fmt::format("acctmgr: {}: as_of {} added (without it the file counted as closed at "
                       "{}){}\n",
                       file, now, was, dry);
  return fmt::format("acctmgr: {}: as_of {} -> {}{}{}\n", file, was, now,
                     month < p.as_of ? " (reopened)" : "", dry);
}

int close_command(const CloseOptions& o) {
  const Month month = month_to_close(o.month);
  // Each file is locked before it is read; all are checked before any is written.
  EditInputs inputs(InputOptions{o.paths, o.config, "", 0, o.follow}, o.dry_run);
  const Loaded& loaded = inputs.loaded();
  std::vector<FileText> files;
  std::vector<Diagnostic> problems;
  for (const Portfolio& p : loaded.portfolios) {
    files.push_back(inputs.text(p.file));
    const auto found = close_problems(p, month, o.reopen);
    if (found.empty()) continue;
    std::vector<Diagnostic> located = located_diagnostics(files.back().before, p.file, found);
    problems.insert(problems.end(), std::make_move_iterator(located.begin()),
                    std::make_move_iterator(located.end()));
  }
  if (!problems.empty()) throw InputError(std::move(problems));

  std::string out;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Portfolio& p = loaded.portfolios[i];
    FileText& f = files[i];
    // Closing to the as_of a file has writes nothing; a file without one gets the key.
    if (p.as_of != month || p.as_of_pos.line == 0) {
      f.set_edits(portfolio_edit::as_of_edits(f.before, month));
      // Read back: the file must load, closed at `month`, with every client it had.
      const Portfolio edited = reparse(f, loaded.settings_file);
      if (edited.as_of != month || edited.as_of_pos.line == 0 ||
          edited.clients.size() != p.clients.size())
        throw std::logic_error(
            fmt::format("{}: as_of {} did not read back", f.file, to_string(month)));
    }
    out += close_summary(p, f, month, o.dry_run);
  }
  inputs.commit(files);
  std::fputs(out.c_str(), stderr);
  return 0;
}

int run_close(const CloseOptions& o) {
  try {
    return close_command(o);
  } catch (const InputError& e) {
    return report_unchanged(e);
  }
}

} // namespace

void setup_close(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<CloseOptions>();
  CLI::App* cmd = app.add_subcommand(
      "close", "Close a month: set as_of in the portfolio files once every active client has its "
               "revenue");
  cmd->add_option("month", o->month,
                  "The month to close, YYYY-MM: at most the last complete month, not before a "
                  "file's as_of unless --reopen")
      ->required();
  cmd->add_flag("--reopen", o->reopen,
                "Allow a month before a file's as_of (a file without as_of counts as closed at "
                "the last complete month): the months after it are open again");
  cmd->add_flag("--dry-run", o->dry_run, "Print the changes as a unified diff; write nothing");
  cmd->add_option("paths", o->paths,
                  "Portfolio files or directories to close. Default: $ACCTMGR_FILE, else "
                  "portfolio.yaml");
  cmd->add_option("--config", o->config,
                  "Settings file (default: $ACCTMGR_CONFIG, else the nearest acctmgr.yaml beside "
                  "the files given, or above); it is read, never written");
  add_follow_option(*cmd, o->follow);
  runners["close"] = [o] { return run_close(*o); };
}

} // namespace acctmgr::cli
