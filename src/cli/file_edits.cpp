#include "cli/file_edits.hpp"

#include "cli/clock.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "edit/unified_diff.hpp"
#include "read/source_check.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace acctmgr::cli {
namespace {

std::string read_bytes(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  if (!in && !in.eof()) throw UsageError(fmt::format("cannot read '{}'", file));
  return out.str();
}

/// The name after a/ and b/ in a diff: a directory scan's "./x.yaml" as "x.yaml".
std::string diff_name(std::string file) {
  while (file.starts_with("./"))
    file.erase(0, 2);
  return file;
}

} // namespace

std::string read_for_edit(const std::string& file) {
  if (file == "-")
    throw UsageError("cannot edit standard input: give the portfolio file to change");
  std::vector<Diagnostic> problems;
  std::istringstream no_stdin;
  std::optional<std::string> bytes = read_input(file, max_file_bytes, no_stdin, problems);
  if (!bytes) throw InputError(std::move(problems));
  return std::move(*bytes);
}

Portfolio reparse(const FileText& f, const SettingsFile& settings) {
  return parse_portfolio(f.after, f.file, settings, std::nullopt, last_complete_month());
}

void commit(const std::vector<FileText>& files, bool dry_run) {
  if (dry_run) {
    std::string out;
    for (const FileText& f : files)
      if (f.changed()) out += unified_diff(f.before, f.edits, diff_name(f.file));
    write_stdout(out);
    return;
  }
  // Another program (an editor, a second acctmgr) may have saved a file meanwhile: its
  // change must not be lost, and then no file is written at all.
  for (const FileText& f : files)
    if (f.changed() && read_bytes(f.file) != f.before)
      throw UsageError(fmt::format("'{}' changed while acctmgr was editing it; nothing was "
                                   "written, run the command again",
                                   f.file));
  for (const FileText& f : files)
    if (f.changed()) replace_file_atomically(f.file, f.after);
}

int report_unchanged(const InputError& e) {
  std::string text;
  std::size_t n = 0;
  for (const Diagnostic& d : e.diagnostics()) {
    text += format_diagnostic(d);
    n += d.not_shown > 0 ? d.not_shown : 1;
  }
  text += fmt::format("acctmgr: {} problem{} found; no file was changed\n", n, n == 1 ? "" : "s");
  std::fputs(text.c_str(), stderr);
  return 2;
}

} // namespace acctmgr::cli
