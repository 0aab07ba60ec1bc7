#include "document/table.hpp"

#include <fmt/format.h>
#include <stdexcept>

namespace acctmgr {

Column column(std::string name, CellKind kind) {
  const bool number = kind == CellKind::amount || kind == CellKind::ratio ||
                      kind == CellKind::count || kind == CellKind::factor ||
                      kind == CellKind::rate;
  return {std::move(name), kind, number ? Align::right : Align::left};
}

Table::Table(std::string title, std::vector<Column> columns)
    : title_(std::move(title)), columns_(std::move(columns)) {}

std::size_t Table::index_of(std::string_view name) const {
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i].name == name) return i;
  throw std::logic_error(fmt::format("table '{}' has no column '{}'", title_, name));
}

Row Table::make_row(std::vector<NamedCell> cells, RowKind kind, std::vector<Money> trend) const {
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
  return row;
}

void Table::add_row(std::vector<NamedCell> cells, RowKind kind, std::vector<Money> trend) {
  if (source_)
    throw std::logic_error(fmt::format("table '{}' makes its rows when read", title_));
  rows_.push_back(make_row(std::move(cells), kind, std::move(trend)));
}

void Table::make_rows_with(RowSource source) {
  if (!rows_.empty())
    throw std::logic_error(fmt::format("table '{}' already holds rows", title_));
  source_ = std::move(source);
}

const std::vector<Row>& Table::rows() const {
  if (source_)
    throw std::logic_error(fmt::format("table '{}' makes its rows when read", title_));
  return rows_;
}

/// Hands each row a source makes to a reader, checked as add_row checks it.
class Table::Reader final : public RowSink {
public:
  Reader(const Table& t, const std::function<void(const Row&)>& f) : t_(t), f_(f) {}
  void add_row(std::vector<NamedCell> cells, RowKind kind, std::vector<Money> trend) override {
    f_(t_.make_row(std::move(cells), kind, std::move(trend)));
  }

private:
  const Table& t_;
  const std::function<void(const Row&)>& f_;
};

void Table::for_each_row(const std::function<void(const Row&)>& f) const {
  if (!source_) {
    for (const Row& r : rows_)
      f(r);
    return;
  }
  Reader reader(*this, f);
  source_(reader);
}

Table Table::held() const {
  Table t(title_, columns_);
  for_each_row([&](const Row& r) { t.rows_.push_back(r); });
  t.notes_ = notes_;
  t.trend_after_ = trend_after_;
  return t;
}

} // namespace acctmgr
