#pragma once

#include "document/document.hpp"
#include "model/finding.hpp"
#include "model/money.hpp"
#include "reports/pipeline.hpp"
#include "reports/report_input.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acctmgr {

/// What the review shows of one portfolio, for the review's pages (one part per manager).
struct ReviewPortfolio {
  Table clients;               ///< its rows of the clients table (manager column included)
  PipelineReport pipeline;     ///< its pipeline report
  std::vector<Finding> ranked; ///< its findings, by at_stake (rank_by_at_stake)
  std::optional<Money> bonus;  ///< its bonus total; none when no bonus is shown for it
};

/// Everything the review is made of, figured once: review_document and review_pages_document
/// only arrange it.
struct ReviewParts {
  Context context;
  std::string title;
  Table summary; ///< a row per portfolio in input order, then the team TOTAL
  Table clients; ///< every portfolio's rows
  std::vector<PipelineReport> pipelines;
  std::vector<Finding> ranked; ///< every finding, by at_stake
  Table silenced;              ///< what ignore entries silenced, in check's order
  Table bonus;
  Table bonus_missing; ///< data only: the portfolios without a bonus, and why
  /// Per portfolio, in input order; empty unless asked for (review_parts' `per_portfolio`).
  std::vector<ReviewPortfolio> portfolios;
};

/// The review's parts over `in`; `per_portfolio` also fills `portfolios` (the pages' parts).
ReviewParts review_parts(const ReportInput& in, bool per_portfolio);

} // namespace acctmgr
