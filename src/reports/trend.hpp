#pragma once

#include "model/money.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"

#include <vector>

namespace acctmgr {

/// How many months a sparkline covers (SPEC section 11).
inline constexpr int kTrendMonths = 12;

/// A client's revenue over the kTrendMonths months ending `e`, oldest first, 0 for a month
/// without an entry; fewer months when they would reach before 0001-01. In the client's own
/// currency: a sparkline's shape does not depend on a conversion rate.
std::vector<Money> revenue_trend(const Client& c, Month e);

} // namespace acctmgr
