#pragma once

#include "document/document.hpp"
#include "model/checked.hpp"
#include "model/finding.hpp"
#include "model/money.hpp"
#include "model/ratio.hpp"
#include "reports/portfolio_reports.hpp"
#include "reports/report_input.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acctmgr {

/// The sums a summary row is made of. Rows add up (the team TOTAL is the sum of the
/// managers' sums), so every ratio is formed only when printed, from exact sums.
struct SummarySums {
  Money revenue;            ///< the whole book: every client's revenue in the period
  Money comparable_revenue; ///< the comparable clients' (SPEC section 4)
  Money prev_revenue;       ///< the comparable clients' in the comparison period
  Money cohort_revenue;     ///< revenue of comparable clients with prev_revenue > 0
  Money cohort_prev;        ///< their prev_revenue
  Money cohort_retained;    ///< Σ min(revenue, prev_revenue) over them
  Money new_revenue;        ///< revenue of clients with status new
  Money lost_revenue;       ///< prev_revenue of clients with status lost
  Money top_client;         ///< the largest client revenue of the whole book
  Int128 squares = 0;       ///< Σ (client revenue in cents)² over the whole book, for the HHI
  Money margin_revenue;     ///< Σ revenue over clients whose margin is defined
  Money margin_cost;        ///< Σ cost over the same clients
  Money revenue_12m;        ///< Σ revenue_12m over the share report's clients with a wallet
  Money wallet;             ///< Σ wallet over the same clients
  Money headroom;           ///< Σ headroom over the same clients
  bool any_wallet = false;
  std::int64_t findings = 0; ///< warnings and errors

  SummarySums& operator+=(const SummarySums& o);
};

/// One row of the team summary: a manager, or the team TOTAL.
struct SummaryRow {
  std::string manager;
  std::string currency;
  SummarySums sums;
  Ratio target; ///< the growth target the status is judged by
  /// The calendar months summed; none for a team TOTAL over managers whose periods differ
  /// (its figures are then left empty, but for the findings count).
  std::optional<Period> period;
};

/// A manager's sums from the portfolio's `reports` over the period: revenue, the top client and
/// the HHI over the whole book; growth, nrr, grr, new and lost revenue over the comparable
/// clients of the growth report; margin over the margin report's clients whose margin is
/// defined; share of wallet over the share report's clients (lost ones are not in it) with a
/// wallet. Of `findings` (the portfolio's), warnings and errors count.
SummaryRow summarize(const PortfolioReports& reports, const std::vector<Finding>& findings);

/// The team TOTAL over `rows`, judged against `team_target` (the settings file's target). The
/// managers are added only when all cover the same calendar months; otherwise only the
/// findings are, and `period` is none.
SummaryRow team_total(const std::vector<SummaryRow>& rows, const Ratio& team_target);

/// The SPEC's summary table: manager,currency,from,to,revenue,comparable_revenue,prev_revenue,
/// growth,status,nrr,grr,new_revenue,lost_revenue,top_client_share,hhi,margin,margin_coverage,
/// share,headroom,findings.
Table summary_table(const std::vector<SummaryRow>& rows, const SummaryRow& total,
                    const std::string& period_name);

/// The managers' `rows` and the team TOTAL judged by the settings file's target.
Table summary_table(const ReportInput& in, const std::vector<SummaryRow>& rows);

/// The `summary` command's document.
Document summary_document(const ReportInput& in);

} // namespace acctmgr
