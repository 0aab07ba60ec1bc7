#pragma once

#include "document/statement.hpp"
#include "document/table.hpp"
#include "model/series.hpp"
#include "reports/bonus.hpp"

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acctmgr {

/// A what-if that cannot be applied (unknown or ambiguous client, no month left, a cut below
/// the client's forecast, or combined with an actual-only bonus). A usage error: the CLI
/// exits 2.
class WhatIfError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// "What if CLIENT brought AMOUNT more this year?" (`--what-if acme=+50000`), or less when
/// AMOUNT is negative (a client cuts its budget: `--what-if acme=-50000`).
struct WhatIf {
  /// A constructor, so that `{id, amount}` needs no qualifier (-Wmissing-field-initializers).
  WhatIf(std::string client, Money change, std::string file = {})
      : client_id(std::move(client)), amount(change), portfolio(std::move(file)) {}
  std::string client_id;
  Money amount;
  /// The portfolio meant, as written before a colon (`olena-kovalenko:acme=+5000`): its file
  /// name without extension, or its path as given. Empty: the one portfolio holding the
  /// client, since an id is unique only within its file.
  std::string portfolio;
};

/// The what-if's client as written: `acme`, or `olena-kovalenko:acme` when qualified.
std::string what_if_target(const WhatIf& w);

/// Whether `qualifier` names the portfolio read from `file`: the file name without its
/// directory and extension (`olena-kovalenko` for `team/olena-kovalenko.yaml`), or the path
/// as given, with or without the extension (to tell apart two files of the same name).
bool names_portfolio(std::string_view qualifier, const std::string& file);

/// The closest of some candidates to a mistyped word, or empty (io's `closest`, passed in by
/// the CLI so that core stays free of the loader).
using Suggest = std::string_view (*)(std::string_view, std::span<const std::string_view>);

/// The rule a what-if request meets before any file is read: not combined with an actual-only
/// bonus (a what-if is forecast revenue, which actuals only leave out). Throws WhatIfError.
/// With check_what_if_clients, the one place what-ifs are validated.
void check_what_if_request(const std::vector<WhatIf>& what_ifs, Basis request);

/// Every what-if names a client of exactly one of `portfolios`: an unknown client or
/// qualifier is refused listing what exists ("did you mean" through `suggest`, when given),
/// and an id held by several portfolios is refused unless qualified. Throws WhatIfError.
void check_what_if_clients(const std::vector<WhatIf>& what_ifs,
                           std::span<const Portfolio> portfolios, Suggest suggest = nullptr);

/// The what-ifs of `all` that apply to p: those naming one of its clients, and p itself
/// when qualified.
std::vector<WhatIf> what_ifs_for(const Portfolio& p, const std::vector<WhatIf>& all);

/// How a what-if amount lands in the forecast: the months of fiscal year Y after as_of, each
/// with an equal share to the cent and the leftover cents one each to the earliest months,
/// so that the shares add up to `amount` exactly (a negative amount is spread the same way,
/// each share negative). Throws WhatIfError when Y has no month after as_of.
std::vector<MonthSeries::Entry> what_if_spread(const Portfolio& p, int fiscal_year, Money amount);

/// A copy of p whose client `client_id` has `amount` more forecast over the rest of fiscal
/// year Y (default: the one containing as_of), spread by what_if_spread. Files are never
/// touched. Throws WhatIfError (check_what_if_clients) when the client does not exist, and
/// when a cut would leave the client's forecast for the rest of Y below 0.
Portfolio with_what_if(const Portfolio& p, const std::string& client_id, Money amount,
                       std::optional<int> fiscal_year = std::nullopt);

/// One manager's payout now and with the what-ifs applied (projected basis only: a what-if
/// is forecast revenue, which an actual-only bonus leaves out).
struct BonusComparison {
  std::vector<WhatIf> changes;
  std::vector<std::vector<MonthSeries::Entry>> spreads; ///< per change, as added
  std::vector<std::string> currencies; ///< per change: its client's, which AMOUNT is in
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
