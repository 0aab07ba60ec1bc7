#include "cli/formats.hpp"

#include "cli/output.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace acctmgr::cli {

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
  return fmt::format("{}", fmt::join(format_choices(formats), ", "));
}

Format output_format(const OutputOptions& o, std::span<const Format> offered) {
  if (o.csv + o.json + !o.format.empty() > 1)
    throw UsageError("choose one of --format, --csv and --json");
  // Checked before the format so that `-o x.yaml` is told why, whatever --format says.
  if (!o.to_stdout()) refuse_yaml_output(o.output);
  std::optional<Format> chosen;
  if (o.csv) chosen = Format::csv;
  if (o.json) chosen = Format::json;
  if (!o.format.empty()) {
    chosen = parse_term(kFormats, o.format);
    if (!chosen || std::find(offered.begin(), offered.end(), *chosen) == offered.end())
      throw UsageError(
          fmt::format("--format '{}' is not one of {}", o.format, format_names(offered)));
  }
  if (!chosen && !o.to_stdout()) {
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

} // namespace acctmgr::cli
