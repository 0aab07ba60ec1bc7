#include "model/series.hpp"

#include <algorithm>

namespace acctmgr {

MonthSeries::MonthSeries(std::vector<Entry> entries) {
  if (entries.empty()) return;
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.first < b.first; });
  first_ = entries.front().first;
  const auto span = static_cast<std::size_t>(entries.back().first - first_) + 1;
  const bool marker_free = std::none_of(entries.begin(), entries.end(),
                                        [](const Entry& e) { return e.second.cents() == absent; });
  // Dense when that is no bigger than the sparse form.
  sparse_ = !marker_free || span > 2 * entries.size();
  if (!sparse_) {
    data_.assign(span, absent);
    for (const auto& [month, amount] : entries)
      data_[static_cast<std::size_t>(month - first_)] = amount.cents();
    return;
  }
  data_.reserve(2 * entries.size());
  for (const auto& [month, amount] : entries) {
    data_.push_back(month.index());
    data_.push_back(amount.cents());
  }
}

std::vector<MonthSeries::Entry> MonthSeries::entries() const {
  std::vector<Entry> out;
  if (empty()) return out;
  const Month last =
      sparse_ ? month_at(data_.size() - 2) : first_ + static_cast<int>(data_.size()) - 1;
  for_each_in({first_, last}, [&](Month m, Money v) { out.emplace_back(m, v); });
  return out;
}

std::size_t MonthSeries::sparse_lower_bound(Month m) const {
  std::size_t lo = 0, hi = data_.size() / 2; // in entries
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (month_at(2 * mid) < m)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 2 * lo;
}

std::optional<Money> MonthSeries::get(Month m) const {
  std::optional<Money> found;
  for_each_in({m, m}, [&](Month, Money v) { found = v; });
  return found;
}

bool MonthSeries::any_in(const MonthRange& r) const {
  bool any = false;
  for_each_in(r, [&](Month, Money) { any = true; });
  return any;
}

Money MonthSeries::sum(const MonthRange& r) const {
  Money total;
  for_each_in(r, [&](Month, Money v) { total += v; });
  return total;
}

} // namespace acctmgr
