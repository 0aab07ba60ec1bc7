#include "edit/file_lock.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <optional>
#include <string_view>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace acctmgr::edit {
namespace {

/// What a lock file says about its holder.
struct Holder {
  long pid = 0; ///< 0: the file holds no process id (being written, or torn by a crash)
  std::string host;
  std::chrono::seconds age{0};
};

/// A lock being written is given this long to hold its process id before it counts as torn.
constexpr std::chrono::seconds torn_after{2};

std::string read_all(int fd) {
  std::string text;
  char buffer[512];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0 || text.size() > 4096) return text;
    text.append(buffer, static_cast<std::size_t>(n));
  }
}

/// The holder recorded in the lock file open at `fd`: "PID\nHOST\n".
Holder holder_of(int fd) {
  Holder h;
  struct stat st {};
  if (::fstat(fd, &st) == 0)
    h.age = std::chrono::seconds(std::max<long>(0, ::time(nullptr) - st.st_mtim.tv_sec));
  const std::string text = read_all(fd);
  const std::size_t nl = text.find('\n');
  if (nl == std::string::npos || nl == 0 || nl > 19) return h;
  long pid = 0;
  for (std::size_t i = 0; i < nl; ++i) {
    if (text[i] < '0' || text[i] > '9') return h;
    pid = pid * 10 + (text[i] - '0');
  }
  const std::size_t end = text.find('\n', nl + 1);
  if (end == std::string::npos) return h;
  h.pid = pid;
  h.host = text.substr(nl + 1, end - nl - 1);
  return h;
}

/// Why `h` no longer holds its lock, or nullopt while it may.
std::optional<std::string> stale(const Holder& h, const LockTimes& times) {
  if (h.pid == 0)
    return h.age >= torn_after ? std::optional<std::string>("holds no process id") : std::nullopt;
  if (h.host == host_name())
    return process_runs(h.pid) ? std::nullopt
                               : std::optional(fmt::format("process {} no longer runs", h.pid));
  if (h.age >= times.foreign_stale)
    return fmt::format("it is {} minutes old, from process {} on host {}", h.age.count() / 60,
                       h.pid, h.host);
  return std::nullopt;
}

/// Removes the stale lock at `path`, unless another run took it over first: the remover holds
/// flock on the lock file's inode and checks that the path still names that inode and that it
/// is still stale, so that two runs taking over at once never remove a fresh lock.
void take_over(const std::string& path, const LockTimes& times, std::vector<std::string>& notes,
               std::string_view done = "took over") {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return;
  struct stat held {
  }, now{};
  if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &held) == 0 &&
      ::lstat(path.c_str(), &now) == 0 && held.st_dev == now.st_dev && held.st_ino == now.st_ino) {
    if (const auto why = stale(holder_of(fd), times); why && ::unlink(path.c_str()) == 0)
      notes.push_back(fmt::format("{} the lock {} ({})", done, path, *why));
  }
  ::close(fd);
}

std::string describe(const Holder& h) {
  if (h.pid == 0) return "a run that is starting";
  return fmt::format("process {} on host {}", h.pid, h.host);
}

} // namespace

std::string lock_path(const std::string& file) {
  const std::filesystem::path p(file);
  return (p.parent_path() / ("." + p.filename().string() + ".lock")).string();
}

std::string host_name() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0) return "localhost";
  return name;
}

void remove_stale_lock(const std::string& file, const LockTimes& times,
                       std::vector<std::string>& notes) {
  const std::string path = lock_path(file);
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0) take_over(path, times, notes, "removed");
}

bool process_runs(long pid) {
  return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

FileLock::FileLock(const std::string& target, std::vector<std::string>& notes,
                   const LockTimes& times, const std::string& shown)
    : path_(lock_path(target)) {
  const std::string& file = shown.empty() ? target : shown;
  const auto deadline = std::chrono::steady_clock::now() + times.wait;
  for (;;) {
    const int fd =
        ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd >= 0) {
      const std::string text = fmt::format("{}\n{}\n", ::getpid(), host_name());
      const bool written =
          ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
      ::close(fd);
      if (written) return;
      ::unlink(path_.c_str());
      throw EditRefused(fmt::format("cannot lock '{}': cannot write {}", file, path_));
    }
    if (errno != EEXIST)
      throw EditRefused(
          fmt::format("cannot lock '{}': cannot create {}: {}", file, path_, std::strerror(errno)));
    Holder holder;
    if (const int held = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW); held >= 0) {
      holder = holder_of(held);
      ::close(held);
    } else {
      continue; // released meanwhile
    }
    if (stale(holder, times)) {
      take_over(path_, times, notes);
      continue;
    }
    if (std::chrono::steady_clock::now() >= deadline)
      throw EditRefused(fmt::format(
          "'{}' is being edited by {} (lock file {}); waited {}. Run again when it is done; "
          "if no acctmgr runs, remove the lock file",
          file, describe(holder), path_,
          times.wait.count() % 1000 == 0 ? fmt::format("{} s", times.wait.count() / 1000)
                                         : fmt::format("{} ms", times.wait.count())));
    std::this_thread::sleep_for(times.poll);
  }
}

FileLock::~FileLock() {
  ::unlink(path_.c_str());
}

} // namespace acctmgr::edit
