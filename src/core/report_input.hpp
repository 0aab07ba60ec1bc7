#pragma once

#include "core/document.hpp"
#include "core/period.hpp"
#include "core/portfolio.hpp"

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

/// The context of a document over `in`.
Context context_of(const ReportInput& in);

/// A document of one table: what most reports are.
Document table_document(const ReportInput& in, std::string key, Table table);

} // namespace acctmgr
