#include "cli/common.hpp"

#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace acctmgr::cli {
namespace {

/// The last complete calendar month before today (UTC).
Month last_complete_month() {
  const auto today = std::chrono::year_month_day(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return Month(static_cast<int>(today.year()),
               static_cast<int>(static_cast<unsigned>(today.month()))) -
         1;
}

} // namespace

namespace {

bool to_stdout(const OutputOptions& o) {
  return o.output.empty() || o.output == "-";
}

} // namespace

void add_input_options(CLI::App& cmd, InputOptions& o) {
  cmd.add_option("paths", o.paths,
                 "Portfolio files or directories (searched for *.yaml, *.yml); - for stdin. "
                 "Default: $ACCTMGR_FILE, else portfolio.yaml");
  cmd.add_option(
      "--config", o.config,
      "Settings file (default: $ACCTMGR_CONFIG, else the nearest acctmgr.yaml beside the "
      "files given, or above)");
  cmd.add_option("--as-of", o.as_of,
                 "Last closed month YYYY-MM, at most the last complete month (overrides the "
                 "files' as_of)");
  cmd.add_option("-j,--jobs", o.jobs,
                 "Files parsed at once, on that many threads (default: the number of cores); "
                 "output is the same for any number")
      ->type_name("N")
      ->check(CLI::Range(1u, 1024u).description(""));
}

void add_period_option(CLI::App& cmd, std::string& period) {
  cmd.add_option("-p,--period", period,
                 "ytd (default), ttm, a fiscal year 2025, a quarter 2026-Q3, a month 2026-10 or "
                 "months 2026-01..2026-06 (any case)")
      ->capture_default_str();
}

void add_output_options(CLI::App& cmd, OutputOptions& o) {
  cmd.add_option("--format", o.format, formats_help(kReportFormats));
  cmd.add_flag("--csv", o.csv, "Same as --format csv");
  cmd.add_flag("--json", o.json, "Same as --format json");
  cmd.add_option("-o,--output", o.output,
                 "Write the report to FILE (format from its extension: .csv .json .md .txt)");
  cmd.add_option("--color", o.color, "auto (default), always or never; NO_COLOR is honoured")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd.add_flag("--bom", o.bom,
               "CSV only: start with a UTF-8 byte order mark, so that Excel shows non-ASCII "
               "names (Cyrillic...) intact");
  cmd.add_flag("--no-pager", o.no_pager,
               "Print a table too long or wide for the terminal directly, not through $PAGER "
               "(default less -FRSX)");
}

void add_spark_option(CLI::App& cmd, OutputOptions& o) {
  cmd.add_flag("--no-spark", o.no_spark,
               "No 12-month revenue sparklines in the table (they are drawn only in tables, "
               "and only when the locale is UTF-8)");
}

namespace {

/// Hands the pages of freed memory back to the system. Memory the parse freed on a worker
/// thread stays in that thread's malloc arena, where the reports, built on the main thread,
/// cannot reuse it: called after the load, it keeps a big run's peak at what it holds.
void return_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

} // namespace

Loaded load_inputs(const InputOptions& o) {
  if (o.paths.empty()) {
    // The loader would report "cannot read portfolio.yaml"; say what was looked for instead.
    const DefaultPortfolio fallback = default_portfolio();
    std::error_code ec;
    if (!fallback.from_environment && !std::filesystem::exists(fallback.path, ec))
      throw UsageError("no portfolio to read: give files or directories (or - for stdin), set "
                       "ACCTMGR_FILE, or create portfolio.yaml here (acctmgr init "
                       "portfolio.yaml)");
  }
  LoadRequest request;
  request.paths = o.paths;
  request.jobs = o.jobs;
  // --config, else $ACCTMGR_CONFIG; else the loader looks beside the data.
  const char* env_config = std::getenv("ACCTMGR_CONFIG");
  if (!o.config.empty())
    request.config = o.config;
  else if (env_config != nullptr && *env_config != '\0')
    request.config = env_config;
  request.default_as_of = last_complete_month();
  if (!o.as_of.empty()) {
    request.as_of = Month::parse(o.as_of);
    if (!request.as_of)
      throw UsageError(fmt::format("--as-of '{}' is not a month YYYY-MM", o.as_of));
    // A month not yet over has no final figures (SPEC section 3).
    if (*request.as_of > request.default_as_of)
      throw UsageError(fmt::format("--as-of {} is after {}, the last complete month",
                                   to_string(*request.as_of), to_string(request.default_as_of)));
  }
  Loaded loaded;
  {
    Progress progress; // erases its line when it goes, before any note is printed
    request.progress = [&progress](std::size_t i, std::size_t n, const std::string& file) {
      progress(i, n, file);
    };
    try {
      loaded = load(request, std::cin);
    } catch (const SettingsConflict& e) {
      throw UsageError(e.what());
    }
  }
  return_free_memory();
  for (const std::string& note : loaded.notes)
    fmt::print(stderr, "acctmgr: note: {}\n", note);
  return loaded;
}

Loaded load_inputs(const InputOptions& in, const OutputOptions& out) {
  Loaded loaded = load_inputs(in);
  if (to_stdout(out)) return loaded;
  std::vector<std::string> inputs;
  if (!loaded.settings_file.path.empty()) inputs.push_back(loaded.settings_file.path);
  for (const Portfolio& p : loaded.portfolios)
    if (p.file != "-") inputs.push_back(p.file);
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (std::filesystem::equivalent(out.output, input, ec))
      throw UsageError(fmt::format("refusing to write a report to '{}': it is the input file "
                                   "'{}', and input files are never modified",
                                   out.output, input));
  }
  return loaded;
}

