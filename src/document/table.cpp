#include "document/table.hpp"

#include <fmt/format.h>
#include <stdexcept>

namespace acctmgr {

Column column(std::string name, CellKind kind) {
  const bool number = kind == CellKind::amount || kind == CellKind::ratio ||
                      kind == CellKind::count || kind == CellKind::factor || kind == CellKind::rate;
  return {std::move(name), kind, number ? Align::right : Align::left};
}

Table::Table(std::string title, std::vector<Column> columns)
    : title_(std::move(title)), columns_(std::move(columns)) {}

std::size_t Table::index_of(std::string_view name) const {
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i].name == name) return i;
  throw std::logic_error(fmt::format("table '{}' has no column '{}'", title_, name));
}

void Table::add_row(std::vector<NamedCell> cells, RowKind kind, std::vector<Money> trend) {
  Row row{std::vector<Cell>(columns_.size()), kind, std::move(trend)};
  std::vector<bool> given(columns_.size(), false);
  for (NamedCell& c : cells) {
    const std::size_t i = index_of(c.column);
    if (given[i])
      throw std::logic_error(fmt::format("table '{}': column '{}' given twice", title_, c.column));
    given[i] = true;
    row.cells[i] = std::move(c.value);
  }
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (!given[i])
      throw std::logic_error(
          fmt::format("table '{}': row without column '{}'", title_, columns_[i].name));
  rows_.push_back(std::move(row));
}

Table Table::select(std::string title, const std::vector<std::string_view>& names,
                    const std::function<bool(const Table&, std::size_t row)>& keep) const {
  std::vector<Column> columns;
  std::vector<std::size_t> from;
  for (const std::string_view name : names) {
    from.push_back(index_of(name));
    columns.push_back(columns_[from.back()]);
  }
  Table t(std::move(title), std::move(columns));
  if (trend_after_)
    for (std::size_t i = 0; i < from.size(); ++i)
      if (from[i] == *trend_after_) t.trend_after_ = i;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    if (!keep(*this, r)) continue;
    Row row{{}, rows_[r].kind, t.trend_after_ ? rows_[r].trend : std::vector<Money>()};
    for (const std::size_t i : from)
      row.cells.push_back(rows_[r].cells[i]);
    t.rows_.push_back(std::move(row));
  }
  return t;
}

} // namespace acctmgr
