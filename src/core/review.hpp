#pragma once

#include "core/document.hpp"
#include "core/finding.hpp"
#include "core/forecast.hpp"
#include "core/growth.hpp"
#include "core/period.hpp"
#include "core/pipeline.hpp"
#include "core/portfolio.hpp"
#include "core/report_input.hpp"

#include <string>
#include <vector>

namespace acctmgr {

/// One portfolio as the monthly review sees it: its growth report (which names the portfolio
/// and the period), its findings, and its forecast and pipeline, each built once.
struct ReviewInput {
  GrowthReport growth;
  std::vector<Finding> findings; ///< after ignore lists
  ForecastReport forecast;       ///< at as_of: the projected column
  PipelineReport pipeline;       ///< the coverage column, and the review's pipeline section
};

/// The review's per-client table, one row per client of the growth report:
/// manager,client,name,revenue,growth,status,share,band,margin,projected,coverage,findings
/// (projected = actuals plus forecast of the fiscal year of as_of; coverage = the pipeline
/// report's weighted_in_year / gap, empty without a gap; findings = warnings and errors about
/// that client).
Table review_clients_table(const std::vector<ReviewInput>& inputs, const std::string& period_name);

/// A manager's monthly revenue over the 12 months ending E, and over the same months a year
/// earlier: what the review's charts draw.
std::vector<Series> revenue_series(const Portfolio& p, Month e);

/// The `review` command's document: the summary, the clients, the pipeline (each portfolio for
/// the fiscal year of its as_of), the findings and the bonus (of
/// each portfolio that can be paid; the others are named in a note, and in JSON in the
/// data-only `bonus_missing` table), each manager's revenue series, and last what the
/// clients' ignore entries silenced, with each entry's until and reason (SPEC 8.4).
Document review_document(const ReportInput& in);

} // namespace acctmgr
