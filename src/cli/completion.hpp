#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace acctmgr::cli {

/// One option as a shell completes it.
struct CompletionOption {
  std::vector<std::string> names; ///< "-o", "--output"
  std::string description;
  bool takes_value = false;
  bool repeatable = false;
  char delimiter = '\0';          ///< ',' when one use takes a comma-separated list
  std::vector<std::string> words; ///< its value's closed list, if any
  bool file = false;              ///< else its value names a file (its help says so)
  bool revision = false;          ///< its value is a git revision (--since REV)
};

/// One subcommand: its options and what its operands complete to.
struct CompletionCommand {
  std::string name;
  std::string description;
  std::vector<CompletionOption> options;
  bool operands = false;                  ///< takes positional arguments
  std::vector<std::string> operand_words; ///< their closed list; empty: files
  bool revision_first = false;            ///< the first is a git revision (diff REV PATH...)
};

/// What completion scripts know: read from the CLI11 app itself, so that they cannot drift
/// from the commands and options it parses.
struct CompletionSpec {
  std::vector<CompletionOption> options; ///< the top level's (--help, --version)
  std::vector<CompletionCommand> commands;
};

/// The spec of `app` and its subcommands. Closed lists come from the options' IsMember
/// choices, from the finding codes for --ignore, and from the format names a --format
/// option's help mentions.
CompletionSpec completion_spec(CLI::App& app);

std::string bash_completion(const CompletionSpec& spec);
std::string zsh_completion(const CompletionSpec& spec);
std::string fish_completion(const CompletionSpec& spec);

} // namespace acctmgr::cli
