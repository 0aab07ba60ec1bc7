#include "cli/output.hpp"

#include "cli/options.hpp"
#include "text/ascii.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace acctmgr::cli {

void write_stdout(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    if (errno == EPIPE) throw BrokenPipe{};
    throw std::runtime_error(fmt::format("cannot write to stdout: {}", std::strerror(errno)));
  }
}

namespace {

bool looks_like_yaml(const std::filesystem::path& path) {
  const std::string ext = ascii_lower(path.extension().string());
  return ext == ".yaml" || ext == ".yml";
}

[[noreturn]] void cannot_write(const std::string& path, int err) {
  throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(err)));
}

} // namespace

void refuse_yaml_output(const std::string& path) {
  if (looks_like_yaml(path))
    throw UsageError(fmt::format("refusing to write a report to '{}': it looks like a portfolio "
                                 "file, and input files are never modified",
                                 path));
}

namespace {

/// Creates a new file `<dir>/.<name>.<12 random characters>` beside `target` with
/// O_CREAT|O_EXCL, so that it is never an existing file or a planted symlink. `mode` lets
/// the kernel apply the umask (or the directory's default ACL), as for any new file.
/// Returns the descriptor, or -1 with errno set.
int create_temporary(const std::filesystem::path& target, std::filesystem::path& tmp,
                     mode_t mode = 0666) {
  static constexpr char alphabet[] =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::random_device random;
  std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);
  // A target name near NAME_MAX must not make the temporary's name too long.
  const std::string name = target.filename().string().substr(0, 200);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string suffix(12, ' ');
    for (char& c : suffix)
      c = alphabet[pick(random)];
    tmp = target.parent_path() / fmt::format(".{}.{}", name, suffix);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1; // errno is EEXIST
}

/// Writes all of `text` to `fd` (short writes and EINTR are retried). Returns 0, or the errno
/// of the failure.
int write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return EIO;
    done += static_cast<std::size_t>(n);
  }
  return 0;
}

/// write_all, then flushes the file to disk.
int write_synced(int fd, const std::string& text) {
  const int err = write_all(fd, text);
  if (err != 0) return err;
  return ::fsync(fd) == 0 ? 0 : errno;
}

/// Writes `text` to a temporary beside `target`, prepared by `prepare(fd)` (which returns 0
/// or an errno), and renames it over `target`; the temporary is removed on failure. The
/// directory is synced after the rename, so that the new name survives a power loss.
template <class Prepare>
void install(const std::string& shown, const std::filesystem::path& target, const std::string& text,
             mode_t mode, Prepare prepare) {
  std::filesystem::path tmp;
  const int fd = create_temporary(target, tmp, mode);
  if (fd < 0) cannot_write(shown, errno);
  int err = prepare(fd);
  if (err == 0) err = write_synced(fd, text);
  // Linux closes the descriptor even when close() fails with EINTR: never retry it.
  if (::close(fd) != 0 && err == 0 && errno != EINTR) err = errno;
  if (err == 0 && ::rename(tmp.c_str(), target.c_str()) != 0) err = errno;
  if (err != 0) {
    ::unlink(tmp.c_str()); // ours: created exclusively above
    cannot_write(shown, err);
  }
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd); // the report is in place; a directory that cannot sync loses nothing now
    ::close(dir_fd);
  }
}

/// Whether the kernel would follow the symbolic link `link` (lstat `st`) when opening it,
/// under fs.protected_symlinks, on by default: not in a sticky world-writable directory
/// (/tmp) unless the link is ours or the directory owner's. Following it ourselves, for a
/// rename, must not let another user's planted link point a report at any file root may
/// write.
bool may_follow(const std::filesystem::path& link, const struct stat& st) {
  const std::filesystem::path dir = link.has_parent_path() ? link.parent_path() : ".";
  struct stat dir_st {};
  if (::stat(dir.c_str(), &dir_st) != 0) return false;
  const bool shared = (dir_st.st_mode & S_ISVTX) != 0 && (dir_st.st_mode & S_IWOTH) != 0;
  return !shared || st.st_uid == ::geteuid() || st.st_uid == dir_st.st_uid;
}

