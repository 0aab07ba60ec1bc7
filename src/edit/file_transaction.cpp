#include "edit/file_transaction.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <random>
#include <set>
#include <stdexcept>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace acctmgr::edit {
namespace {

namespace fs = std::filesystem;

constexpr const char* journal_name = ".acctmgr-journal";

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

std::string errno_text() {
  return std::strerror(errno);
}

/// The file a path names: a symbolic link's target, absolute, so that a journal read from
/// another directory finds it.
std::string target_of(const std::string& given) {
  std::error_code ec;
  const fs::path target = fs::canonical(given, ec);
  if (ec) throw EditRefused(fmt::format("cannot edit '{}': {}", given, ec.message()));
  return target.string();
}

std::string directory_of(const std::string& file) {
  return fs::path(file).parent_path().string();
}

/// Flushes a directory's entries (renames, new and removed files) to disk; best effort, as
/// some file systems cannot.
void sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

void sync_directories(const std::vector<std::string>& files) {
  std::set<std::string> dirs;
  for (const std::string& f : files)
    dirs.insert(directory_of(f));
  for (const std::string& d : dirs)
    sync_directory(d);
}

/// Writes all of `text` at `fd`; returns 0 or the errno of the failure.
int write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return EIO;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

/// A name beside `target` that no file has yet: `.NAME.acctmgr-KIND.RANDOM`.
std::string sibling_name(const std::string& target, std::string_view kind) {
  static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device random;
  std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);
  std::string suffix(12, ' ');
  for (char& c : suffix)
    c = alphabet[pick(random)];
  const fs::path p(target);
  // A name near NAME_MAX must not make the sibling's name too long.
  const std::string name = p.filename().string().substr(0, 180);
  return (p.parent_path() / fmt::format(".{}.acctmgr-{}.{}", name, kind, suffix)).string();
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

// --- The journal ------------------------------------------------------------------------

/// A path in a journal line: tab, line break and backslash escaped.
std::string escaped(std::string_view path) {
  std::string out;
  for (const char c : path) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out;
}

std::string unescaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char c = text[++i];
    out += c == 't' ? '\t' : c == 'n' ? '\n' : c;
  }
  return out;
}

struct JournalEntry {
  std::string file, temporary, original;
};

/// A journal as read back: `acctmgr journal`, `pid N`, `host H`, one `file` line per file
/// (its path, its temporary and its kept original, tab-separated), `end`; then `commit` when
/// every temporary is ready, `done` when every rename is made.
struct Journal {
  bool complete = false; ///< its header and entries were written whole
  long pid = 0;
  std::string host;
  std::vector<JournalEntry> entries;
  bool committed = false;
  bool done = false;
  std::chrono::seconds age{0};
};

std::string journal_text(const std::vector<JournalEntry>& entries) {
  std::string text = fmt::format("acctmgr journal\npid {}\nhost {}\n", ::getpid(), host_name());
  for (const JournalEntry& e : entries)
    text += fmt::format("file {}\t{}\t{}\n", escaped(e.file), escaped(e.temporary),
                        escaped(e.original));
  return text + "end\n";
}

Journal parse_journal(std::string_view text) {
  Journal j;
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    if (nl == std::string_view::npos) break; // a torn last line
    lines.push_back(text.substr(0, nl));
    text.remove_prefix(nl + 1);
  }
  if (lines.size() < 4 || lines[0] != "acctmgr journal") return j;
  bool header_done = false;
  for (const std::string_view line : lines) {
    if (line.starts_with("pid ")) {
      j.pid = std::strtol(std::string(line.substr(4)).c_str(), nullptr, 10);
    } else if (line.starts_with("host ")) {
      j.host = std::string(line.substr(5));
    } else if (line.starts_with("file ")) {
      const std::string_view rest = line.substr(5);
      const std::size_t t1 = rest.find('\t');
      const std::size_t t2 = t1 == std::string_view::npos ? t1 : rest.find('\t', t1 + 1);
      if (t2 == std::string_view::npos) return Journal{};
      j.entries.push_back({unescaped(rest.substr(0, t1)),
                           unescaped(rest.substr(t1 + 1, t2 - t1 - 1)),
                           unescaped(rest.substr(t2 + 1))});
    } else if (line == "end") {
      header_done = true;
    } else if (line == "commit") {
      j.committed = header_done;
    } else if (line == "done") {
      j.done = j.committed;
    }
  }
  j.complete = header_done && j.pid > 0;
  return j;
}

/// Reads the journal at `path`; nullopt when there is none.
std::optional<Journal> read_journal(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    if (errno == ENOENT) return std::nullopt;
    throw EditRefused(fmt::format("cannot read the journal {}: {}", path, errno_text()));
  }
  std::string text;
  char buffer[4096];
  ssize_t n = 0;
  while ((n = ::read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0) text.append(buffer, static_cast<std::size_t>(n));
  struct stat st {};
  const bool stated = ::fstat(fd, &st) == 0;
  ::close(fd);
  Journal j = parse_journal(text);
  if (stated) j.age = std::chrono::seconds(std::max<long>(0, ::time(nullptr) - st.st_mtim.tv_sec));
  return j;
}

/// True while the run that wrote `j` may still be working on it.
bool journal_live(const Journal& j, const LockTimes& times) {
  if (!j.complete) return j.age < std::chrono::seconds(2); // being written, or torn by a crash
  if (j.host == host_name()) return process_runs(j.pid);
  return j.age < times.foreign_stale;
}

