#include "model/currency.hpp"

#include "model/decimal_text.hpp"

#include <fmt/format.h>

namespace acctmgr {

MissingRate::MissingRate(const std::string& currency, int fiscal_year,
                         const std::string& settings_file, const std::string& needed_by)
    : std::runtime_error(fmt::format(
          "{}{}no fx rate for {} in fiscal year {}: add it to {} (fx: {{{}: {{{}: RATE}}}})",
          needed_by, needed_by.empty() ? "" : ": ", currency, fiscal_year,
          settings_file.empty() ? "acctmgr.yaml" : settings_file, fiscal_year, currency)),
      currency_(currency), fiscal_year_(fiscal_year) {}

Ratio rate_of(const Currencies& c, const std::string& currency, int fiscal_year,
              const std::string& needed_by) {
  if (!c.converts() || currency == c.reporting) return Ratio::integer(1);
  if (auto year = c.fx.find(fiscal_year); year != c.fx.end())
    if (auto rate = year->second.find(currency); rate != year->second.end()) return rate->second;
  throw MissingRate(currency, fiscal_year, c.file, needed_by);
}

std::string rate_text(const Ratio& rate) {
  // The loader accepts at most 8 decimals, so the text is always exact.
  return exact_decimal(rate, 0, 8).value_or(ratio_text(rate));
}

Money convert(Money m, const Ratio& rate) {
  return apply(m, rate);
}

} // namespace acctmgr
