#include "edit/file_transaction.hpp"

#include "edit/edit_journal.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <set>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace acctmgr::edit {
namespace {

namespace fs = std::filesystem;

/// FNV-1a: the content check of a file before it is replaced.
std::uint64_t hash_of(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::int64_t mtime_ns(const struct stat& st) {
  return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

/// The file a path names: a symbolic link's target, absolute, so that a journal read from
/// another directory finds it.
std::string target_of(const std::string& given) {
  std::error_code ec;
  const fs::path target = fs::canonical(given, ec);
  if (ec) throw EditRefused(fmt::format("cannot edit '{}': {}", given, ec.message()));
  return target.string();
}

} // namespace

// --- FileTransaction ---------------------------------------------------------------------

FileTransaction::FileTransaction(const std::vector<std::string>& given, Options options)
    : options_(std::move(options)) {
  for (const std::string& g : given) {
    EditedFile f;
    f.given = g;
    f.target = target_of(g);
    for (const EditedFile& other : files_)
      if (other.target == f.target)
        throw EditRefused(fmt::format("'{}' and '{}' are the same file", other.given, g));
    files_.push_back(std::move(f));
  }
  // One order for every run, so that two runs locking several files cannot wait on each other.
  std::vector<std::size_t> order(files_.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return files_[a].target < files_[b].target; });
  for (const std::size_t i : order)
    locks_.push_back(
        std::make_unique<FileLock>(files_[i].target, notes_, options_.lock, files_[i].given));
  // A run interrupted beside these files is undone before they are looked at.
  std::set<std::string> held, dirs;
  for (const EditedFile& f : files_) {
    held.insert(f.target);
    dirs.insert(directory_of(f.target));
  }
  for (const std::string& dir : dirs)
    if (auto line = recover_journal(journal_path(dir), options_.lock, held, notes_))
      notes_.push_back(*line);
  // What the file is, under the lock: read() checks it is still so.
  for (EditedFile& f : files_) {
    struct stat st {};
    if (::stat(f.target.c_str(), &st) != 0)
      throw EditRefused(fmt::format("cannot edit '{}': {}", f.given, errno_text()));
    if (!S_ISREG(st.st_mode))
      throw EditRefused(fmt::format("cannot edit '{}': not a regular file", f.given));
    if (st.st_nlink > 1)
      throw EditRefused(fmt::format(
          "refusing to edit '{}': it has {} hard links, and replacing it would split the link "
          "(the other names would keep the old text); edit the file through one name, after "
          "removing the other links",
          f.given, st.st_nlink));
    const bool root = ::geteuid() == 0;
    if ((st.st_mode & (root ? 0222 : S_IWUSR)) == 0)
      throw EditRefused(fmt::format("refusing to edit '{}': it has no write permission (mode "
                                    "{:04o}); make it writable first if it should change",
                                    f.given, st.st_mode & 07777));
    if (!root && st.st_uid != ::geteuid())
      throw EditRefused(fmt::format("refusing to edit '{}': it belongs to user {}, and its new "
                                    "version would belong to you; run as its owner",
                                    f.given, st.st_uid));
    f.size = static_cast<std::uint64_t>(st.st_size);
    f.mtime_ns = mtime_ns(st);
    f.device = st.st_dev;
    f.inode = st.st_ino;
  }
}

FileTransaction::~FileTransaction() = default;

std::size_t FileTransaction::index(const std::string& given) const {
  for (std::size_t i = 0; i < files_.size(); ++i)
    if (files_[i].given == given) return i;
  throw std::out_of_range("not a file of this edit: " + given);
}

namespace {

/// The bytes of `f` now, checked against what `f` records; throws EditRefused when it changed.
std::string read_unchanged(const EditedFile& f, std::size_t cap) {
  const auto changed = [&] {
    return EditRefused(fmt::format("'{}' changed while acctmgr was editing it (saved by another "
                                   "program?); nothing was written: run the command again",
                                   f.given));
  };
  const int fd = ::open(f.target.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) throw EditRefused(fmt::format("cannot read '{}': {}", f.given, errno_text()));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_dev != f.device || st.st_ino != f.inode ||
      static_cast<std::uint64_t>(st.st_size) != f.size || mtime_ns(st) != f.mtime_ns) {
    ::close(fd);
    throw changed();
  }
  if (f.size > cap) {
    ::close(fd);
    throw EditRefused(fmt::format("'{}' is over {} bytes", f.given, cap));
  }
  std::string bytes(f.size, '\0');
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  char extra = 0;
  const bool longer = ::read(fd, &extra, 1) > 0;
  ::close(fd);
  if (done != bytes.size() || longer) throw changed();
  if (f.read && hash_of(bytes) != f.hash) throw changed();
  return bytes;
}

} // namespace

std::string FileTransaction::read(std::size_t i, std::size_t cap) {
  EditedFile& f = files_.at(i);
  std::string bytes = read_unchanged(f, cap);
  f.hash = hash_of(bytes);
  f.read = true;
  return bytes;
}

