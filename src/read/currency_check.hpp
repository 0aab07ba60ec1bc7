#pragma once

#include "model/portfolio.hpp"
#include "text/diagnostic.hpp"

#include <string>
#include <vector>

namespace acctmgr {

/// Without a reporting currency a run holds one currency (SPEC section 9): the first file's.
/// Every later file's `currency:` and every client's own must match it; each one that does not
/// joins `out`, located in `bytes` (the file `p` was read from).
void check_currency(const Portfolio& p, const std::string& bytes, const Portfolio& first,
                    std::vector<Diagnostic>& out);

} // namespace acctmgr
