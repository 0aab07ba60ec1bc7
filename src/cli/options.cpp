#include "cli/options.hpp"

#include "cli/formats.hpp"

namespace acctmgr::cli {

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
  add_follow_option(cmd, o.follow);
}

void add_follow_option(CLI::App& cmd, bool& follow) {
  cmd.add_flag("-L,--follow", follow,
               "Follow symbolic links inside the directories given (not followed by default; "
               "a path given is always followed)");
}

void add_period_option(CLI::App& cmd, std::string& period) {
  cmd.add_option("-p,--period", period,
                 "ytd (default), ttm, a fiscal year 2025, a quarter 2026-Q3, a month 2026-10 or "
                 "months 2026-01..2026-06 (any case)")
      ->capture_default_str();
}

void add_output_options(CLI::App& cmd, OutputOptions& o) {
  cmd.add_option("--format", o.format, formats_help(formats_for(Holds::table)));
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

void add_wide_option(CLI::App& cmd, OutputOptions& o) {
  o.key_columns = true;
  cmd.add_flag("--wide", o.wide,
               "Every column of a table wider than the terminal (paged), not only its key "
               "columns; pipes, -o and other formats always get every column");
}

} // namespace acctmgr::cli
