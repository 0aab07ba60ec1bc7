#pragma once

#include <string>
#include <string_view>

namespace acctmgr {

/// `s` with A-Z lowered and every other byte as it is: for keywords, extensions and locale
/// names, which are ASCII (no locale, so that a Turkish İ never turns up).
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

} // namespace acctmgr
