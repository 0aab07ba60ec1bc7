#pragma once

#include "model/checked.hpp"
#include "model/portfolio.hpp"

namespace acctmgr {

/// The OverflowContext of a client's figures.
inline OverflowContext overflow_context(const Portfolio& p, const Client& c) {
  return {p.file, p.manager, c.id};
}
/// The OverflowContext of a manager's TOTAL.
inline OverflowContext overflow_context(const Portfolio& p) {
  return {p.file, p.manager, {}};
}

} // namespace acctmgr
