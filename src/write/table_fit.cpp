#include "write/table_fit.hpp"

#include <cstddef>
#include <numeric>

namespace acctmgr {

std::vector<int> fit_widths(std::vector<int> widths, const std::vector<int>& minimum, int width,
                            int gap) {
  if (widths.empty()) return widths;
  const int gaps = gap * static_cast<int>(widths.size() - 1);
  if (std::accumulate(minimum.begin(), minimum.end(), 0) + gaps > width) return widths;
  int total = std::accumulate(widths.begin(), widths.end(), 0) + gaps;
  while (total > width) { // ends: the minimums fit
    std::size_t widest = widths.size();
    for (std::size_t i = 0; i < widths.size(); ++i)
      if (widths[i] > minimum[i] && (widest == widths.size() || widths[i] > widths[widest]))
        widest = i;
    --widths[widest];
    --total;
  }
  return widths;
}

} // namespace acctmgr
