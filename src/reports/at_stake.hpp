#pragma once

#include "model/money.hpp"
#include "model/ratio.hpp"

#include <optional>

namespace acctmgr {

// What a finding puts at stake (SPEC section 5, v3). Each rule forms its amount exactly from
// the converted per-client figures of the report it reads (the reporting currency at the rate
// that report uses: as_of's fiscal year for the pipeline's findings, E's for the others), then
// rounds it here, half-up to the cent, once.

/// `exact` (in currency units) rounded half-up to the cent once.
inline Money stake(const Ratio& exact) {
  return to_money(exact);
}

/// The same when `exact` is above 0, else none: "when positive" is judged on the exact value,
/// before rounding (SPEC 12), so 0.004 is at stake as 0.00.
inline std::optional<Money> stake_when_positive(const Ratio& exact) {
  if (exact <= Ratio()) return std::nullopt;
  return to_money(exact);
}

/// An amount already exact to the cent, when above 0.
inline std::optional<Money> stake_when_positive(Money exact) {
  if (exact <= Money()) return std::nullopt;
  return exact;
}

} // namespace acctmgr
