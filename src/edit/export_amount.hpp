#pragma once

#include "model/money.hpp"
#include "read/scalars.hpp"

#include <string_view>

namespace acctmgr {

/// An amount as an accounting export writes it (SPEC section 10, v3): an optional '-', digits,
/// optionally grouped by threes with one kind of separator (space, the no-break spaces U+00A0
/// and U+202F, an apostrophe, or the mark that is not the decimal one: ',' when `decimal` is
/// '.', '.' when it is ','), then optionally `decimal` and one or two digits; at most 10^13 in
/// size. Negative amounts are credit notes. `text` is the cell, trimmed. Pure.
///   "1,234.56" (decimal '.'), "1.234,56" and "1 234,56" (decimal ','), "-48,20", "1'234.50",
///   "48200" and "1234.5" are amounts; "12,34.5", "1 23", "1.234" (decimal '.'), "", "+5",
///   "--5", "5-" are not.
Parsed<Money> parse_export_amount(std::string_view text, char decimal);

} // namespace acctmgr
