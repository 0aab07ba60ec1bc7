#pragma once

#include "document/document.hpp"
#include "model/finding.hpp"
#include "reports/report_input.hpp"

#include <vector>

namespace acctmgr {

/// What `check` reports: every portfolio's findings over its period, sorted, without the
/// codes in `ignored` and, unless `include_info`, without info findings. With `silenced`,
/// the findings that clients' ignore entries silenced instead, whatever their severity, each
/// message ending with the entry's until and reason.
std::vector<Finding> check_findings(const ReportInput& in, const CodeSet& ignored,
                                    bool include_info, bool silenced = false);

/// "MESSAGE [silenced until 2027-01: REASON]": a silenced finding as `check --silenced` says it.
std::string silenced_message(const Finding& f);

/// The `check` command's document: the findings, printing nothing in the human forms when
/// there are none (SPEC section 5).
Document check_document(const ReportInput& in, std::vector<Finding> findings);

} // namespace acctmgr
