#pragma once

#include "document/document.hpp"
#include "model/period.hpp"
#include "model/portfolio.hpp"

#include <functional>
#include <string>
#include <vector>

namespace acctmgr {

/// One portfolio and the period a report covers for it (its own resolution of -p).
struct PortfolioPeriod {
  const Portfolio* portfolio = nullptr;
  Period period;
};

/// What a report is built from: every portfolio with its period, the period as asked, and the
/// run's settings file.
struct ReportInput {
  std::vector<PortfolioPeriod> portfolios;
  PeriodSpec spec;
  Settings settings;         ///< the settings file's (or the defaults): the team's target
  std::string settings_file; ///< empty when none was read
};

/// The context of a document over `in`; a period report's: the rates are those of the fiscal
/// year containing each portfolio's E.
Context context_of(const ReportInput& in);

/// The context of a report whose rates are those of one fiscal year per portfolio:
/// `fiscal_year(pp)` (as_of's for forecast and pipeline, Y's for bonus); `own_amounts` adds
/// the rate of the portfolio's own currency (salary, targets, bonus amounts). An empty `year`:
/// no rates (the caller adds those it used).
Context context_of(const ReportInput& in, const std::function<int(const PortfolioPeriod&)>& year,
                   bool own_amounts = false);

/// The fiscal year containing the portfolio's as_of (forecast and pipeline use its rates).
int as_of_year(const PortfolioPeriod& pp);

/// A document of one table: what most reports are.
Document table_document(const ReportInput& in, std::string key, Table table);

} // namespace acctmgr
