#include "reports/portfolio_reports.hpp"

namespace acctmgr {

PortfolioReports portfolio_reports(const Portfolio& p, const Period& period) {
  PortfolioReports r{growth_report(p, period),         margin_report(p, period),
                     contacts_report(p, period.end()), share_report(p, period.end()),
                     forecast_report(p, p.as_of),      {}};
  r.pipeline = pipeline_report(p, r.forecast);
  return r;
}

} // namespace acctmgr
