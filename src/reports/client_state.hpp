#pragma once

#include "model/month.hpp"
#include "model/portfolio.hpp"

namespace acctmgr {

/// Lost at E: `lost` <= E, unless won back later (`won` after `lost` and `won` <= E).
bool is_lost_at(const Client& c, Month e);

/// Active at E: revenue in the 12 months ending E is above 0 and the client is not lost at E.
bool is_active_at(const Client& c, Month e);

} // namespace acctmgr
