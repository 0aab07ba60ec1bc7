#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

/// git, the command (SPEC section 13, v3): acctmgr reads a repository's history through it,
/// as pre-commit and reviewdog do, and never writes to it.
namespace acctmgr::history {

/// git cannot answer: not installed, not a work tree, an unknown revision. A usage error for
/// the CLI (exit 2); the message names what was asked.
class GitError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// git itself cannot be run (not on PATH).
class GitMissing : public GitError {
public:
  using GitError::GitError;
};

/// The standard output of `git -C DIR ARGS...`, run without a shell and with nothing on its
/// standard input. Throws GitError when git is missing or exits other than 0 (with git's own
/// first line of stderr).
std::string git_output(const std::string& dir, const std::vector<std::string>& args);

/// The blobs `REV:PATH` named by `specs`, read by one `git cat-file --batch` in `dir`; nullopt
/// for a spec git reports missing (a file absent at that revision) or that is not a file.
std::vector<std::optional<std::string>> git_blobs(const std::string& dir,
                                                  const std::vector<std::string>& specs);

} // namespace acctmgr::history