/// True when `sibling` is a name sibling_name(file, kind) can make: beside `file`, so that a
/// journal planted in a repository cannot make the recovery rename or remove anything but a
/// portfolio file's own temporaries and kept originals.
bool is_sibling(const std::string& file, const std::string& sibling, std::string_view kind) {
  const fs::path f(file), s(sibling);
  const std::string prefix =
      fmt::format(".{}.acctmgr-{}.", f.filename().string().substr(0, 180), kind);
  const std::string name = s.filename().string();
  return s.parent_path() == f.parent_path() && name.size() == prefix.size() + 12 &&
         name.starts_with(prefix) &&
         std::all_of(name.begin() + static_cast<std::ptrdiff_t>(prefix.size()), name.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

bool is_our_entry(const JournalEntry& e) {
  const fs::path f(e.file);
  const std::string ext = f.extension().string();
  return f.is_absolute() && f.lexically_normal() == f && (ext == ".yaml" || ext == ".yml") &&
         is_sibling(e.file, e.temporary, "new") && is_sibling(e.file, e.original, "old");
}

/// Puts the files of the interrupted run `j` back as they were (or, when it had made every
/// rename, finishes it), then removes the journal at `path`. Files in `held` are locked by
/// the caller already. Returns the line for stderr.
std::string undo(const std::string& path, const Journal& j, const LockTimes& times,
                 const std::set<std::string>& held, std::vector<std::string>& notes) {
  std::vector<std::string> files;
  for (const JournalEntry& e : j.entries) {
    if (!is_our_entry(e))
      throw EditRefused(fmt::format("{} is not a journal acctmgr wrote: it lists '{}' with '{}' "
                                    "and '{}'; check those files, then remove it",
                                    path, e.file, e.temporary, e.original));
    files.push_back(e.file);
  }
  std::sort(files.begin(), files.end());
  std::vector<std::unique_ptr<FileLock>> locks;
  for (const std::string& f : files)
    if (!held.contains(f)) locks.push_back(std::make_unique<FileLock>(f, notes, times));
  std::size_t put_back = 0;
  for (const JournalEntry& e : j.entries) {
    if (!j.done && j.committed && !exists(e.temporary) && exists(e.original)) {
      // Renamed into place before the interruption: the kept original goes back.
      if (::rename(e.original.c_str(), e.file.c_str()) != 0)
        throw EditRefused(
            fmt::format("cannot put back {} from {}: {}", e.file, e.original, errno_text()));
      ++put_back;
    }
    ::unlink(e.temporary.c_str());
    ::unlink(e.original.c_str());
  }
  sync_directories(files);
  if (::unlink(path.c_str()) != 0 && errno != ENOENT)
    throw EditRefused(fmt::format("cannot remove the journal {}: {}", path, errno_text()));
  sync_directory(directory_of(path));
  const std::string who = j.complete ? fmt::format("process {} on {}", j.pid, j.host)
                                     : std::string("a run that had not started writing");
  if (j.done)
    return fmt::format("an edit of {} file{} by {} was interrupted after every file was "
                       "written; it was finished ({} removed)",
                       files.size(), files.size() == 1 ? "" : "s", who, path);
  return fmt::format("an edit of {} file{} by {} was interrupted; it was undone: every file is "
                     "as it was before it ({} put back, {} removed)",
                     files.size(), files.size() == 1 ? "" : "s", who, put_back, path);
}

/// Waits for the journal at `path` to go or to be left by a run that no longer runs, then
/// undoes that run. Returns the line for stderr, or nullopt when there was nothing to undo.
std::optional<std::string> recover_journal(const std::string& path, const LockTimes& times,
                                           const std::set<std::string>& held,
                                           std::vector<std::string>& notes) {
  const auto deadline = std::chrono::steady_clock::now() + times.wait;
  for (;;) {
    const std::optional<Journal> j = read_journal(path);
    if (!j) return std::nullopt;
    if (!journal_live(*j, times)) return undo(path, *j, times, held, notes);
    if (std::chrono::steady_clock::now() >= deadline)
      throw EditRefused(fmt::format(
          "an edit by process {} on host {} is in progress (journal {}); run again when it is "
          "done",
          j->pid, j->host, path));
    std::this_thread::sleep_for(times.poll);
  }
}

/// Creates the journal at `path` exclusively, holding `entries`, synced. A journal there
/// already is a run still committing (waited for) or an interrupted one (undone first).
void create_journal(const std::string& path, const std::vector<JournalEntry>& entries,
                    const LockTimes& times, const std::set<std::string>& held,
                    std::vector<std::string>& notes) {
  const std::string text = journal_text(entries);
  for (int attempt = 0;; ++attempt) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd >= 0) {
      int err = write_all(fd, text);
      if (err == 0 && ::fsync(fd) != 0) err = errno;
      ::close(fd);
      if (err == 0) {
        sync_directory(directory_of(path));
        return;
      }
      ::unlink(path.c_str());
      throw EditRefused(fmt::format("cannot write the journal {}: {}", path, std::strerror(err)));
    }
    if (errno != EEXIST || attempt == 3)
      throw EditRefused(fmt::format("cannot create the journal {}: {}", path, errno_text()));
    if (auto line = recover_journal(path, times, held, notes)) notes.push_back(*line);
  }
}

/// Appends a mark (`commit`, `done`) to the journal and syncs it.
void mark_journal(const std::string& path, std::string_view mark) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
  int err = fd < 0 ? errno : write_all(fd, std::string(mark) + "\n");
  if (fd >= 0 && err == 0 && ::fsync(fd) != 0) err = errno;
  if (fd >= 0) ::close(fd);
  if (err != 0)
    throw EditRefused(fmt::format("cannot write the journal {}: {}", path, std::strerror(err)));
}

} // namespace

std::string journal_path(const std::string& dir) {
  return (fs::path(dir) / journal_name).string();
}

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
