#pragma once

#include "document/cell.hpp"
#include "document/prose.hpp"
#include "model/money.hpp"

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

/// A table of a report: columns declared once, rows built by column name. A value: it holds
/// its rows and may outlive whatever they were figured from.
class Table {
public:
  Table(std::string title, std::vector<Column> columns);
  /// Adds a row from cells named by column, in any order. Every declared column must be named
  /// exactly once (an undefined figure is an empty Cell): a missing, unknown or repeated name
  /// is a bug in the report and throws std::logic_error naming the table and the column.
  void add_row(std::vector<NamedCell> cells, RowKind kind = RowKind::detail,
               std::vector<Money> trend = {});
  /// Terminal tables draw the rows' trends in a column after the column named `column`.
  void show_trend_after(std::string_view column) { trend_after_ = index_of(column); }
  /// The column the trend follows; nullopt when the table has no trend.
  std::optional<std::size_t> trend_after() const { return trend_after_; }
  /// A line printed under the table in tables and Markdown (periods, thresholds, legends).
  void add_note(Text note) { notes_.push_back(std::move(note)); }

  const std::string& title() const { return title_; }
  const std::vector<Column>& columns() const { return columns_; }
  const std::vector<Row>& rows() const { return rows_; }
  const std::vector<Text>& notes() const { return notes_; }
  /// The index of the column named `name`; throws std::logic_error when there is none.
  std::size_t index_of(std::string_view name) const;
  /// The cell of row `row` in the column named `name`.
  const Cell& at(std::size_t row, std::string_view name) const {
    return rows().at(row).cells[index_of(name)];
  }

  /// A copy of the rows `keep` accepts (TOTAL rows too, when it accepts them), with only the
  /// columns named in `names`, in that order, and a new title; the notes are not copied, the
  /// trend only when the column it follows is kept. Cells are copied as they are.
  Table select(std::string title, const std::vector<std::string_view>& names,
               const std::function<bool(const Table&, std::size_t row)>& keep) const;

private:
  std::string title_;
  std::vector<Column> columns_;
  std::vector<Row> rows_;
  std::vector<Text> notes_;
  std::optional<std::size_t> trend_after_;
};

} // namespace acctmgr
