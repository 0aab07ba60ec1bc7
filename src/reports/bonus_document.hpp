#pragma once

#include "document/document.hpp"
#include "reports/bonus.hpp"
#include "reports/bonus_whatif.hpp"
#include "reports/report_input.hpp"

#include <vector>

namespace acctmgr {

/// The `bonus` command's document: the bonus table, or with `explain` a statement per manager.
Document bonus_document(const ReportInput& in, const std::vector<BonusResult>& results,
                        bool explain);

/// `bonus --what-if`: per manager the comparison statement (followed, with `explain`, by the
/// statement of the what-if payout), and the comparison table for the data formats.
Document what_if_document(const ReportInput& in, const std::vector<BonusComparison>& comparisons,
                          bool explain);

} // namespace acctmgr
