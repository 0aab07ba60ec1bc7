#pragma once

#include "core/money.hpp"
#include "core/month.hpp"
#include "core/ratio.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace acctmgr {

/// How a column's cells are typed and printed: amounts with 2 decimals, ratios as
/// fractions with 4 decimals in CSV/JSON and as percentages in tables.
enum class CellKind {
  text,    ///< untrusted or free text (escaped for terminals, neutralised in CSV)
  status,  ///< a fixed keyword (on_target, lost, warning...), coloured in tables
  amount,  ///< Money
  ratio,   ///< Ratio (fraction)
  count,   ///< integer
  boolean, ///< true / false
  date,    ///< Date, YYYY-MM-DD
  month,   ///< Month, YYYY-MM
  factor,  ///< Ratio printed as a plain decimal (a bonus multiplier: 1.2)
};

/// An empty cell (monostate) means "undefined" and prints as an empty CSV cell or JSON null.
using Cell =
    std::variant<std::monostate, std::string, Money, Ratio, std::int64_t, bool, Date, Month>;

/// A figure that may be undefined (a growth with no previous revenue): its value, or an
/// empty cell.
template <class T> Cell optional_cell(const std::optional<T>& value) {
  return value ? Cell(*value) : Cell();
}

struct Column {
  std::string name; ///< the SPEC's CSV column name
  CellKind kind = CellKind::text;
};

struct Row {
  std::vector<Cell> cells;
  bool total = false; ///< a TOTAL row: set apart in tables
};

/// A report value: what every core report turns into and every renderer prints.
struct Table {
  std::string title; ///< e.g. "growth"; printed above tables and in Markdown
  std::vector<Column> columns;
  std::vector<Row> rows;
  std::vector<std::string> notes; ///< periods, legends: printed under tables and Markdown only
};

} // namespace acctmgr
