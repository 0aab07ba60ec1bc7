#pragma once

#include "document/cell.hpp"
#include "document/prose.hpp"

#include <string>
#include <string_view>

namespace acctmgr {

/// What tables and Markdown show for an undefined cell; ASCII so that any terminal shows it.
inline constexpr std::string_view kUndefinedShown = "-";

/// True for an undefined cell (a growth rate with no previous revenue).
inline bool is_undefined(const Cell& cell) {
  return std::holds_alternative<std::monostate>(cell);
}

/// True for a cell holding a string (text or status): the untrusted kind that needs escaping.
inline bool is_string(const Cell& cell) {
  return std::holds_alternative<std::string>(cell);
}

/// Human form for tables and Markdown: 1,234.50 / 23.5% / 1.2 / yes / 2026-10; strings are
/// returned as they are (unescaped); undefined is kUndefinedShown.
std::string display_text(const Cell& cell, CellKind kind);

/// Data form for CSV and JSON: 1234.50 / 0.2345 / 1.2 / true / 2026-10; strings unescaped;
/// undefined is empty.
std::string data_text(const Cell& cell, CellKind kind);

/// A span's text, unescaped: said and quoted text as written, values in their human form.
std::string span_text(const Span& span);

/// A line of prose, unescaped (the caller escapes it for its format).
std::string prose_text(const Text& text);

} // namespace acctmgr
