#pragma once

#include "model/money.hpp"
#include "model/month.hpp"
#include "model/period.hpp"
#include "model/ratio.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace acctmgr {

/// How a value is typed and printed: amounts with 2 decimals, ratios as fractions with 4
/// decimals in CSV/JSON and as percentages in tables.
enum class CellKind {
  text,    ///< untrusted or free text (escaped for terminals, neutralised in CSV)
  status,  ///< a fixed keyword (on_target, lost, warning...), coloured in tables
  amount,  ///< Money
  ratio,   ///< Ratio (fraction)
  count,   ///< integer
  boolean, ///< true / false
  date,    ///< Date, YYYY-MM-DD
  month,   ///< Month YYYY-MM, or a MonthRange YYYY-MM..YYYY-MM
  factor,  ///< Ratio printed as a plain decimal (a bonus multiplier: 1.2)
  rate,    ///< Ratio printed with exactly 2 decimals, rounded half-up (touches a week: 5.10)
};

/// An empty cell (monostate) means "undefined" and prints as an empty CSV cell or JSON null.
using Cell = std::variant<std::monostate, std::string, Money, Ratio, std::int64_t, bool, Date,
                          Month, MonthRange>;

/// A figure that may be undefined (a growth with no previous revenue): its value, or an
/// empty cell.
template <class T> Cell optional_cell(const std::optional<T>& value) {
  return value ? Cell(*value) : Cell();
}

/// A keyword cell (a status, a band), or an empty one.
template <class E> Cell keyword_cell(const std::optional<E>& value) {
  return value ? Cell(std::string(to_string(*value))) : Cell();
}

} // namespace acctmgr
