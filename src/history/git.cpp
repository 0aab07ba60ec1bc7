#include "history/git.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace acctmgr::history {
namespace {

/// A pipe's two ends, closed when it goes.
struct Pipe {
  int fd[2] = {-1, -1};
  Pipe() {
    if (::pipe2(fd, O_CLOEXEC) != 0) throw GitError(fmt::format("pipe: {}", std::strerror(errno)));
  }
  ~Pipe() {
    close_end(0);
    close_end(1);
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  void close_end(int i) {
    if (fd[i] >= 0) ::close(fd[i]);
    fd[i] = -1;
  }
};

struct Finished {
  int status = 0;
  std::string out, err;
};

/// Runs git with `args`, writing `input` to its stdin while reading its stdout and stderr (a
/// poll loop, so that neither side waits on a full pipe).
Finished run(const std::vector<std::string>& args, const std::string& input) {
  Pipe in, out, err;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.fd[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], STDERR_FILENO);
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>("git"));
  for (const std::string& a : args)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0)
    throw GitMissing(spawned == ENOENT
                         ? "git is not installed (no git on PATH): the history commands run it"
                         : fmt::format("cannot run git: {}", std::strerror(spawned)));
  in.close_end(0);
  out.close_end(1);
  err.close_end(1);
  Finished f;
  std::size_t written = 0;
  if (input.empty()) in.close_end(1);
  char buffer[65536];
  while (out.fd[0] >= 0 || err.fd[0] >= 0) {
    pollfd fds[3] = {{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}, {in.fd[1], POLLOUT, 0}};
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        (i == 0 ? f.out : f.err).append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        (i == 0 ? out : err).close_end(0);
      }
    }
    if (fds[2].fd >= 0 && fds[2].revents != 0) {
      const ssize_t n = ::write(in.fd[1], input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 && errno != EINTR && errno != EAGAIN) written = input.size(); // git went away
      if (written == input.size()) in.close_end(1);
    }
  }
  in.close_end(1);
  while (::waitpid(pid, &f.status, 0) < 0 && errno == EINTR) {
  }
  return f;
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  if (line.rfind("fatal: ", 0) == 0) line.erase(0, 7);
  return line;
}

std::vector<std::string> with_dir(const std::string& dir, const std::vector<std::string>& args) {
  std::vector<std::string> all{"-C", dir};
  all.insert(all.end(), args.begin(), args.end());
  return all;
}

} // namespace

std::string git_output(const std::string& dir, const std::vector<std::string>& args) {
  Finished f = run(with_dir(dir, args), "");
  if (!WIFEXITED(f.status) || WEXITSTATUS(f.status) != 0)
    throw GitError(fmt::format("git -C {} {}: {}", dir, fmt::join(args, " "),
                               f.err.empty() ? "failed" : first_line(f.err)));
  return std::move(f.out);
}

std::vector<std::optional<std::string>> git_blobs(const std::string& dir,
                                                  const std::vector<std::string>& specs) {
  std::string input;
  for (const std::string& s : specs)
    input += s + '\n';
  const Finished f = run(with_dir(dir, {"cat-file", "--batch"}), input);
  if (!WIFEXITED(f.status) || WEXITSTATUS(f.status) != 0)
    throw GitError(fmt::format("git -C {} cat-file --batch: {}", dir,
                               f.err.empty() ? "failed" : first_line(f.err)));
  // Each answer: "<oid> <type> <size>\n<content>\n", or "<spec> missing\n" (also "ambiguous").
  std::vector<std::optional<std::string>> blobs;
  std::size_t at = 0;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const std::size_t eol = f.out.find('\n', at);
    if (eol == std::string::npos) throw GitError("git cat-file --batch: its answer ends early");
    const std::string header = f.out.substr(at, eol - at);
    at = eol + 1;
    if (header.ends_with(" missing") || header.ends_with(" ambiguous")) {
      blobs.emplace_back(std::nullopt);
      continue;
    }
    const std::size_t a = header.find(' '), b = header.rfind(' ');
    if (a == std::string::npos || a == b)
      throw GitError(fmt::format("git cat-file --batch: unexpected answer '{}'", header));
    const std::size_t size = std::stoul(header.substr(b + 1));
    if (at + size > f.out.size()) throw GitError("git cat-file --batch: a blob ends early");
    if (header.compare(a + 1, b - a - 1, "blob") == 0)
      blobs.emplace_back(f.out.substr(at, size));
    else
      blobs.emplace_back(std::nullopt); // a directory (tree) where a file was asked for
    at += size + 1;
  }
  return blobs;
}

} // namespace acctmgr::history
