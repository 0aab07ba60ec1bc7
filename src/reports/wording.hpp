#pragma once

#include "model/month.hpp"
#include "model/ratio.hpp"

#include <optional>
#include <string>
#include <vector>

/// How findings and notes word their figures, shared by the reports.
namespace acctmgr {

/// `text(value, decimals)` with the fewest decimals from `min` to `max` that do not read as
/// `threshold` does, so that a figure just below a threshold never prints as the threshold
/// itself ("19.99% is below the 20.0% target", "4.996 a week, below 5").
std::string reads_apart(const Ratio& value, const Ratio& threshold,
                        std::string (*text)(const Ratio&, int), int min, int max);

/// A percentage with 1 to 4 decimals that does not read as `threshold` does.
std::string percent_vs(const Ratio& value, const Ratio& threshold);

/// "rose 12.0%" / "fell 3.5%".
std::string change_words(const Ratio& change);

/// "2026-08, 2026-09".
std::string month_list(const std::vector<Month>& months);

/// A date as YYYY-MM-DD, or "never".
std::string last_seen(const std::optional<Date>& d);

} // namespace acctmgr
