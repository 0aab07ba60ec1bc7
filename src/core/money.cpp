#include "core/money.hpp"

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
  std::string plain = to_string(m);
  const std::size_t sign = plain[0] == '-' ? 1 : 0;
  const std::size_t dot = plain.find('.');
  std::string out = plain.substr(0, sign);
  for (std::size_t i = sign; i < dot; ++i) {
    if (i > sign && (dot - i) % 3 == 0) out += ',';
    out += plain[i];
  }
  return out + plain.substr(dot);
}

} // namespace acctmgr
