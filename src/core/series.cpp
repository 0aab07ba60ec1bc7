#include "core/series.hpp"

#include <algorithm>

namespace acctmgr {

MonthSeries::MonthSeries(std::vector<Entry> entries) : entries_(std::move(entries)) {
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.first < b.first; });
}

std::pair<std::vector<MonthSeries::Entry>::const_iterator,
          std::vector<MonthSeries::Entry>::const_iterator>
MonthSeries::range(const MonthRange& r) const {
  auto by_month = [](const Entry& e, Month m) { return e.first < m; };
  auto begin = std::lower_bound(entries_.begin(), entries_.end(), r.first, by_month);
  auto end = std::lower_bound(begin, entries_.end(), r.last + 1, by_month);
  return {begin, end};
}

std::optional<Money> MonthSeries::get(Month m) const {
  auto [begin, end] = range({m, m});
  if (begin == end) return std::nullopt;
  return begin->second;
}

Money MonthSeries::sum(const MonthRange& r) const {
  Money total;
  for (auto [it, end] = range(r); it != end; ++it)
    total += it->second;
  return total;
}

} // namespace acctmgr
