#pragma once

#include "edit/yaml_edit.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "read/load.hpp"
#include "text/diagnostic.hpp"

#include <string>
#include <utility>
#include <vector>

/// What `import` and `log` share to edit portfolio files safely (SPEC section 10): every
/// edited text is parsed again by the loader before anything is written; then either a diff
/// (--dry-run) or each file replaced atomically, with its permissions.
namespace acctmgr::cli {

/// A portfolio file as read and as edited.
struct FileText {
  std::string file;
  std::string before;
  std::string after;
  /// What makes `after` from `before` (ordered as yaml_edit::sort_edits leaves them):
  /// --dry-run's diff is built from them.
  std::vector<yaml_edit::Edit> edits;
  bool changed() const { return before != after; }
  /// Sets `edits` and `after`, applied in one pass.
  void set_edits(std::vector<yaml_edit::Edit> e) {
    after = yaml_edit::apply(before, e);
    edits = std::move(e);
  }
};

/// The bytes of a portfolio file about to be edited; standard input cannot be (UsageError).
std::string read_for_edit(const std::string& file);

/// Parses `text` as the loader does (same settings file), so that an edit can never leave a
/// file acctmgr would refuse. Throws InputError.
Portfolio reparse(const FileText& f, const SettingsFile& settings);

/// --dry-run: prints the unified diff of each changed file on stdout (from its edits). Otherwise
/// checks that no file changed on disk since it was read, then replaces each changed file
/// atomically.
void commit(const std::vector<FileText>& files, bool dry_run);

/// Prints every problem and "no file was changed" on stderr; returns exit status 2.
int report_unchanged(const InputError& e);

} // namespace acctmgr::cli
