#pragma once

#include "core/bonus.hpp"
#include "core/series.hpp"
#include "core/statement.hpp"
#include "core/table.hpp"

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace acctmgr {

/// A what-if that cannot be applied (unknown client, no month left, a negative amount, or
/// combined with an actual-only bonus). A usage error: the CLI exits 2.
class WhatIfError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// "What if CLIENT brought AMOUNT more this year?" (`--what-if acme=+50000`).
struct WhatIf {
  std::string client_id;
  Money amount;
};

/// The rules a what-if request meets before any file is read: not combined with an actual-only
/// bonus (a what-if is forecast revenue, which actuals only leave out) and no negative amount.
/// Throws WhatIfError. With check_what_if_clients, the one place what-ifs are validated.
void check_what_if_request(const std::vector<WhatIf>& what_ifs, Basis request);

/// Every what-if names a client of one of `portfolios`; else WhatIfError listing the known ids.
void check_what_if_clients(const std::vector<WhatIf>& what_ifs,
                           std::span<const Portfolio> portfolios);

/// How a what-if amount lands in the forecast: the months of fiscal year Y after as_of, each
/// with an equal share to the cent and the leftover cents one each to the earliest months,
/// so that the shares add up to `amount` exactly. Throws WhatIfError when Y has no month
/// after as_of or the amount is negative.
std::vector<MonthSeries::Entry> what_if_spread(const Portfolio& p, int fiscal_year, Money amount);

/// A copy of p whose client `client_id` has `amount` more forecast over the rest of fiscal
/// year Y (default: the one containing as_of), spread by what_if_spread. Files are never
/// touched. Throws WhatIfError (check_what_if_clients) when the client does not exist.
Portfolio with_what_if(const Portfolio& p, const std::string& client_id, Money amount,
                       std::optional<int> fiscal_year = std::nullopt);

/// One manager's payout now and with the what-ifs applied (projected basis only: a what-if
/// is forecast revenue, which an actual-only bonus leaves out).
struct BonusComparison {
  std::vector<WhatIf> changes;
  std::vector<std::vector<MonthSeries::Entry>> spreads; ///< per change, as added
  BonusResult current;
  BonusResult what_if;
};

/// Applies every change in order and computes both payouts. Throws WhatIfError (also for
/// Basis::actual_only) and BonusInputError.
BonusComparison compare_what_if(const Portfolio& p, int fiscal_year, Basis request,
                                const std::vector<WhatIf>& changes);

/// The comparison as a statement: the changes and where they landed, then each figure
/// current -> what-if with its difference.
Statement what_if_statement(const BonusComparison& c);

/// manager,scenario,year,basis,revenue,...,total_pct_salary: rows `current`, `what_if` and
/// `difference` (what_if − current; empty where either side is undefined) per manager.
Table what_if_table(const std::vector<BonusComparison>& comparisons);

} // namespace acctmgr
