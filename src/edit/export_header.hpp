#pragma once

#include "edit/accounting_csv.hpp"
#include "model/import_profile.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace acctmgr {

/// Where the columns of a profile are in an export's header.
struct HeaderColumns {
  std::array<std::optional<std::size_t>, kImportFields.size()> at; ///< by ImportField
  std::optional<std::size_t> of(ImportField f) const { return at[static_cast<std::size_t>(f)]; }
};

/// Finds each column of `profile` in `header` (names trimmed, A-Z in any case; SPEC section 10).
/// A column the header lacks (but one of the built-in layout's `if_present`) is one problem at
/// the header line naming every missing column and the columns found, and, when `header_line`
/// splits into more fields on another separator than `separator`, that one; a column found
/// twice is a problem at the second.
HeaderColumns map_header(const CsvRecord& header, const ImportProfile& profile, char separator,
                         std::string_view header_line, Problems& problems);

} // namespace acctmgr
