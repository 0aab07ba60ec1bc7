#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "read/json_schema.hpp"

namespace acctmgr::cli {

void setup_schema(CLI::App& app, Runners& runners) {
  app.add_subcommand("schema", "Print the JSON Schema of portfolio and settings files, for "
                               "editors with the YAML language server");
  runners["schema"] = [] {
    write_stdout(json_schema());
    return 0;
  };
}

} // namespace acctmgr::cli
