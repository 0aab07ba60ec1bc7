#pragma once

#include "document/prose.hpp"
#include "document/table.hpp"
#include "model/currency.hpp"
#include "model/portfolio.hpp"

#include <string>
#include <vector>

namespace acctmgr {

// Constant currency (SPEC section 9): a report uses one rate per client, the plan rate of one
// fiscal year (E's for period reports, as_of's for forecast and pipeline, Y's for bonus).
// Figures are formed in the client's currency, then each per-client sum is converted once.

/// The currency a portfolio's figures are reported in: the reporting currency, else its own.
const std::string& reporting_currency(const Portfolio& p);

/// The rate of a client's amounts in `fiscal_year`; throws MissingRate.
Ratio client_rate(const Portfolio& p, const Client& c, int fiscal_year);

/// The rate of the portfolio's own amounts (salary, targets, bonus amounts); throws MissingRate.
Ratio portfolio_rate(const Portfolio& p, int fiscal_year);

/// Every rate `p`'s clients (and, with `own_amounts`, its salary, targets and bonus amounts)
/// need in `fiscal_year` that the settings file lacks: one per place a currency is named (a
/// client's own `currency:`, else the portfolio's), in file order. Empty without a reporting
/// currency.
std::vector<MissingRate> missing_rates(const Portfolio& p, int fiscal_year,
                                       bool own_amounts = false);

/// The rates a report over `p` uses in `fiscal_year`: each currency of its clients (and, with
/// `own_amounts`, of the portfolio's salary, targets and bonus amounts) other than the
/// reporting one, by code. Empty without a reporting currency. Throws MissingRate.
std::vector<FxRate> rates_used(const Portfolio& p, int fiscal_year, bool own_amounts = false);

/// "Olena: in USD at the plan rates of fiscal year 2026: EUR 1.085, UAH 0.0241", the note
/// under a table whose figures were converted at `rates` into `reporting`.
Text rates_note(const std::string& manager, const std::string& reporting, int fiscal_year,
                const std::vector<FxRate>& rates);
/// The same for the rates `p`'s figures use; empty when nothing was converted.
Text rates_note(const Portfolio& p, int fiscal_year, bool own_amounts = false);

/// Adds rates_note under `t` when it says anything.
void add_rates_note(Table& t, const Portfolio& p, int fiscal_year, bool own_amounts = false);

} // namespace acctmgr
