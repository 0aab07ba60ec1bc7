#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

/// The options the reading and reporting commands share, as the user typed them.
namespace acctmgr::cli {

/// A mistake on the command line (bad period, unknown format...): exit 2.
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// Options every reading command shares, as typed by the user.
struct InputOptions {
  std::vector<std::string> paths;
  std::string config;
  std::string as_of;
  unsigned jobs = 0;   ///< -j/--jobs: files parsed at once; 0: one per core
  bool follow = false; ///< -L/--follow: directory walks follow symbolic links
};

/// Options of every report-printing command.
struct OutputOptions {
  std::string format;
  bool csv = false;
  bool json = false;
  std::string output;
  std::string color = "auto";
  bool bom = false;      ///< --bom: CSV starts with a UTF-8 byte order mark, for Excel
  bool no_spark = false; ///< --no-spark: no sparklines in tables (growth, review, pipeline)
  bool no_pager = false; ///< --no-pager: never page, however long or wide the table
  /// Set by the commands that take --wide (summary, pipeline, review): their tables show only
  /// their key columns in a terminal narrower than the table.
  bool key_columns = false;
  bool wide = false; ///< --wide: every column in a terminal too (and paged when too wide)
  /// Set by review and bonus, which carry salary data: a new -o file is readable by its owner
  /// alone (0600 less the umask, not 0644).
  bool private_data = false;
  /// Whether the report goes to stdout: no -o, or -o -.
  bool to_stdout() const { return output.empty() || output == "-"; }
};

/// A subcommand's work, run after the whole command line parsed; returns the exit code.
using Runner = std::function<int()>;
/// Subcommand name -> its runner.
using Runners = std::map<std::string, Runner>;

void add_input_options(CLI::App& cmd, InputOptions& o);
/// -L/--follow, for every command that takes portfolio paths (add_input_options adds it).
void add_follow_option(CLI::App& cmd, bool& follow);
void add_period_option(CLI::App& cmd, std::string& period);
void add_output_options(CLI::App& cmd, OutputOptions& o);
/// --no-spark, for the reports whose tables draw sparklines.
void add_spark_option(CLI::App& cmd, OutputOptions& o);
/// --wide, for the reports whose tables show their key columns in a narrow terminal.
void add_wide_option(CLI::App& cmd, OutputOptions& o);

} // namespace acctmgr::cli
