#pragma once

#include "core/finding.hpp"
#include "core/ignore.hpp"
#include "core/period.hpp"
#include "core/portfolio.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace acctmgr {

/// Every finding of SPEC section 5 for one portfolio over `period`, PLAN_RANGE included.
/// Codes in a client's `ignore:` list are left out. Sorted by file, line, then code.
std::vector<Finding> findings(const Portfolio& p, const Period& period);

/// Stable order for a run over many files: by file (in order of first appearance), line, then
/// the SPEC table order. Use after appending findings from elsewhere (PLAN_RANGE).
void sort_findings(std::vector<Finding>& findings);

/// The findings whose code is not in `codes` (the global `--ignore CODE,...`).
std::vector<Finding> without_codes(std::vector<Finding> findings, const CodeSet& codes);

} // namespace acctmgr
