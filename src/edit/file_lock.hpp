#pragma once

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

/// The lock `import`, `log` and `close` hold on each portfolio file they edit (SPEC section
/// 10): a file `.NAME.lock` beside it, created with O_EXCL as git creates `index.lock`,
/// holding the owner's process id and host name, one per line. The owner removes it when it
/// is done; a lock whose process no longer runs on this host is taken over at once, one from
/// another host once it is older than ten minutes.
namespace acctmgr::edit {

/// An edit that cannot go ahead and has changed nothing: a file locked by another run, changed
/// meanwhile, or one acctmgr must not replace. The CLI prints the message and exits 2.
class EditRefused : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

struct LockTimes {
  std::chrono::milliseconds wait{5000};    ///< how long a held lock is waited for
  std::chrono::seconds foreign_stale{600}; ///< a lock from another host is stale after this
  std::chrono::milliseconds poll{25};      ///< between two attempts
};

/// The lock file of `file`: `.NAME.lock` in the same directory.
std::string lock_path(const std::string& file);

/// This machine's host name, as lock files and journals record it.
std::string host_name();

/// True when process `pid` runs on this host (a process of another user counts).
bool process_runs(long pid);

/// Removes the lock file of `file` when its holder is gone (as FileLock would take it over),
/// so that a run killed before it wrote anything leaves nothing beside the files once another
/// command has read them. A note for the lock removed joins `notes`.
void remove_stale_lock(const std::string& file, const LockTimes& times,
                       std::vector<std::string>& notes);

/// An exclusive lock on one file, held from construction to destruction.
class FileLock {
public:
  /// Takes the lock of `file` (its lock file beside it), waiting up to `times.wait` for a
  /// live holder; throws EditRefused naming the file (as `shown`, default `file`), the lock
  /// file and its holder. A note for each stale lock taken over joins `notes`.
  FileLock(const std::string& file, std::vector<std::string>& notes, const LockTimes& times = {},
           const std::string& shown = {});
  ~FileLock(); ///< removes the lock file
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

  const std::string& path() const { return path_; }

private:
  std::string path_; ///< the lock file
};

} // namespace acctmgr::edit
