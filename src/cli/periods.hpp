#pragma once

#include "cli/options.hpp"
#include "model/period.hpp"
#include "read/load.hpp"
#include "reports/report_input.hpp"

#include <string>

/// -p/--period: parsed once, then resolved against each portfolio's own calendar and as_of.
namespace acctmgr::cli {

/// Parses -p/--period (throws UsageError).
PeriodSpec parse_period(const std::string& text);
/// Resolves the period for one portfolio; a period wholly after its as_of is a UsageError.
Period period_for(const Portfolio& p, const PeriodSpec& spec);

/// Every loaded portfolio with its resolution of `spec` (a UsageError when a period lies
/// wholly after a portfolio's as_of), and the run's settings file.
ReportInput report_input(const Loaded& loaded, const PeriodSpec& spec);

} // namespace acctmgr::cli
