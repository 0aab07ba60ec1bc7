#pragma once

#include "reports/contacts.hpp"
#include "reports/forecast.hpp"
#include "reports/growth.hpp"
#include "reports/margin.hpp"
#include "reports/pipeline.hpp"
#include "reports/share.hpp"

namespace acctmgr {

/// The reports of one portfolio that its findings are drawn from, each made once per command:
/// `review` and `summary` print some of them too. They point into the portfolio, which must
/// outlive them (a Document made from them copies what it shows).
struct PortfolioReports {
  GrowthReport growth;     ///< over the period
  MarginReport margin;     ///< over the period
  ContactsReport contacts; ///< at E, the period's last month
  ShareReport share;       ///< at E
  ForecastReport forecast; ///< the fiscal year of as_of
  PipelineReport pipeline; ///< the fiscal year of as_of, from `forecast`
};

/// Every report above for `p` over `period`.
PortfolioReports portfolio_reports(const Portfolio& p, const Period& period);

} // namespace acctmgr
