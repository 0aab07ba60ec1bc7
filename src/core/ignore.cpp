#include "core/ignore.hpp"

#include <algorithm>

namespace acctmgr {

bool ignores(const Client& c, Code code) {
  return std::find(c.ignore.begin(), c.ignore.end(), code) != c.ignore.end();
}

std::string joined_warnings(const Client& c, const std::vector<Code>& codes) {
  std::string out;
  for (Code code : codes) {
    if (ignores(c, code)) continue;
    if (!out.empty()) out += ';';
    out += to_string(code);
  }
  return out;
}

} // namespace acctmgr
