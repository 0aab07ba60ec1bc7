#include "core/ignore.hpp"

#include <algorithm>

namespace acctmgr {

bool ignores(const Client& c, std::string_view code) {
  return std::find(c.ignore.begin(), c.ignore.end(), code) != c.ignore.end();
}

std::string joined_warnings(const Client& c, const std::vector<std::string_view>& codes) {
  std::string out;
  for (std::string_view code : codes) {
    if (ignores(c, code)) continue;
    if (!out.empty()) out += ';';
    out += code;
  }
  return out;
}

} // namespace acctmgr
