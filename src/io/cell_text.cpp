#include "io/cell_text.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

/// The two forms differ only in amounts, ratios, booleans and the undefined marker; dates,
/// months, counts, factors and strings print the same everywhere.
enum class Form { display, data };

std::string cell_text(const Cell& cell, CellKind kind, Form form) {
  const bool display = form == Form::display;
  return std::visit(Overloaded{
                        [&](std::monostate) { return std::string(display ? kUndefinedShown : ""); },
                        [](const std::string& s) { return s; },
                        [&](Money m) { return display ? to_display(m) : to_string(m); },
                        [&](const Ratio& r) {
                          if (kind == CellKind::factor) return factor_text(r);
                          return display ? to_percent(r, 1) : to_fixed(r, 4);
                        },
                        [](std::int64_t n) { return fmt::format("{}", n); },
                        [&](bool b) {
                          return std::string(display ? (b ? "yes" : "no") : (b ? "true" : "false"));
                        },
                        [](const Date& d) { return to_string(d); },
                        [](Month m) { return to_string(m); },
                    },
                    cell);
}

} // namespace

bool is_numeric(CellKind kind) {
  switch (kind) {
  case CellKind::amount:
  case CellKind::ratio:
  case CellKind::count:
  case CellKind::factor:
    return true;
  case CellKind::text:
  case CellKind::status:
  case CellKind::boolean:
  case CellKind::date:
  case CellKind::month:
    return false;
  }
  return false;
}

std::string display_text(const Cell& cell, CellKind kind) {
  return cell_text(cell, kind, Form::display);
}

std::string data_text(const Cell& cell, CellKind kind) {
  return cell_text(cell, kind, Form::data);
}

std::string factor_text(const Ratio& r) {
  std::string s = to_fixed(r, 4);
  while (s.back() == '0')
    s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

} // namespace acctmgr
