#include "edit/edit_journal.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <random>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace acctmgr::edit {
namespace {

namespace fs = std::filesystem;

constexpr const char* journal_name = ".acctmgr-journal";

} // namespace

std::string errno_text() {
  return std::strerror(errno);
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

namespace {

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

} // namespace

std::string journal_path(const std::string& dir) {
  return (fs::path(dir) / journal_name).string();
}

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

void mark_journal(const std::string& path, std::string_view mark) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
  int err = fd < 0 ? errno : write_all(fd, std::string(mark) + "\n");
  if (fd >= 0 && err == 0 && ::fsync(fd) != 0) err = errno;
  if (fd >= 0) ::close(fd);
  if (err != 0)
    throw EditRefused(fmt::format("cannot write the journal {}: {}", path, std::strerror(err)));
}

} // namespace acctmgr::edit
