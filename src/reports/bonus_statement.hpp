#pragma once

#include "document/statement.hpp"
#include "reports/bonus.hpp"

namespace acctmgr {

/// The step-by-step statement of one manager's bonus (`bonus --explain`): the inputs, the
/// attainment and f(a) branch, each component's formula with its numbers, the credited
/// clients, the multiplier tier, the cap and the total, so the payout can be checked by hand.
Statement bonus_statement(const BonusResult& r);

/// "48,000.00", or "50.005, rounded half-up to 50.01" when the exact value has more decimals.
std::string exact_then_rounded(const Ratio& exact, Money rounded);

} // namespace acctmgr
