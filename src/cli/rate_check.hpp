#pragma once

#include "model/currency.hpp"
#include "model/portfolio.hpp"
#include "reports/report_input.hpp"
#include "text/diagnostic.hpp"

#include <vector>

namespace acctmgr::cli {

/// A missing plan rate as every input error is shown: at the `currency:` that needs it (the
/// client's own, else the portfolio's), naming the settings file and the `fx:` entry to add.
Diagnostic rate_diagnostic(const MissingRate& e);

/// The plan rates one portfolio's reports convert at: its clients' currencies and, with
/// `own_amounts`, its own (salary, targets, bonus amounts), in each fiscal year of `years`.
struct RatesNeeded {
  const Portfolio* portfolio = nullptr;
  std::vector<int> years;
  bool own_amounts = false;
};

/// Throws InputError with every rate of `needs` that the settings file lacks, all at once,
/// before any report is made (SPEC section 9).
void require_rates(const std::vector<RatesNeeded>& needs);

/// The fiscal years whose plan rates a command converts at: each portfolio's E's, and for
/// the commands that also judge findings checked at as_of (check, summary, review) its
/// as_of's too.
enum class RateYears { period_end, period_end_and_as_of };

/// require_rates for the portfolios of `in` in the years `which` names.
void require_rates(const ReportInput& in, RateYears which);

} // namespace acctmgr::cli
