#pragma once

#include "document/document.hpp"
#include "model/money.hpp"
#include "model/period.hpp"
#include "model/portfolio.hpp"
#include "model/ratio.hpp"
#include "reports/finding_collector.hpp"
#include "reports/report_input.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acctmgr {

/// Revenue and cost over a run of months, and the margin when it is defined.
struct PeriodMargin {
  Money revenue;
  Money cost;                      ///< every cost entry in the months, with or without revenue
  std::optional<Ratio> margin;     ///< (revenue − cost) / revenue; none when revenue is 0 or
                                   ///< some month with revenue has no cost entry
  std::vector<Month> missing_cost; ///< months with revenue > 0 and no cost entry
};

/// The margin of client `c` over `months`.
PeriodMargin period_margin(const Client& c, const MonthRange& months);

/// `m` with revenue and cost at `rate`, each rounded once; the margin stays the one of the
/// client's own currency (SPEC section 9).
PeriodMargin converted(PeriodMargin m, const Ratio& rate);

/// unbilled / (billable + unbilled); none without a team or with no one on it.
std::optional<Ratio> unbilled_share(const std::optional<Team>& team);

/// STALE_PRICES: costs rose by at least cost_rise against the comparison period, faster than
/// revenue, and no price increase in the price_review_months ending E. See margin.cpp.
bool prices_stale(const PeriodMargin& now, const PeriodMargin& before,
                  std::optional<Month> last_price_increase, const Settings& s, Month e);

struct ClientMargin {
  const Client* client = nullptr;
  PeriodMargin now;    ///< the period
  PeriodMargin before; ///< the comparison period (prev_margin)
  std::optional<Ratio> unbilled_share;
  /// LOW_MARGIN, MARGIN_DROP, UNBILLED_STAFF, STALE_PRICES, MISSING_COST as they apply, in
  /// SPEC order, before any `ignore:` list
  std::vector<Code> warnings;
};

/// One portfolio's margin report: the clients with revenue > 0 in the period, in file order.
struct MarginReport {
  const Portfolio* portfolio = nullptr;
  Period period;
  std::vector<ClientMargin> clients;
};

MarginReport margin_report(const Portfolio& p, const Period& period);

/// The SPEC's margin table:
/// manager,client,name,revenue,cost,margin,prev_margin,unbilled_share,warnings. The warnings
/// cell leaves out codes the client's `ignore:` list silences.
Table margin_table(const std::vector<MarginReport>& reports, const std::string& period_name);

/// The `margin` command's document.
Document margin_document(const ReportInput& in);

/// LOW_MARGIN, MARGIN_DROP, UNBILLED_STAFF, STALE_PRICES and MISSING_COST (SPEC section 5).
void margin_findings(FindingCollector& f, const MarginReport& r);

} // namespace acctmgr
