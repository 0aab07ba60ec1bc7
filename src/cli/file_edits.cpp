#include "cli/file_edits.hpp"

#include "cli/clock.hpp"
#include "cli/inputs.hpp"
#include "cli/output.hpp"
#include "edit/unified_diff.hpp"
#include "read/source_check.hpp"
#include "text/text.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <future>
#include <sstream>

namespace acctmgr::cli {
namespace {

/// The name after a/ and b/ in a diff: a directory scan's "./x.yaml" as "x.yaml".
std::string diff_name(std::string file) {
  while (file.starts_with("./"))
    file.erase(0, 2);
  return file;
}

void print_notes(const std::vector<std::string>& notes) {
  for (const std::string& note : notes)
    fmt::print(stderr, "acctmgr: note: {}\n", escape_terminal(note));
}

} // namespace

EditInputs::EditInputs(const InputOptions& o, bool dry_run, Prepare prepare) : dry_run_(dry_run) {
  std::future<void> prepared;
  loaded_ = load_inputs(o, [&](const std::vector<std::string>& files) {
    for (const std::string& f : files)
      if (f == "-")
        throw UsageError("cannot edit standard input: give the portfolio file to change");
    // A file that is not there is the loader's to report, with the others.
    std::vector<std::string> present;
    for (const std::string& f : files) {
      std::error_code ec;
      if (std::filesystem::exists(f, ec)) present.push_back(f);
    }
    if (dry_run_) {
      recover_interrupted_edits(files);
    } else {
      transaction_ = std::make_unique<edit::FileTransaction>(present);
      print_notes(transaction_->notes());
    }
    if (!prepare) return;
    // The bytes to edit, read now (under the locks), are prepared on a second thread while the
    // loader parses the files for the plan.
    for (const std::string& f : present)
      try {
        early_.emplace_back(f, read(f));
      } catch (const std::exception&) {
        // read again by text(), after the loader has said what is wrong with the file
      }
    prepared = std::async(std::launch::async, [this, &prepare] {
      for (const auto& [file, bytes] : early_)
        prepare(file, bytes);
    });
  });
  if (prepared.valid()) prepared.get();
}

EditInputs::~EditInputs() = default;

std::string EditInputs::read(const std::string& file) {
  if (transaction_) return transaction_->read(transaction_->index(file), max_file_bytes);
  std::vector<Diagnostic> problems;
  std::istringstream no_stdin;
  std::optional<std::string> bytes = read_input(file, max_file_bytes, no_stdin, problems);
  if (!bytes) throw InputError(std::move(problems));
  return std::move(*bytes);
}

FileText EditInputs::text(const std::string& file) {
  FileText f{file, {}, {}, {}};
  const auto early =
      std::find_if(early_.begin(), early_.end(), [&](const auto& e) { return e.first == file; });
  f.before = early != early_.end() ? early->second : read(file);
  f.after = f.before;
  return f;
}

void EditInputs::commit(const std::vector<FileText>& files) {
  if (dry_run_) {
    std::string out;
    for (const FileText& f : files)
      if (f.changed()) out += unified_diff(f.before, f.edits, diff_name(f.file));
    write_stdout(out);
    return;
  }
  std::vector<std::optional<std::string>> texts;
  for (const FileText& f : files) {
    const std::size_t i = transaction_->index(f.file);
    if (texts.size() <= i) texts.resize(i + 1);
    if (f.changed()) texts[i] = f.after;
  }
  const std::size_t before = transaction_->notes().size();
  transaction_->commit(texts);
  print_notes({transaction_->notes().begin() + static_cast<std::ptrdiff_t>(before),
               transaction_->notes().end()});
}

Portfolio reparse(const FileText& f, const SettingsFile& settings) {
  return parse_portfolio(f.after, f.file, settings, std::nullopt, last_complete_month());
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
