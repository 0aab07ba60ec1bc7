#pragma once

#include "edit/import_plan.hpp"
#include "model/import_profile.hpp"
#include "model/month.hpp"
#include "text/diagnostic.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// An accounting export larger than this is refused before it is read (SPEC section 10).
inline constexpr std::size_t max_csv_bytes = std::size_t{256} << 20;
// A CSV's rows are located through a SourceText: 32-bit offsets.
static_assert(max_csv_bytes < std::numeric_limits<std::uint32_t>::max(),
              "positions in a CSV are 32-bit offsets");

/// One field of a CSV record: its text (quotes removed, "" made ") and where it starts and
/// ends (past its closing quote, if any).
struct CsvField {
  std::string text;
  std::size_t offset = 0;
  bool quoted = false;
  std::size_t end = 0;
};
using CsvRecord = std::vector<CsvField>;

class Problems;

/// Splits RFC 4180 text from offset `from` into records: fields separated by `separator`
/// (a comma, or ';' or tab as exports in other locales have them), records by LF or CR LF, a
/// field in double quotes may hold separators, line breaks and "" for a quote. An unclosed or
/// misplaced quote is reported to `problems`. A blank line is no record. Offsets are `text`'s.
std::vector<CsvRecord> split_csv(std::string_view text, Problems& problems, char separator = ',',
                                 std::size_t from = 0);

/// An accounting export read into rows.
struct AccountingExport {
  std::vector<AccountingRow> rows;
  std::size_t skipped = 0; ///< rows the profile's skip_rows dropped (stderr says how many)
};

/// Reads an accounting export with an import profile (SPEC section 10, v3): UTF-8 (an optional
/// BOM), `skip` physical lines, then a header line holding every column the profile maps
/// (matched trimmed, ignoring case; other columns ignored), split on the profile's separator
/// or the one detected from the header line; then one row per record. A row with fewer fields
/// than the header has its missing cells empty, one with more is an error; a row whose client
/// cell matches a skip_rows pattern is counted and dropped. Each row's month (a month column,
/// or a date column read with date_format), amount (parse_export_amount: negative rows are
/// credit notes), currency (an ISO 4217 code) and invoice are checked and carried; a month
/// after `latest` (the last complete month; none for forecasts) is an error. A row without an
/// invoice value identical to an earlier one in every field gets its line as `repeats_line`.
/// Throws InputError with every problem, each at `FILE:LINE:COL` counting physical lines.
/// `file` is the name shown ("-": stdin).
AccountingExport read_export(std::string_view bytes, const std::string& file,
                             const ImportProfile& profile, std::optional<Month> latest);

} // namespace acctmgr
