#pragma once

#include "core/finding.hpp"
#include "core/period.hpp"
#include "core/portfolio.hpp"
#include "core/table.hpp"

#include <string>
#include <vector>

namespace acctmgr {

/// One portfolio as the monthly review sees it: its period and its findings.
struct ReviewInput {
  const Portfolio* portfolio = nullptr;
  Period period;
  std::vector<Finding> findings; ///< after ignore lists
};

/// The review's per-client table, one row per client of the growth report:
/// manager,client,name,revenue,growth,status,share,band,margin,projected,findings
/// (projected = actuals plus forecast of the fiscal year of as_of; findings = warnings and
/// errors about that client).
Table review_clients_table(const std::vector<ReviewInput>& inputs, const std::string& period_name);

} // namespace acctmgr
