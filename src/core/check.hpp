#pragma once

#include "core/document.hpp"
#include "core/finding.hpp"
#include "core/report_input.hpp"

#include <vector>

namespace acctmgr {

/// What `check` reports: every portfolio's findings over its period, sorted, without the
/// codes in `ignored` and, unless `include_info`, without info findings.
std::vector<Finding> check_findings(const ReportInput& in, const CodeSet& ignored,
                                    bool include_info);

/// The `check` command's document: the findings, printing nothing in the human forms when
/// there are none (SPEC section 5).
Document check_document(const ReportInput& in, std::vector<Finding> findings);

} // namespace acctmgr
