#pragma once

#include "model/period.hpp"
#include "reports/report_input.hpp"
#include "read/load.hpp"
#include "write/render.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <optional>
#include <span>
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
  unsigned jobs = 0; ///< -j/--jobs: files parsed at once; 0: one per core
};

/// Options of every report-printing command.
struct OutputOptions {
  std::string format;
  bool csv = false;
  bool json = false;
  std::string output;
  std::string color = "auto";
  bool bom = false; ///< --bom: CSV starts with a UTF-8 byte order mark, for Excel
  bool no_spark = false; ///< --no-spark: no sparklines in tables (growth, review, pipeline)
  bool no_pager = false; ///< --no-pager: never page, however long or wide the table
};

/// A subcommand's work, run after the whole command line parsed; returns the exit code.
using Runner = std::function<int()>;
/// Subcommand name -> its runner.
using Runners = std::map<std::string, Runner>;

void add_input_options(CLI::App& cmd, InputOptions& o);
void add_period_option(CLI::App& cmd, std::string& period);
void add_output_options(CLI::App& cmd, OutputOptions& o);
/// --no-spark, for the reports whose tables draw sparklines.
void add_spark_option(CLI::App& cmd, OutputOptions& o);

/// Loads and validates every input (throws InputError / UsageError).
Loaded load_inputs(const InputOptions& o);
/// The same for a command that writes a report: also refuses an -o FILE that is one of the
/// files just read (input files are never modified, whatever their extension).
Loaded load_inputs(const InputOptions& in, const OutputOptions& out);

/// Parses -p/--period (throws UsageError).
PeriodSpec parse_period(const std::string& text);
/// Resolves the period for one portfolio; a period wholly after its as_of is a UsageError.
Period period_for(const Portfolio& p, const PeriodSpec& spec);

/// The formats a report command offers.
inline constexpr std::array<Format, 4> kReportFormats{Format::table, Format::csv, Format::json,
                                                      Format::md};

/// The format chosen by --format, --csv/--json, or -o's extension; table by default. A format
/// the command does not offer, and --bom with any format but CSV (a BOM elsewhere would be a
/// stray character at the start of a table, JSON or Markdown), are UsageErrors.
Format output_format(const OutputOptions& o, std::span<const Format> offered = kReportFormats);

/// "table, csv, json, md": the names of `formats`, for messages.
std::string format_names(std::span<const Format> formats);
/// "table (default), csv, json or md": --format's help for a command offering `formats`.
std::string formats_help(std::span<const Format> formats);
/// The names of `formats`, for CLI11's IsMember.
std::vector<std::string> format_choices(std::span<const Format> formats);

/// Every loaded portfolio with its resolution of `spec` (a UsageError when a period lies
/// wholly after a portfolio's as_of), and the run's settings file.
ReportInput report_input(const Loaded& loaded, const PeriodSpec& spec);

/// Writes the rendered report (what its sink has not written) to stdout, or atomically to -o
/// FILE. With a `width` (a table fitted to the terminal, see table_width), what does not fit it
/// goes through the pager unless --no-pager.
void emit(const OutputOptions& o, const std::string& text, std::optional<int> width = {});

/// Where a renderer hands its text as it is made (RenderOptions::sink): stdout, when the
/// report goes there; none with -o, since a file is written whole, atomically.
TextOut::Sink stdout_sink(const OutputOptions& o);

/// The terminal width a table in `format` is fitted to: only a table, only to stdout, only
/// when stdout is a terminal; nullopt otherwise (pipes and files get every character).
std::optional<int> table_width(const OutputOptions& o, Format format);

/// Renders `d` in `format` (a table: coloured when colour is on, with sparklines unless
/// --no-spark or the locale is not UTF-8, fitted to the terminal) and emits it.
void print(const OutputOptions& o, const Document& d, Format format);

/// Whether to colour output: --color always/never, else only to a terminal and without
/// NO_COLOR.
bool use_color(const OutputOptions& o);

} // namespace acctmgr::cli