PeriodSpec parse_period(const std::string& text) {
  if (auto spec = PeriodSpec::parse(text)) return *spec;
  if (auto meant = reversed_range(text))
    throw UsageError(fmt::format("--period '{}' ends before it starts: write the first month "
                                 "first ({})",
                                 text, to_string(*meant)));
  throw UsageError(fmt::format("--period '{}' is not one of ytd, ttm, YYYY, YYYY-QN, YYYY-MM or "
                               "a range YYYY-MM..YYYY-MM",
                               text));
}

Period period_for(const Portfolio& p, const PeriodSpec& spec) {
  if (auto period = resolve(spec, p.settings.calendar(), p.as_of)) return *period;
  throw UsageError(fmt::format("period {} lies wholly after as_of {} of {} ({})", to_string(spec),
                               to_string(p.as_of), p.manager, p.file));
}

std::string formats_help(std::span<const Format> formats) {
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i)
    out += std::string(i == 0                    ? ""
                       : i + 1 == formats.size() ? " or "
                                                 : ", ") +
           to_string(formats[i]) + (i == 0 ? " (default)" : "");
  return out;
}

std::vector<std::string> format_choices(std::span<const Format> formats) {
  std::vector<std::string> out;
  for (Format f : formats)
    out.emplace_back(to_string(f));
  return out;
}

std::string format_names(std::span<const Format> formats) {
  std::string out;
  for (Format f : formats)
    out += (out.empty() ? "" : ", ") + std::string(to_string(f));
  return out;
}

ReportInput report_input(const Loaded& loaded, const PeriodSpec& spec) {
  ReportInput in{{}, spec, loaded.settings_file.settings, loaded.settings_file.path};
  for (const Portfolio& p : loaded.portfolios)
    in.portfolios.push_back({&p, period_for(p, spec)});
  return in;
}

Format output_format(const OutputOptions& o, std::span<const Format> offered) {
  if (o.csv + o.json + !o.format.empty() > 1)
    throw UsageError("choose one of --format, --csv and --json");
  // Checked before the format so that `-o x.yaml` is told why, whatever --format says.
  if (!to_stdout(o)) refuse_yaml_output(o.output);
  std::optional<Format> chosen;
  if (o.csv) chosen = Format::csv;
  if (o.json) chosen = Format::json;
  if (!o.format.empty()) {
    chosen = parse_term(kFormats, o.format);
    if (!chosen || std::find(offered.begin(), offered.end(), *chosen) == offered.end())
      throw UsageError(
          fmt::format("--format '{}' is not one of {}", o.format, format_names(offered)));
  }
  if (!chosen && !to_stdout(o)) {
    chosen = format_for_path(o.output);
    if (!chosen)
      throw UsageError(fmt::format("cannot tell the format of '{}' from its extension; add "
                                   "--format",
                                   o.output));
    // Only review renders HTML: `summary -o x.html` must not print a page no test covers.
    if (std::find(offered.begin(), offered.end(), *chosen) == offered.end())
      throw UsageError(fmt::format("'{}' asks for {} output, which this command does not offer "
                                   "(it offers {}); add --format",
                                   o.output, to_string(*chosen), format_names(offered)));
  }
  const Format format = chosen.value_or(offered.front());
  if (o.bom && format != Format::csv)
    throw UsageError(fmt::format("--bom is for CSV output (--csv, --format csv or -o FILE.csv), "
                                 "not {}",
                                 to_string(format)));
  return format;
}

void emit(const OutputOptions& o, const std::string& text, std::optional<int> width) {
  if (!to_stdout(o)) {
    write_file_atomically(o.output, text);
    return;
  }
  if (width && !o.no_pager && page(text, *width)) return;
  write_stdout(text);
}

TextOut::Sink stdout_sink(const OutputOptions& o) {
  if (!to_stdout(o)) return {};
  return [](const std::string& part) { write_stdout(part); };
}

std::optional<int> table_width(const OutputOptions& o, Format format) {
  if (format != Format::table || !to_stdout(o)) return std::nullopt;
  return terminal_width();
}

void print(const OutputOptions& o, const Document& d, Format format) {
  RenderOptions options;
  options.color = format == Format::table && use_color(o);
  options.bom = o.bom;
  options.spark = format == Format::table && !o.no_spark && utf8_locale();
  options.width = table_width(o, format);
  // Straight to stdout as it is made, unless a pager may want the whole text first.
  if (!options.width || o.no_pager) options.sink = stdout_sink(o);
  emit(o, render(d, format, options), options.width);
}

bool use_color(const OutputOptions& o) {
  if (o.color == "always") return true;
  if (o.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return to_stdout(o) && isatty(STDOUT_FILENO) != 0;
}

} // namespace acctmgr::cli
