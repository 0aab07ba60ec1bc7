#pragma once

#include "core/portfolio.hpp"

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// A set of finding codes, e.g. from `--ignore CODE,...`.
using CodeSet = std::set<std::string, std::less<>>;

/// True when the client's `ignore:` list silences `code`.
bool ignores(const Client& c, std::string_view code);

/// The codes of a report's warnings column: those not silenced by the client, joined with ';'.
std::string joined_warnings(const Client& c, const std::vector<std::string_view>& codes);

/// The same for a report's own warning enum (anything with a `to_string` giving the code).
template <class Warning>
std::string joined_warnings(const Client& c, const std::vector<Warning>& warnings) {
  std::vector<std::string_view> codes;
  codes.reserve(warnings.size());
  for (Warning w : warnings)
    codes.push_back(to_string(w));
  return joined_warnings(c, codes);
}

} // namespace acctmgr
