#include "cli/app.hpp"

#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "version.hpp"

namespace acctmgr::cli {

int main(int argc, char** argv) {
  CLI::App app{"acctmgr: client account health, growth and bonus from YAML portfolios"};
  app.set_version_flag("--version", fmt::format("acctmgr {}", version));
  app.require_subcommand(1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return 0;
}

} // namespace acctmgr::cli
