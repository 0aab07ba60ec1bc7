#include "edit/export_header.hpp"

#include "edit/import_profile.hpp"
#include "read/source_text.hpp"

#include <fmt/format.h>
#include <string>
#include <vector>

namespace acctmgr {
namespace {

/// The header's columns for a message: the first dozen, quoted, then how many more.
std::string columns_found(const CsvRecord& header) {
  constexpr std::size_t shown = 12;
  std::string out;
  for (std::size_t i = 0; i < header.size() && i < shown; ++i)
    out += fmt::format("{}'{}'", i == 0 ? "" : ", ", header[i].text);
  if (header.size() > shown) out += fmt::format(" and {} more", header.size() - shown);
  return out;
}

/// "; split on ';' it has 5 columns: ..." when another separator splits the line better.
std::string better_separator(const ImportProfile& profile, char separator,
                             std::string_view header_line) {
  const char best = detect_separator(header_line);
  const std::size_t fields = count_fields(header_line, best);
  if (best == separator || fields <= count_fields(header_line, separator)) return {};
  if (profile.name.empty())
    return fmt::format("; split on {} it has {} columns, but acctmgr's own layout is separated "
                       "by commas: read it with an import profile (--profile)",
                       separator_name(best), fields);
  return fmt::format("; split on {} it has {} columns: is the separator {}? (separator: {} in "
                     "profile '{}')",
                     separator_name(best), fields, separator_name(best),
                     best == '\t' ? "tab" : fmt::format("\"{}\"", best), profile.name);
}

} // namespace

HeaderColumns map_header(const CsvRecord& header, const ImportProfile& profile, char separator,
                         std::string_view header_line, Problems& problems) {
  HeaderColumns found;
  std::vector<std::string> missing;
  for (const ImportColumn& column : profile.columns) {
    const std::string key = header_key(column.header);
    std::optional<std::size_t>& at = found.at[static_cast<std::size_t>(column.field)];
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header_key(header[i].text) != key) continue;
      if (at)
        problems.error(header[i].offset, fmt::format("a second '{}' column", header[i].text));
      else
        at = i;
    }
    if (at || column.if_present) continue;
    missing.push_back(profile.name.empty()
                          ? fmt::format("'{}'", column.header)
                          : fmt::format("'{}' ({})", column.header, to_string(column.field)));
  }
  if (!missing.empty()) {
    std::string names;
    for (std::size_t i = 0; i < missing.size(); ++i)
      names += (i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ") + missing[i];
    const std::string whose =
        profile.name.empty() ? " (it needs client, month and amount, in any order, or an import "
                               "profile)"
                             : fmt::format(" of profile '{}'", profile.name);
    problems.error(header.front().offset,
                   fmt::format("the header has no {} column{}{}; its columns: {}{}", names,
                               missing.size() == 1 ? "" : "s", whose, columns_found(header),
                               better_separator(profile, separator, header_line)));
  }
  return found;
}

} // namespace acctmgr
