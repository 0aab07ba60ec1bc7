#pragma once

#include "model/money.hpp"

#include <span>
#include <string>

namespace acctmgr {

/// One Unicode block per value, from ▁ for the smallest positive value to █ for the largest,
/// in eight steps (a month's place between them, rounded down): the shape of a trend, as in
/// Tufte's sparklines. A month of 0 (or less) is a blank, so that months without revenue
/// stand out; values all equal are all ▄. Exact integer arithmetic.
std::string sparkline(std::span<const Money> values);

} // namespace acctmgr
