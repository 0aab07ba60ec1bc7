#pragma once

#include "edit/import_plan.hpp"
#include "text/diagnostic.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// An accounting export larger than this is refused before it is read (SPEC section 10).
inline constexpr std::size_t max_csv_bytes = std::size_t{256} << 20;
// A CSV's rows are located through a SourceText: 32-bit offsets.
static_assert(max_csv_bytes < std::numeric_limits<std::uint32_t>::max(),
              "positions in a CSV are 32-bit offsets");

/// One field of a CSV record: its text (quotes removed, "" made ") and where it starts.
struct CsvField {
  std::string text;
  std::size_t offset = 0;
  bool quoted = false;
};
using CsvRecord = std::vector<CsvField>;

class Problems;

/// Splits RFC 4180 text into records: fields separated by commas, records by LF or CR LF,
/// a field in double quotes may hold commas, line breaks and "" for a quote. An unclosed or
/// misplaced quote is reported to `problems`. A blank line is no record.
std::vector<CsvRecord> split_csv(std::string_view text, Problems& problems);

/// Reads an accounting export (SPEC section 10): UTF-8 (an optional BOM), a header naming
/// `client`, `month` and `amount` in any order and case, optionally `manager`, other columns
/// ignored; each row's month and amount in the section 2 grammar. A row identical to an
/// earlier one in every field gets its line as `repeats_line`. Throws InputError with every
/// problem, each at `FILE:LINE:COL`. `file` is the name shown ("-": stdin).
std::vector<AccountingRow> read_accounting_csv(std::string_view bytes, const std::string& file);

} // namespace acctmgr
