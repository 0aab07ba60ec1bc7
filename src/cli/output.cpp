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

void refuse_yaml_output(const std::string& path) {
  const std::string ext = ascii_lower(std::filesystem::path(path).extension().string());
  if (ext == ".yaml" || ext == ".yml")
    throw UsageError(fmt::format("refusing to write a report to '{}': it looks like a portfolio "
                                 "file, and input files are never modified",
                                 path));
}

namespace {

/// Creates a new file `<dir>/.<name>.<12 random characters>` beside `target` with
/// O_CREAT|O_EXCL, so that it is never an existing file or a planted symlink. Mode 0666 lets
/// the kernel apply the umask (or the directory's default ACL), as for any new file.
/// Returns the descriptor, or -1 with errno set.
int create_temporary(const std::filesystem::path& target, std::filesystem::path& tmp) {
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
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1; // errno is EEXIST
}

/// Writes all of `text` to `fd` (short writes and EINTR are retried) and flushes it to disk.
/// Returns 0, or the errno of the failure.
int write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return EIO;
    done += static_cast<std::size_t>(n);
  }
  return ::fsync(fd) == 0 ? 0 : errno;
}

} // namespace

void write_file_atomically(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  refuse_yaml_output(path);
  const fs::path target(path);
  fs::path tmp;
  const int fd = create_temporary(target, tmp);
  if (fd < 0) {
    const int err = errno;
    throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(err)));
  }
  int err = write_all(fd, text);
  // Linux closes the descriptor even when close() fails with EINTR: never retry it.
  if (::close(fd) != 0 && err == 0 && errno != EINTR) err = errno;
  if (err == 0 && ::rename(tmp.c_str(), target.c_str()) != 0) err = errno;
  if (err != 0) {
    ::unlink(tmp.c_str()); // ours: created exclusively above
    throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(err)));
  }
}

void replace_file_atomically(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path target = fs::canonical(path, ec); // the file a symlink points at
  struct stat st {};
  if (ec || ::stat(target.c_str(), &st) != 0)
    throw UsageError(
        fmt::format("cannot write '{}': {}", path, ec ? ec.message() : std::strerror(errno)));
  fs::path tmp;
  const int fd = create_temporary(target, tmp);
  if (fd < 0) {
    const int err = errno;
    throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(err)));
  }
  int err = ::fchmod(fd, st.st_mode & 07777) == 0 ? 0 : errno;
  if (err == 0) err = write_all(fd, text);
  if (::close(fd) != 0 && err == 0 && errno != EINTR) err = errno;
  if (err == 0 && ::rename(tmp.c_str(), target.c_str()) != 0) err = errno;
  if (err != 0) {
    ::unlink(tmp.c_str()); // ours: created exclusively above
    throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(err)));
  }
}

} // namespace acctmgr::cli
