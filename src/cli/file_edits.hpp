#pragma once

#include "cli/options.hpp"
#include "edit/file_transaction.hpp"
#include "edit/yaml_edit.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "read/load.hpp"
#include "text/diagnostic.hpp"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

/// What `import` and `log` share to edit portfolio files safely (SPEC section 10): each file
/// is locked before it is read, every edited text is parsed again by the loader before
/// anything is written, then either a diff (--dry-run) or every changed file replaced, all or
/// none (edit::FileTransaction).
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

/// The portfolio files of an edit command, loaded and validated. Unless it is a dry run, each
/// is locked from before it is read until the EditInputs goes. Standard input cannot be
/// edited (UsageError).
class EditInputs {
public:
  /// What an edit command makes of a file's bytes (read under its lock) while the loader
  /// parses the files: called on a second thread, once per file found, before the constructor
  /// returns. It must not throw.
  using Prepare = std::function<void(const std::string& file, const std::string& bytes)>;

  EditInputs(const InputOptions& o, bool dry_run, Prepare prepare = {});
  ~EditInputs();
  EditInputs(const EditInputs&) = delete;
  EditInputs& operator=(const EditInputs&) = delete;

  Loaded& loaded() { return loaded_; }

  /// The bytes of a portfolio file of loaded(), to be edited: under its lock, as loaded.
  FileText text(const std::string& file);

  /// --dry-run: prints the unified diff of each changed file on stdout. Otherwise replaces
  /// every changed file, all or none; a file changed meanwhile refuses them all.
  void commit(const std::vector<FileText>& files);

private:
  /// The bytes of `file` as they are now: under its lock, unless it is a dry run.
  std::string read(const std::string& file);

  bool dry_run_;
  std::unique_ptr<edit::FileTransaction> transaction_;
  std::vector<std::pair<std::string, std::string>> early_; ///< files read for Prepare
  Loaded loaded_;
};

/// Parses `text` as the loader does (same settings file), so that an edit can never leave a
/// file acctmgr would refuse. Throws InputError.
Portfolio reparse(const FileText& f, const SettingsFile& settings);

/// Prints every problem and "no file was changed" on stderr; returns exit status 2.
int report_unchanged(const InputError& e);

} // namespace acctmgr::cli
