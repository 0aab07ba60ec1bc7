#pragma once

#include "reports/bonus.hpp"
#include "text/diagnostic.hpp"

#include <string>
#include <vector>

namespace acctmgr::cli {

/// A bonus problem as the loader shows one: a caret under the key it is about when the file
/// has it (`targets:`), else under `manager:` (located_diagnostic).
Diagnostic bonus_diagnostic(const std::string& file, const BonusProblem& problem);

/// What `bonus` would refuse for the year of each portfolio's as_of, as warnings, for the
/// portfolios a plan applies to (`validate`).
std::vector<Diagnostic> bonus_warnings(const std::vector<Portfolio>& portfolios);

} // namespace acctmgr::cli
