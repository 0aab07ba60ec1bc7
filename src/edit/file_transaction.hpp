#pragma once

#include "edit/edit_journal.hpp"
#include "edit/file_lock.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

/// An all-or-nothing edit of several files (SPEC section 10, "Safety of edits and outputs"),
/// shared by `import`, `log` and `close`:
///
/// 1. every file is locked (FileLock), in one order, before it is read;
/// 2. every new version is written and synced as a temporary file beside its file, with the
///    file's owner, group and mode, and the original is kept under a second name (a hard link);
/// 3. a journal, `.acctmgr-journal` in the first edited file's directory, lists each file, its
///    temporary and its kept original before any of them is made, and is marked `commit` when
///    all are ready (each file is checked against what was read just before);
/// 4. the temporaries are renamed into place; the journal is marked `done`, the kept originals
///    and the journal removed, the locks released.
///
/// A failure during the renames puts back the files already replaced. A run interrupted at any
/// step (kill -9, power loss) is undone by the next command that reads or edits those files
/// (recover_interrupted): every file as it was, no temporary left.
namespace acctmgr::edit {

/// A step of commit() where a test may inject a fault (FileTransaction::Options::fault).
enum class Step {
  write_temporary, ///< before file i's temporary is written
  keep_original,   ///< before file i's original is kept
  rename,          ///< before file i's temporary is renamed into place
  finish,          ///< after every rename, before the journal is marked done
  clean_up,        ///< after the journal is marked done, before the originals are removed
};

/// One file being edited: where it is, and what was read.
struct EditedFile {
  std::string given;  ///< as the user named it
  std::string target; ///< the file itself (a symbolic link given: its target), absolute
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t device = 0, inode = 0;
  std::uint64_t hash = 0; ///< of the bytes read
  bool read = false;
};

class FileTransaction {
public:
  struct Options {
    LockTimes lock;
    /// Tests only: called before each step; may throw (a failing step) or end the process.
    std::function<void(Step, std::size_t)> fault;
  };

  /// Locks `files` for editing. Refuses (EditRefused, nothing locked) a file that is not a
  /// regular file, has more than one hard link, or has no write permission bit for the user
  /// (root included). A symbolic link given is edited at its target.
  explicit FileTransaction(const std::vector<std::string>& files, Options options);
  explicit FileTransaction(const std::vector<std::string>& files)
      : FileTransaction(files, Options{}) {}
  ~FileTransaction();
  FileTransaction(const FileTransaction&) = delete;
  FileTransaction& operator=(const FileTransaction&) = delete;

  /// The index of `given` among the files locked; throws std::out_of_range.
  std::size_t index(const std::string& given) const;

  /// The bytes of file `i`, read under its lock, at most `cap` bytes (EditRefused beyond).
  std::string read(std::size_t i, std::size_t cap);

  /// Replaces every file `i` whose texts[i] is set with that text, all or none. Each file must
  /// have been read, and be as it was read (EditRefused otherwise, nothing written).
  void commit(const std::vector<std::optional<std::string>>& texts);

  /// Stale locks taken over: one line each, for stderr.
  const std::vector<std::string>& notes() const { return notes_; }

private:
  Options options_;
  std::vector<EditedFile> files_;
  std::vector<std::unique_ptr<FileLock>> locks_;
  std::vector<std::string> notes_;
};

/// Undoes every interrupted transaction whose journal lies in the directory of one of `files`
/// (or of its target): its files are put back as they were, its temporaries and kept originals
/// removed. A journal whose process still runs is waited for like a lock. Returns one line per
/// journal undone, for stderr; throws EditRefused when one cannot be undone.
std::vector<std::string> recover_interrupted(const std::vector<std::string>& files,
                                             const LockTimes& times = {});

} // namespace acctmgr::edit
