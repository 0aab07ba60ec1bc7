#pragma once

#include "edit/file_lock.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

/// The journal of a FileTransaction (SPEC section 10): `.acctmgr-journal` in the first edited
/// file's directory, written before any temporary exists, marked `commit` when every temporary
/// is ready and `done` after every rename; and the undoing of a run that was interrupted. Also
/// the file-system steps the transaction and its journal share.
namespace acctmgr::edit {

/// One file of a transaction: its path (absolute), its temporary and its kept original.
struct JournalEntry {
  std::string file, temporary, original;
};

/// The journal in `dir`.
std::string journal_path(const std::string& dir);

/// Creates the journal at `path` exclusively, holding `entries`, synced. A journal there
/// already is a run still committing (waited for) or an interrupted one (undone first; files
/// in `held` are locked by the caller already). Notes join `notes`. Throws EditRefused.
void create_journal(const std::string& path, const std::vector<JournalEntry>& entries,
                    const LockTimes& times, const std::set<std::string>& held,
                    std::vector<std::string>& notes);

/// Appends a mark (`commit`, `done`) to the journal and syncs it. Throws EditRefused.
void mark_journal(const std::string& path, std::string_view mark);

/// Waits for the journal at `path` to go or to be left by a run that no longer runs, then
/// puts that run's files back as they were (or finishes it when the journal says done) and
/// removes it. Returns the line for stderr, or nullopt when there was nothing to undo.
std::optional<std::string> recover_journal(const std::string& path, const LockTimes& times,
                                           const std::set<std::string>& held,
                                           std::vector<std::string>& notes);

/// A name beside `target` that no file has yet: `.NAME.acctmgr-KIND.RANDOM` (12 characters).
std::string sibling_name(const std::string& target, std::string_view kind);

/// strerror(errno), for a message.
std::string errno_text();

std::string directory_of(const std::string& file);

/// Flushes the entries of the directories of `files` to disk; best effort.
void sync_directory(const std::string& dir);
void sync_directories(const std::vector<std::string>& files);

/// Writes all of `text` at `fd`; returns 0 or the errno of the failure.
int write_all(int fd, std::string_view text);

/// True when something (a file, a link) is at `path`.
bool exists(const std::string& path);

} // namespace acctmgr::edit
