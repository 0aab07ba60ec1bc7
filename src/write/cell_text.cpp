#include "write/cell_text.hpp"

#include "document/overloaded.hpp"
#include "model/decimal_text.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

/// The two forms differ only in amounts, ratios, booleans and the undefined marker; dates,
/// months, counts, factors, rates and strings print the same everywhere.
enum class Form { display, data };

std::string cell_text(const Cell& cell, CellKind kind, Form form) {
  const bool display = form == Form::display;
  return std::visit(Overloaded{
                        [&](std::monostate) { return std::string(display ? kUndefinedShown : ""); },
                        [](const std::string& s) { return s; },
                        [&](Money m) { return display ? to_display(m) : to_string(m); },
                        [&](const Ratio& r) {
                          if (kind == CellKind::factor) return exact_factor_text(r);
                          if (kind == CellKind::rate) return to_fixed(r, 2);
                          return display ? to_percent(r, 1) : to_fixed(r, 4);
                        },
                        [](std::int64_t n) { return fmt::format("{}", n); },
                        [&](bool b) {
                          return std::string(display ? (b ? "yes" : "no") : (b ? "true" : "false"));
                        },
                        [](const Date& d) { return to_string(d); },
                        [](Month m) { return to_string(m); },
                        [](const MonthRange& r) { return to_string(r); },
                    },
                    cell);
}

} // namespace

std::string display_text(const Cell& cell, CellKind kind) {
  return cell_text(cell, kind, Form::display);
}

std::string data_text(const Cell& cell, CellKind kind) {
  return cell_text(cell, kind, Form::data);
}

std::string span_text(const Span& span) {
  return span.kind == Span::Kind::value ? display_text(span.value, span.value_kind) : span.text;
}

std::string prose_text(const Text& text) {
  std::string out;
  for (const Span& span : text)
    out += span_text(span);
  return out;
}

} // namespace acctmgr
