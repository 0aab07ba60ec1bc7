#include "write/sparkline.hpp"

#include "model/checked.hpp"

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>

namespace acctmgr {

std::string sparkline(std::span<const Money> values) {
  static constexpr std::array<std::string_view, 8> kBlocks{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  std::int64_t low = std::numeric_limits<std::int64_t>::max(), high = 0;
  for (Money v : values) {
    if (v.cents() <= 0) continue;
    low = std::min(low, v.cents());
    high = std::max(high, v.cents());
  }
  std::string out;
  for (Money v : values) {
    if (v.cents() <= 0) {
      out += ' ';
    } else if (low == high) {
      out += kBlocks[3];
    } else {
      // floor(7 (v - low) / (high - low)): 0 for the smallest, 7 for the largest.
      const std::int64_t step = checked_mul<std::int64_t>(v.cents() - low, 7) / (high - low);
      out += kBlocks[static_cast<std::size_t>(step)];
    }
  }
  return out;
}

} // namespace acctmgr
