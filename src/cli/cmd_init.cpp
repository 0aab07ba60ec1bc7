#include "cli/clock.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/starter_portfolio.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <memory>
#include <unistd.h>

namespace acctmgr::cli {
namespace {

struct InitOptions {
  std::string file;
};

/// Creates `path` only if nothing exists there yet (O_EXCL: no check-then-open race, and a
/// symlink is never followed) and writes `text` to it.
void create_new_file(const std::string& path, std::string_view text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    if (errno == EEXIST)
      throw UsageError(fmt::format("'{}' already exists; init never overwrites a file", path));
    throw UsageError(fmt::format("cannot create '{}': {}", path, std::strerror(errno)));
  }
  std::size_t done = 0;
  int err = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      err = n < 0 ? errno : EIO;
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) {
    ::unlink(path.c_str()); // the file is ours: we created it above
    throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(err)));
  }
}

int run_init(const InitOptions& o) {
  if (o.file == "-") {
    write_stdout(starter_portfolio(last_complete_month()));
    return 0;
  }
  // The settings file's name is never read as a portfolio: a starter there would be ignored.
  if (std::filesystem::path(o.file).filename() == "acctmgr.yaml")
    throw UsageError(fmt::format("'{}': acctmgr.yaml is the settings file and is never read as "
                                 "a portfolio; choose another name",
                                 o.file));
  create_new_file(o.file, starter_portfolio(last_complete_month()));
  fmt::print(stderr,
             "acctmgr: wrote a starter portfolio to {}; fill it in, then run: acctmgr "
             "validate {}\n",
             o.file, o.file);
  return 0;
}

} // namespace

void setup_init(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<InitOptions>();
  CLI::App* cmd = app.add_subcommand(
      "init", "Write a commented starter portfolio to FILE (never overwrites; - for stdout)");
  cmd->add_option("file", o->file, "The portfolio file to create, or - to print it")->required();
  runners["init"] = [o] { return run_init(*o); };
}

} // namespace acctmgr::cli
