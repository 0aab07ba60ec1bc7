#pragma once

#include "model/money.hpp"
#include "model/ratio.hpp"

#include <map>
#include <stdexcept>
#include <string>

namespace acctmgr {

/// The run's currencies (SPEC section 9): the settings file's `reporting_currency` and its plan
/// rates per fiscal year (1 unit of a currency = rate units of the reporting currency).
/// Without a reporting currency every rate is 1: the loader has made sure a run without one
/// holds a single currency.
struct Currencies {
  std::string reporting;                          ///< empty: none (one currency per run)
  std::map<int, std::map<std::string, Ratio>> fx; ///< fiscal year -> currency code -> rate
  std::string file;                               ///< the settings file that names them
  bool converts() const { return !reporting.empty(); }
};

/// One plan rate a report used: 1 `currency` = `rate` units of the reporting currency.
struct FxRate {
  int fiscal_year = 0;
  std::string currency;
  Ratio rate;
  friend bool operator==(const FxRate&, const FxRate&) = default;
};

/// The rate as written in the settings file: "1.085", "0.02410001".
std::string rate_text(const Ratio& rate);

/// Where a currency that needs a rate is named: a client's own `currency:` value, else the
/// portfolio's (line 0 when unknown). `client` is set for a client's own currency only.
struct RateNeededBy {
  std::string file;
  int line = 0;
  int column = 0;
  std::string client;
};

/// A rate a report needs that the settings file does not give: an input error (exit 2).
class MissingRate : public std::runtime_error {
public:
  MissingRate(const Currencies& c, const std::string& currency, int fiscal_year, RateNeededBy by);
  const std::string& currency() const { return currency_; }
  int fiscal_year() const { return fiscal_year_; }
  const RateNeededBy& needed_by() const { return by_; }
  /// "client 'berlin': no fx rate for EUR in fiscal year 2024: add `2024: {EUR: RATE}` under
  /// `fx:` in acctmgr.yaml": what() without the file, for a message located at `needed_by`.
  const std::string& problem() const { return problem_; }

private:
  MissingRate(const std::string& currency, int fiscal_year, RateNeededBy by, std::string problem);
  std::string currency_;
  int fiscal_year_;
  RateNeededBy by_;
  std::string problem_;
};

/// The rate of `currency` in `fiscal_year`: 1 without a reporting currency or for the
/// reporting currency itself, else the plan rate; throws MissingRate naming the currency,
/// the year, the entry to add and `by` (where the amounts that need it are named).
Ratio rate_of(const Currencies& c, const std::string& currency, int fiscal_year,
              const RateNeededBy& by = {});

/// An amount (a per-client sum, formed in its own currency) at `rate`, rounded half-up to the
/// cent once.
Money convert(Money m, const Ratio& rate);

} // namespace acctmgr
