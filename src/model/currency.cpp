#include "model/currency.hpp"

#include "model/decimal_text.hpp"

#include <fmt/format.h>

namespace acctmgr {

namespace {

/// The exact `fx:` entry that gives the rate, in the shape the settings file already has.
std::string entry_to_add(const Currencies& c, const std::string& currency, int year) {
  const std::string file = c.file.empty() ? "acctmgr.yaml" : c.file;
  if (c.fx.empty())
    return fmt::format("add `fx: {{{}: {{{}: RATE}}}}` to {}", year, currency, file);
  if (c.fx.contains(year))
    return fmt::format("add `{}: RATE` under `{}:` in the fx of {}", currency, year, file);
  return fmt::format("add `{}: {{{}: RATE}}` under `fx:` in {}", year, currency, file);
}

} // namespace

MissingRate::MissingRate(const Currencies& c, const std::string& currency, int fiscal_year,
                         RateNeededBy by)
    : MissingRate(currency, fiscal_year, std::move(by),
                  fmt::format("no fx rate for {} in fiscal year {}: {}", currency, fiscal_year,
                              entry_to_add(c, currency, fiscal_year))) {}

MissingRate::MissingRate(const std::string& currency, int fiscal_year, RateNeededBy by,
                         std::string problem)
    : std::runtime_error(
          fmt::format("{}{}{}", by.file.empty() ? "" : by.file + ": ",
                      by.client.empty() ? "" : "client '" + by.client + "': ", problem)),
      currency_(currency), fiscal_year_(fiscal_year), by_(std::move(by)),
      problem_(by_.client.empty() ? std::move(problem)
                                  : "client '" + by_.client + "': " + problem) {}

Ratio rate_of(const Currencies& c, const std::string& currency, int fiscal_year,
              const RateNeededBy& by) {
  if (!c.converts() || currency == c.reporting) return Ratio::integer(1);
  if (auto year = c.fx.find(fiscal_year); year != c.fx.end())
    if (auto rate = year->second.find(currency); rate != year->second.end()) return rate->second;
  throw MissingRate(c, currency, fiscal_year, by);
}

std::string rate_text(const Ratio& rate) {
  // The loader accepts at most 8 decimals, so the text is always exact.
  return exact_decimal(rate, 0, 8).value_or(ratio_text(rate));
}

Money convert(Money m, const Ratio& rate) {
  return apply(m, rate);
}

} // namespace acctmgr
