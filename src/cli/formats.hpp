#pragma once

#include "cli/options.hpp"
#include "write/render.hpp"

#include <array>
#include <span>
#include <string>
#include <vector>

/// Which format a command prints in: --format, --csv/--json, or -o's extension.
namespace acctmgr::cli {

/// The format chosen by --format, --csv/--json, or -o's extension; table by default. A format
/// the command does not offer, and --bom with any format but CSV (a BOM elsewhere would be a
/// stray character at the start of a table, JSON or Markdown), are UsageErrors.
Format output_format(const OutputOptions& o,
                     std::span<const Format> offered = formats_for(Holds::table));

/// "table, csv, json, md": the names of `formats`, for messages.
std::string format_names(std::span<const Format> formats);
/// "table (default), csv, json or md": --format's help for a command offering `formats`.
std::string formats_help(std::span<const Format> formats);
/// The names of `formats`, for CLI11's IsMember.
std::vector<std::string> format_choices(std::span<const Format> formats);

} // namespace acctmgr::cli
