#pragma once

#include "model/money.hpp"
#include "model/month.hpp"
#include "model/period.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace acctmgr {

/// Monthly amounts (revenue, forecast or cost), each month at most once. A loaded portfolio
/// is mostly these, so they are stored compactly: 8 bytes a month over the months from the
/// first entry to the last (a month without an entry holds a marker), or, when entries are
/// far apart (2020-01 and 2090-12), 16 bytes an entry (month, amount), so that no file can
/// make one small series large. Lookups are O(1) or a binary search; sums walk only the
/// months in range.
class MonthSeries {
public:
  using Entry = std::pair<Month, Money>;
  MonthSeries() = default;
  /// Entries in any order; months must be unique (the loader guarantees it).
  explicit MonthSeries(std::vector<Entry> entries);

  /// Every entry, oldest first.
  std::vector<Entry> entries() const;
  bool empty() const { return data_.empty(); }
  /// The month of the oldest entry; nullopt when there is none. O(1).
  std::optional<Month> first_month() const {
    return empty() ? std::nullopt : std::optional<Month>(first_);
  }
  /// The amount entered for `m`, or nullopt when the month has no entry.
  std::optional<Money> get(Month m) const;
  bool has(Month m) const { return get(m).has_value(); }
  /// Sum of the entries in `r` (a missing month counts as 0).
  Money sum(const MonthRange& r) const;
  /// Calls `f(month, amount)` for each entry within `r`, oldest first.
  template <class F> void for_each_in(const MonthRange& r, F&& f) const {
    if (!sparse_) {
      const int from = std::max(r.first - first_, 0);
      const int to = std::min(r.last - first_ + 1, static_cast<int>(data_.size()));
      for (int i = from; i < to; ++i)
        if (data_[static_cast<std::size_t>(i)] != absent)
          f(first_ + i, Money::from_cents(data_[static_cast<std::size_t>(i)]));
      return;
    }
    for (std::size_t i = sparse_lower_bound(r.first); i < data_.size() && month_at(i) <= r.last;
         i += 2)
      f(month_at(i), Money::from_cents(data_[i + 1]));
  }
  /// True when some entry lies within `r`.
  bool any_in(const MonthRange& r) const;

private:
  /// Marks a month without an entry in the dense form; a series holding this very amount
  /// (no file can: amounts are at most 10^13 units) is kept in the sparse form.
  static constexpr std::int64_t absent = std::numeric_limits<std::int64_t>::min();
  /// The sparse form's index (even) of the first entry from month `m` on.
  std::size_t sparse_lower_bound(Month m) const;
  Month month_at(std::size_t i) const { return Month::from_index(static_cast<int>(data_[i])); }

  /// Dense: cents for each month from first_ on. Sparse: month index, cents, month index,
  /// cents..., by month.
  std::vector<std::int64_t> data_;
  Month first_;
  bool sparse_ = false;
};

} // namespace acctmgr
