#pragma once

#include "document/document.hpp"
#include "model/finding.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "reports/report_input.hpp"

#include <cstddef>
#include <vector>

namespace acctmgr {

/// What a manager's chart in the review draws: "revenue" over the 12 months ending E, when E is
/// as_of the "forecast" of the forecast_months after it (the clients not lost at as_of; a
/// month without any client's entry is none; left out when no month has one), and "a year earlier":
/// the same months a year before, drawn beside them (shift 12). A month some client with revenue
/// entries does not hold (SPEC section 3) is none: a gap, never 0. Near 0001-01 the window is
/// clipped there, and the year earlier is left out unless all its months exist.
std::vector<Series> revenue_series(const Portfolio& p, Month e);

/// How many findings the review's top actions show (SPEC section 5).
inline constexpr std::size_t kTopActions = 10;

/// The review's top actions: the first kTopActions findings of `ranked` (rank_by_at_stake)
/// that have an at_stake, across all managers. Its columns are what a director acts on: who,
/// which account, what, how much, then the message to read (last, where a narrow terminal
/// shortens it). Severity, file and line are in the findings section below.
/// manager,client,code,at_stake,message.
Table top_actions_table(const std::vector<Finding>& ranked);

/// The review as people read and send it (HTML and Markdown, SPEC section 11, v3), in parts:
/// "team" (the team's figures: the summary's TOTAL, over the trailing year when the managers'
/// periods differ, and the bonus total; top actions; the summary), then one part per manager
/// (its figures, its chart's series, its clients, pipeline and findings by at_stake), then
/// "silenced and bonus". The same numbers as review_document, arranged.
Document review_pages_document(const ReportInput& in);

/// The `review` command's document (terminal tables, JSON): its top actions (the ten findings with
/// the largest at_stake, across all managers: manager,client,code,at_stake,message), the summary,
/// the clients (manager,client,name,revenue,growth,status,share,band,margin,projected,coverage,
/// findings: projected = actuals plus forecast of the fiscal year of as_of; coverage = the
/// pipeline report's weighted_in_year / gap, empty without a gap; findings = warnings and
/// errors about that client), the pipeline (each portfolio for the fiscal year of its as_of),
/// the findings (by at_stake, largest first, those without one last, ties in `check`'s order)
/// and the bonus (of each portfolio that can be paid; the others are named in a note, and in
/// JSON in the data-only `bonus_missing` table), and last what
/// the clients' ignore entries silenced, with each entry's until and reason (SPEC 8.4). The
/// clients and pipeline tables make their rows from the portfolios as they are read: render
/// the document while the portfolios live.
Document review_document(const ReportInput& in);

} // namespace acctmgr
