#pragma once

#include "document/document.hpp"
#include "model/checked.hpp"
#include "model/finding.hpp"
#include "model/money.hpp"
#include "model/ratio.hpp"
#include "reports/growth.hpp"
#include "reports/report_input.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acctmgr {

/// The sums a summary row is made of. Rows add up (the team TOTAL is the sum of the
/// managers' sums), so every ratio is formed only when printed, from exact sums.
struct SummarySums {
  Money revenue;
  Money prev_revenue;
  Money cohort_revenue;   ///< revenue of clients with prev_revenue > 0
  Money cohort_prev;      ///< their prev_revenue
  Money cohort_retained;  ///< Σ min(revenue, prev_revenue) over them
  Money new_revenue;      ///< revenue of clients with status new
  Money lost_revenue;     ///< prev_revenue of clients with status lost
  Money excluded_revenue; ///< revenue of the clients that are not comparable
  Money top_client;       ///< the largest client revenue
  Int128 squares = 0;     ///< Σ (client revenue in cents)², for the HHI
  Money margin_revenue;   ///< Σ revenue over clients whose margin is defined
  Money margin_cost;      ///< Σ cost over the same clients
  Money revenue_12m;      ///< Σ revenue of the 12 months ending E over clients with a wallet
  Money wallet;           ///< Σ wallet over the same clients
  Money headroom;         ///< Σ headroom over the same clients
  bool any_wallet = false;
  bool any_margin = false;
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

/// A manager's sums: the revenue-based ones over the comparable clients of `growth` (its
/// report over the period), margin and share of wallet over every client; of `findings` (the
/// portfolio's), warnings and errors count.
SummaryRow summarize(const GrowthReport& growth, const std::vector<Finding>& findings);

/// The team TOTAL over `rows`, judged against `team_target` (the settings file's target). The
/// managers are added only when all cover the same calendar months; otherwise only the
/// findings are, and `period` is none.
SummaryRow team_total(const std::vector<SummaryRow>& rows, const Ratio& team_target);

/// The SPEC's summary table: manager,currency,from,to,revenue,prev_revenue,growth,status,nrr,
/// grr,new_revenue,lost_revenue,excluded_revenue,top_client_share,hhi,margin,share,headroom,
/// findings.
Table summary_table(const std::vector<SummaryRow>& rows, const SummaryRow& total,
                    const std::string& period_name);

/// The managers' `rows` and the team TOTAL judged by the settings file's target.
Table summary_table(const ReportInput& in, const std::vector<SummaryRow>& rows);

/// The `summary` command's document.
Document summary_document(const ReportInput& in);

} // namespace acctmgr