void FileTransaction::commit(const std::vector<std::optional<std::string>>& texts) {
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < texts.size() && i < files_.size(); ++i)
    if (texts[i]) {
      if (!files_[i].read) throw std::logic_error("commit of a file not read: " + files_[i].given);
      changed.push_back(i);
    }
  if (changed.empty()) return;
  const auto fault = [&](Step step, std::size_t i) {
    if (options_.fault) options_.fault(step, i);
  };

  std::vector<JournalEntry> entries;
  std::vector<std::string> targets;
  std::set<std::string> held;
  for (const EditedFile& f : files_)
    held.insert(f.target);
  for (const std::size_t i : changed) {
    const std::string& t = files_[i].target;
    entries.push_back({t, sibling_name(t, "new"), sibling_name(t, "old")});
    targets.push_back(t);
  }
  const std::string journal = journal_path(directory_of(targets.front()));
  create_journal(journal, entries, options_.lock, held, notes_);

  // Until the journal says `commit`, a failure removes what was made and changes nothing.
  const auto abandon = [&] {
    for (const JournalEntry& e : entries) {
      ::unlink(e.temporary.c_str());
      ::unlink(e.original.c_str());
    }
    ::unlink(journal.c_str());
    sync_directories(targets);
  };
  try {
    for (std::size_t k = 0; k < changed.size(); ++k) {
      const EditedFile& f = files_[changed[k]];
      fault(Step::write_temporary, changed[k]);
      struct stat st {};
      if (::stat(f.target.c_str(), &st) != 0)
        throw EditRefused(fmt::format("cannot edit '{}': {}", f.given, errno_text()));
      const int fd = ::open(entries[k].temporary.c_str(),
                            O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
      int err = fd < 0 ? errno : 0;
      // Owner and group first: fchown clears the set-id bits that fchmod then puts back.
      if (err == 0 && (st.st_uid != ::geteuid() || st.st_gid != ::getegid()) &&
          ::fchown(fd, ::geteuid() == 0 ? st.st_uid : static_cast<uid_t>(-1), st.st_gid) != 0)
        err = errno;
      if (err == 0 && ::fchmod(fd, st.st_mode & 07777) != 0) err = errno;
      if (err == 0) err = write_all(fd, *texts[changed[k]]);
      if (err == 0 && ::fsync(fd) != 0) err = errno;
      if (fd >= 0 && ::close(fd) != 0 && err == 0 && errno != EINTR) err = errno;
      if (err != 0)
        throw EditRefused(fmt::format("cannot write the new version of '{}' ({}): {}", f.given,
                                      entries[k].temporary, std::strerror(err)));
      fault(Step::keep_original, changed[k]);
      if (::link(f.target.c_str(), entries[k].original.c_str()) != 0)
        throw EditRefused(fmt::format("cannot keep the original of '{}' as {}: {}", f.given,
                                      entries[k].original, errno_text()));
    }
    sync_directories(targets);
    for (const std::size_t i : changed)
      read_unchanged(files_[i], files_[i].size); // an editor's save meanwhile must not be lost
    mark_journal(journal, "commit");
  } catch (...) {
    abandon();
    throw;
  }

  for (std::size_t k = 0; k < changed.size(); ++k) {
    const EditedFile& f = files_[changed[k]];
    int err = 0;
    std::string why;
    try {
      fault(Step::rename, changed[k]);
      struct stat st {};
      // Immediately before the replacement: the file is still the one read.
      if (::stat(f.target.c_str(), &st) != 0 || st.st_ino != f.inode ||
          mtime_ns(st) != f.mtime_ns || static_cast<std::uint64_t>(st.st_size) != f.size)
        why = "it changed while acctmgr was editing it (saved by another program?)";
      else if (::rename(entries[k].temporary.c_str(), f.target.c_str()) != 0)
        err = errno;
    } catch (const std::exception& e) {
      why = e.what();
    }
    if (err == 0 && why.empty()) continue;
    if (why.empty()) why = std::strerror(err);
    // Put back the files already replaced, so that every file is as it was.
    for (std::size_t j = 0; j < k; ++j)
      ::rename(entries[j].original.c_str(), entries[j].file.c_str());
    abandon();
    throw EditRefused(fmt::format("cannot replace '{}': {}; the {} file{} already replaced {} "
                                  "put back: no file was changed",
                                  f.given, why, k, k == 1 ? "" : "s", k == 1 ? "was" : "were"));
  }
  sync_directories(targets);
  try {
    fault(Step::finish, 0);
    mark_journal(journal, "done");
  } catch (...) {
    // Until the journal says done, every original is kept: all of them go back.
    for (const JournalEntry& e : entries)
      ::rename(e.original.c_str(), e.file.c_str());
    abandon();
    throw;
  }
  fault(Step::clean_up, 0);
  for (const JournalEntry& e : entries)
    ::unlink(e.original.c_str());
  ::unlink(journal.c_str());
  sync_directories(targets);
  for (const std::size_t i : changed) {
    // What is on disk now is what was read, for a second commit in the same run.
    struct stat st {};
    if (::stat(files_[i].target.c_str(), &st) == 0) {
      files_[i].size = static_cast<std::uint64_t>(st.st_size);
      files_[i].mtime_ns = mtime_ns(st);
      files_[i].device = st.st_dev;
      files_[i].inode = st.st_ino;
      files_[i].hash = hash_of(*texts[i]);
    }
  }
}

std::vector<std::string> recover_interrupted(const std::vector<std::string>& files,
                                             const LockTimes& times) {
  std::set<std::string> dirs;
  std::vector<std::string> targets;
  for (const std::string& f : files) {
    if (f == "-") continue;
    std::error_code ec;
    const fs::path target = fs::is_symlink(f, ec) ? fs::canonical(f, ec) : fs::absolute(f, ec);
    if (ec) continue; // a file that is not there is the loader's to report
    dirs.insert(target.parent_path().lexically_normal().string());
    targets.push_back(target.lexically_normal().string());
  }
  std::vector<std::string> notes;
  for (const std::string& dir : dirs) {
    const std::string path = journal_path(dir);
    if (!exists(path)) continue;
    if (auto line = recover_journal(path, times, {}, notes)) notes.push_back(*line);
  }
  // A run killed before its journal was written leaves only its locks.
  for (const std::string& t : targets)
    remove_stale_lock(t, times, notes);
  return notes;
}

} // namespace acctmgr::edit
