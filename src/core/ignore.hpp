#pragma once

#include "core/finding.hpp"
#include "core/portfolio.hpp"

#include <string>
#include <vector>

namespace acctmgr {

/// True when the client's `ignore:` list silences `code`.
bool ignores(const Client& c, Code code);

/// The codes of a report's warnings column: those not silenced by the client, joined with ';'.
std::string joined_warnings(const Client& c, const std::vector<Code>& codes);

} // namespace acctmgr
