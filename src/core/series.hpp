#pragma once

#include "core/money.hpp"
#include "core/month.hpp"
#include "core/period.hpp"

#include <optional>
#include <utility>
#include <vector>

namespace acctmgr {

/// Monthly amounts (revenue, forecast or cost), sorted by month, each month at most once.
/// Lookups are binary searches; sums walk only the months in range.
class MonthSeries {
public:
  using Entry = std::pair<Month, Money>;
  MonthSeries() = default;
  /// Entries in any order; months must be unique (the loader guarantees it).
  explicit MonthSeries(std::vector<Entry> entries);

  const std::vector<Entry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }
  /// The amount entered for `m`, or nullopt when the month has no entry.
  std::optional<Money> get(Month m) const;
  bool has(Month m) const { return get(m).has_value(); }
  /// Sum of the entries in `r` (a missing month counts as 0).
  Money sum(const MonthRange& r) const;
  /// Entries within `r`, as a [begin, end) pair of iterators.
  std::pair<std::vector<Entry>::const_iterator, std::vector<Entry>::const_iterator>
  range(const MonthRange& r) const;

private:
  std::vector<Entry> entries_;
};

} // namespace acctmgr
