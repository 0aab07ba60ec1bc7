#include "model/money.hpp"

#include "model/grouping.hpp"

#include <fmt/format.h>

namespace acctmgr {

Money abs(Money m) {
  return m.cents() < 0 ? Money() - m : m;
}

std::string to_string(Money m) {
  // Work in unsigned so that the most negative value prints correctly.
  const bool negative = m.cents() < 0;
  const auto magnitude =
      negative ? 0 - static_cast<std::uint64_t>(m.cents()) : static_cast<std::uint64_t>(m.cents());
  return fmt::format("{}{}.{:02}", negative ? "-" : "", magnitude / 100, magnitude % 100);
}

std::string to_display(Money m) {
  return group_thousands(to_string(m));
}

} // namespace acctmgr
