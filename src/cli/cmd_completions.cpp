#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "cli/output.hpp"

#include <array>
#include <memory>

namespace acctmgr::cli {
namespace {

struct Shell {
  const char* name;
  std::string (*script)(const CompletionSpec&);
};

constexpr std::array<Shell, 3> kShells{{
    {"bash", bash_completion},
    {"zsh", zsh_completion},
    {"fish", fish_completion},
}};

} // namespace

void setup_completions(CLI::App& app, Runners& runners) {
  auto shell = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "completions", "Print the completion script for bash, zsh or fish (commands, options, "
                     "finding codes, formats)");
  std::vector<std::string> names;
  for (const Shell& s : kShells)
    names.emplace_back(s.name);
  cmd->add_option("shell", *shell, "bash, zsh or fish")->required()->check(CLI::IsMember(names));
  runners["completions"] = [&app, shell] {
    for (const Shell& s : kShells)
      if (*shell == s.name) write_stdout(s.script(completion_spec(app)));
    return 0;
  };
}

} // namespace acctmgr::cli
