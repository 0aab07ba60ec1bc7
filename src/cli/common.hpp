#pragma once

#include "core/period.hpp"
#include "core/table.hpp"
#include "io/load.hpp"
#include "io/render.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

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
};

/// Options of every report-printing command.
struct OutputOptions {
  std::string format;
  bool csv = false;
  bool json = false;
  std::string output;
  std::string color = "auto";
};

/// A subcommand's work, run after the whole command line parsed; returns the exit code.
using Runner = std::function<int()>;
/// Subcommand name -> its runner.
using Runners = std::map<std::string, Runner>;

void add_input_options(CLI::App& cmd, InputOptions& o);
void add_period_option(CLI::App& cmd, std::string& period);
void add_output_options(CLI::App& cmd, OutputOptions& o);

/// Loads and validates every input (throws InputError / UsageError).
Loaded load_inputs(const InputOptions& o);
/// The same for a command that writes a report: also refuses an -o FILE that is one of the
/// files just read (input files are never modified, whatever their extension).
Loaded load_inputs(const InputOptions& in, const OutputOptions& out);

/// Parses -p/--period (throws UsageError).
PeriodSpec parse_period(const std::string& text);
/// Resolves the period for one portfolio; a period wholly after its as_of is a UsageError.
Period period_for(const Portfolio& p, const PeriodSpec& spec);

/// The format chosen by --format, --csv/--json, or -o's extension; table by default.
Format output_format(const OutputOptions& o);

/// Writes the rendered report in one piece to stdout, or atomically to -o FILE.
void emit(const OutputOptions& o, const std::string& text);

/// Renders and emits a table in the chosen format.
void print_table(const OutputOptions& o, const Table& t);

/// Whether to colour output: --color always/never, else only to a terminal and without
/// NO_COLOR.
bool use_color(const OutputOptions& o);

} // namespace acctmgr::cli
