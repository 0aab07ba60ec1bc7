#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace acctmgr {

/// Thousands separators in the integer part of a plain decimal: "-1234.5" -> "-1,234.5",
/// "1000" -> "1,000". The one grouping of shown amounts (Money's to_display, decimal_text's
/// amount_text); a header of its own so that money.cpp need not include Ratio for it.
inline std::string group_thousands(std::string_view plain) {
  const std::size_t sign = !plain.empty() && plain[0] == '-' ? 1 : 0;
  const std::size_t end = std::min(plain.find('.'), plain.size());
  std::string out(plain.substr(0, sign));
  for (std::size_t i = sign; i < end; ++i) {
    if (i > sign && (end - i) % 3 == 0) out += ',';
    out += plain[i];
  }
  out += plain.substr(end);
  return out;
}

} // namespace acctmgr
