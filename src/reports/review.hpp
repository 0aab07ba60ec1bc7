#pragma once

#include "document/document.hpp"
#include "model/finding.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "reports/report_input.hpp"

#include <cstddef>
#include <vector>

namespace acctmgr {

/// A manager's monthly revenue over the 12 months ending E, and over the same months a year
/// earlier: what the review's charts draw. Near 0001-01 the window is clipped there, and the
/// year earlier is left out unless all its months exist.
std::vector<Series> revenue_series(const Portfolio& p, Month e);

/// How many findings the review's top actions show (SPEC section 5).
inline constexpr std::size_t kTopActions = 10;

/// The review's top actions: the first kTopActions findings of `ranked` (rank_by_at_stake)
/// that have an at_stake, across all managers. Its columns are what a director acts on: who,
/// which account, what, how much, then the message to read (last, where a narrow terminal
/// shortens it). Severity, file and line are in the findings section below.
/// manager,client,code,at_stake,message.
Table top_actions_table(const std::vector<Finding>& ranked);

/// The `review` command's document: its top actions (the ten findings with the largest
/// at_stake, across all managers: manager,client,code,at_stake,message), the summary, the
/// clients (manager,client,name,revenue,growth,status,share,band,margin,projected,coverage,
/// findings: projected = actuals plus forecast of the fiscal year of as_of; coverage = the
/// pipeline report's weighted_in_year / gap, empty without a gap; findings = warnings and
/// errors about that client), the pipeline (each portfolio for the fiscal year of its as_of),
/// the findings (by at_stake, largest first, those without one last, ties in `check`'s order)
/// and the bonus (of each portfolio that can be paid; the others are named in a note, and in
/// JSON in the data-only `bonus_missing` table), each manager's revenue series, and last what
/// the clients' ignore entries silenced, with each entry's until and reason (SPEC 8.4). The
/// clients and pipeline tables make their rows from the portfolios as they are read: render
/// the document while the portfolios live.
Document review_document(const ReportInput& in);

} // namespace acctmgr
