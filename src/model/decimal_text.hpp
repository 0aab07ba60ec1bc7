#pragma once

#include "model/grouping.hpp" // group_thousands, which callers of amount_text also use
#include "model/ratio.hpp"

#include <optional>
#include <string>

namespace acctmgr {

// Numbers as a person checking a statement by hand needs them: exact whenever the value is a
// terminating decimal (plans are written in decimals, so nearly always), and marked "≈" when
// it is not, so that a shown figure is never silently rounded.

/// r with the fewest decimals in [min_decimals, max_decimals] that show it exactly, or
/// nullopt when it needs more (1/3, or 0.123456789 with max 8).
std::optional<std::string> exact_decimal(const Ratio& r, int min_decimals, int max_decimals);

/// An amount in currency units: "1,234.50", "50.005" (exact to 6 decimals), else
/// "≈ 9,600.004762".
std::string amount_text(const Ratio& units);

/// A ratio with at least 4 decimals, exact up to 8 ("1.0500", "0.80125"), else "≈ 0.6667".
std::string ratio_text(const Ratio& r);

/// A percentage as a plan writes it: "30%", "12.5%", "33.3333%"; "≈ 33.3333%" when inexact.
std::string percent_text(const Ratio& r);

/// A percentage with 2 decimals for results: "105.00%", "≈ 66.67%" when not exact.
std::string percent2_text(const Ratio& r);

/// A plain factor without trailing zeros: "1", "1.5", "1.25"; "≈ 1.3333" when inexact.
std::string exact_factor_text(const Ratio& r);

} // namespace acctmgr