/// The file -o `path` names: `path` itself, or, through any symbolic links, the file they
/// lead to, whether it exists or not (a shell's `>` creates a link's missing target too).
/// `st` is set to the file's lstat, or st_mode 0 when it does not exist.
std::filesystem::path followed(const std::string& path, struct stat& st) {
  namespace fs = std::filesystem;
  fs::path p = path;
  for (int links = 0; links <= 40; ++links) {
    if (::lstat(p.c_str(), &st) != 0) {
      if (errno != ENOENT) cannot_write(path, errno);
      st = {};
      return p;
    }
    if (!S_ISLNK(st.st_mode)) return p;
    if (!may_follow(p, st)) cannot_write(path, EACCES);
    std::error_code ec;
    const fs::path to = fs::read_symlink(p, ec);
    if (ec) cannot_write(path, ec.value());
    p = to.is_absolute() ? to : p.parent_path() / to;
  }
  cannot_write(path, ELOOP);
}

/// Whether the user may write the regular file `st`: for root, whether any write bit is set
/// (as `import` reads it, SPEC section 12); else what the kernel says.
bool writable(const std::filesystem::path& file, const struct stat& st) {
  if (::geteuid() == 0) return (st.st_mode & 0222) != 0;
  return ::faccessat(AT_FDCWD, file.c_str(), W_OK, AT_EACCESS) == 0;
}

/// Replaces the regular file `target` (lstat `st`) with `text`, keeping its mode, owner and
/// group. A user other than root cannot give a file away: the new file is theirs then, in
/// the old group when they belong to it, else without the group's permissions, which were
/// meant for another group.
void replace_regular(const std::string& shown, const std::filesystem::path& target,
                     const std::string& text, const struct stat& st) {
  if (!writable(target, st))
    throw UsageError(
        fmt::format("cannot write '{}': it is read-only (mode {:04o})", shown, st.st_mode & 07777));
  install(shown, target, text, 0600, [&](int fd) {
    mode_t mode = st.st_mode & 07777;
    if (::fchown(fd, st.st_uid, st.st_gid) != 0 &&
        ::fchown(fd, static_cast<uid_t>(-1), st.st_gid) != 0)
      mode &= ~static_cast<mode_t>(070);
    return ::fchmod(fd, mode) == 0 ? 0 : errno;
  });
}

/// Writes `text` into the FIFO, device or other special file `path` in place, as `>` does.
/// Returns false, writing nothing, when `path` turned out to be a regular file after all.
bool write_in_place(const std::string& path, const std::string& text) {
  int fd = -1;
  do
    fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC); // a FIFO waits for a reader
  while (fd < 0 && errno == EINTR);
  if (fd < 0) cannot_write(path, errno);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) { // replaced meanwhile: never truncate
    ::close(fd);
    return false;
  }
  int err = write_all(fd, text);
  if (::close(fd) != 0 && err == 0 && errno != EINTR) err = errno;
  if (err == EPIPE) throw BrokenPipe{}; // the reader went away, as with `acctmgr ... | head`
  if (err != 0) cannot_write(path, err);
  return true;
}

} // namespace

void write_output_file(const std::string& path, const std::string& text, NewFileMode mode) {
  refuse_yaml_output(path);
  // Where the path leads, as the kernel opens it (devices behind /dev/stdout's /proc links
  // included): a special file is written in place.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) cannot_write(path, EISDIR);
    if (write_in_place(path, text)) return;
  }
  const std::filesystem::path target = followed(path, st);
  if (target != std::filesystem::path(path) && looks_like_yaml(target))
    throw UsageError(fmt::format("refusing to write a report to '{}': it leads to '{}', which "
                                 "looks like a portfolio file, and input files are never "
                                 "modified",
                                 path, target.string()));
  if (S_ISREG(st.st_mode)) {
    replace_regular(path, target, text, st);
  } else if (st.st_mode == 0) {
    install(path, target, text, mode == NewFileMode::owner_only ? 0600 : 0644,
            [](int) { return 0; });
  } else {
    cannot_write(path, EEXIST); // a special file that appeared behind a link meanwhile
  }
}

} // namespace acctmgr::cli
