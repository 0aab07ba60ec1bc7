#pragma once

#include "document/cell.hpp"

#include <string>
#include <utility>
#include <vector>

namespace acctmgr {

/// A piece of prose: acctmgr's own words, text from an input file, or a typed value that each
/// renderer prints the way it prints a cell of the same kind.
struct Span {
  enum class Kind { said, quoted, value };
  Kind kind = Kind::said;
  std::string text; ///< said and quoted spans
  Cell value;       ///< value spans
  CellKind value_kind = CellKind::text;
};

/// A line of prose: a note under a table, a line of a statement.
using Text = std::vector<Span>;

/// acctmgr's own wording.
inline Span said(std::string text) {
  return {Span::Kind::said, std::move(text), {}, CellKind::text};
}
/// Text from an input file (a name, an id, a path): escaped by every renderer.
inline Span quoted(std::string text) {
  return {Span::Kind::quoted, std::move(text), {}, CellKind::text};
}
/// A typed value.
inline Span value(Cell cell, CellKind kind) {
  return {Span::Kind::value, {}, std::move(cell), kind};
}
inline Span amount(Money m) {
  return value(m, CellKind::amount);
}
/// A ratio shown as a percentage (a ratio cell's human form).
inline Span percent(const Ratio& r) {
  return value(r, CellKind::ratio);
}
inline Span months(const MonthRange& r) {
  return value(r, CellKind::month);
}
inline Span month(Month m) {
  return value(m, CellKind::month);
}
inline Span count(std::int64_t n) {
  return value(n, CellKind::count);
}

} // namespace acctmgr
