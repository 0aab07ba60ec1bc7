#include "model/portfolio.hpp"

#include <algorithm>

namespace acctmgr {

bool Stakeholder::has_role(Role r) const {
  return std::find(roles.begin(), roles.end(), r) != roles.end();
}

} // namespace acctmgr
