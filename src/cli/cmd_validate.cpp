#include "cli/commands.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <memory>

namespace acctmgr::cli {
namespace {

struct ValidateOptions {
  InputOptions input;
};

int run_validate(const ValidateOptions& o) {
  const Loaded loaded = load_inputs(o.input);
  std::size_t clients = 0;
  for (const Portfolio& p : loaded.portfolios)
    clients += p.clients.size();
  const std::size_t portfolios = loaded.portfolios.size();
  fmt::print(stderr, "acctmgr: {} portfolio{}, {} client{}: no problems found\n", portfolios,
             portfolios == 1 ? "" : "s", clients, clients == 1 ? "" : "s");
  return 0;
}

} // namespace

void setup_validate(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check portfolio files and report every problem (exit 0 or 2)");
  add_input_options(*cmd, o->input);
  runners["validate"] = [o] { return run_validate(*o); };
}

} // namespace acctmgr::cli
