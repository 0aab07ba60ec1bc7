#pragma once

#include "document/cell.hpp"
#include "model/money.hpp"
#include "document/prose.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

enum class Align { left, right };

struct Column {
  std::string name; ///< the SPEC's CSV column name
  CellKind kind = CellKind::text;
  Align align = Align::left;
};

/// A column aligned by its kind: numbers right, everything else left.
Column column(std::string name, CellKind kind);

/// A cell for the column named `column`.
struct NamedCell {
  std::string_view column;
  Cell value;
};

enum class RowKind {
  detail,
  total, ///< a TOTAL row: set apart in tables, bold in Markdown
};

struct Row {
  std::vector<Cell> cells; ///< in column order
  RowKind kind = RowKind::detail;
  /// Monthly revenue, oldest first, drawn as a sparkline by terminal tables only (SPEC
  /// section 11); empty: none. Not a column: data formats never carry it.
  std::vector<Money> trend{};
  bool is_total() const { return kind == RowKind::total; }
};

/// Where a report puts its rows, each built from cells named by column: a Table that holds
/// them, or a renderer reading a table whose rows are made as it reads (Table::make_rows_with).
class RowSink {
public:
  /// Adds a row from cells named by column, in any order. Every declared column must be named
  /// exactly once (an undefined figure is an empty Cell): a missing, unknown or repeated name
  /// is a bug in the report and throws std::logic_error naming the table and the column.
  virtual void add_row(std::vector<NamedCell> cells, RowKind kind = RowKind::detail,
                       std::vector<Money> trend = {}) = 0;

protected:
  ~RowSink() = default;
};

/// Makes a table's rows into a sink, in order, each time the table is read.
using RowSource = std::function<void(RowSink&)>;

/// A table of a report: columns declared once, rows built by column name. Its rows are held,
/// or made each time it is read: a big team's per-client tables are never held whole, only
/// read row by row by the renderer (for_each_row).
class Table final : public RowSink {
public:
  Table(std::string title, std::vector<Column> columns);
  /// Adds a row to the rows the table holds.
  void add_row(std::vector<NamedCell> cells, RowKind kind = RowKind::detail,
               std::vector<Money> trend = {}) override;
  /// From now on the rows are made by `source` each time the table is read (a terminal table
  /// reads twice: widths, then lines), from what it captures, which must outlive the table.
  /// Throws std::logic_error when the table already holds rows.
  void make_rows_with(RowSource source);
  /// Calls `f` for each row in order, held or made.
  void for_each_row(const std::function<void(const Row&)>& f) const;
  /// A copy that holds every row: what tests inspect with rows() and at().
  Table held() const;
  /// Terminal tables draw the rows' trends in a column after the column named `column`.
  void show_trend_after(std::string_view column) { trend_after_ = index_of(column); }
  /// The column the trend follows; nullopt when the table has no trend.
  std::optional<std::size_t> trend_after() const { return trend_after_; }
  /// A line printed under the table in tables and Markdown (periods, thresholds, legends).
  void add_note(Text note) { notes_.push_back(std::move(note)); }

  const std::string& title() const { return title_; }
  const std::vector<Column>& columns() const { return columns_; }
  /// The rows held; throws std::logic_error for a table whose rows are made when read (read
  /// it with for_each_row, or its held() copy).
  const std::vector<Row>& rows() const;
  const std::vector<Text>& notes() const { return notes_; }
  /// The index of the column named `name`; throws std::logic_error when there is none.
  std::size_t index_of(std::string_view name) const;
  /// The cell of held row `row` in the column named `name`.
  const Cell& at(std::size_t row, std::string_view name) const {
    return rows().at(row).cells[index_of(name)];
  }

private:
  class Reader;
  /// The row `cells` make, checked as add_row says.
  Row make_row(std::vector<NamedCell> cells, RowKind kind, std::vector<Money> trend) const;

  std::string title_;
  std::vector<Column> columns_;
  std::vector<Row> rows_;
  RowSource source_;
  std::vector<Text> notes_;
  std::optional<std::size_t> trend_after_;
};

} // namespace acctmgr
