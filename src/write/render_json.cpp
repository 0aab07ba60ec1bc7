#include "text/utf8.hpp"
#include "write/cell_text.hpp"
#include "write/render.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

/// A JSON string literal. Beyond what JSON requires (quote, backslash, C0 controls), DEL, C1
/// controls and bidi controls are \u-escaped so that JSON printed to a terminal is inert, and
/// U+2028/2029 so that the output is also valid JavaScript. Invalid UTF-8 bytes become U+FFFD
/// since JSON text must be UTF-8.
std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const utf8::Decoded d = utf8::decode(s, i);
    if (!d.cp) {
      out += "\\ufffd";
    } else if (*d.cp == '"' || *d.cp == '\\') {
      out.append(1, '\\').append(1, static_cast<char>(*d.cp));
    } else if (utf8::is_control(*d.cp) || utf8::is_bidi_control(*d.cp) || *d.cp == 0x2028 ||
               *d.cp == 0x2029) {
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(*d.cp));
    } else {
      out.append(s.substr(i, d.length));
    }
    i += d.length;
  }
  return out + "\"";
}

std::string json_value(const Cell& cell, CellKind kind) {
  if (is_undefined(cell)) return "null";
  // Amounts and ratios are written from their exact decimal text, never through a double.
  if (std::holds_alternative<Money>(cell) || std::holds_alternative<Ratio>(cell) ||
      std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<bool>(cell))
    return data_text(cell, kind);
  return json_string(data_text(cell, kind));
}

/// The settings file as JSON: its path, null for the defaults.
std::string settings_json(const std::string& settings_file) {
  return settings_file.empty() ? "null" : json_string(settings_file);
}

/// "context": the period, each as_of, the currency and the settings file (null: defaults).
std::string context_json(const Context& c) {
  std::string as_of;
  for (Month m : c.as_of)
    as_of += (as_of.empty() ? "" : ", ") + json_string(to_string(m));
  const std::string settings = settings_json(*c.settings_file);
  // With a reporting currency (SPEC section 9): "fx": the plan rates used, as exact numbers.
  std::string fx;
  if (c.converted) {
    for (const FxRate& r : c.rates)
      fx +=
          fmt::format("{}{{\"year\": {}, \"currency\": {}, \"rate\": {}}}", fx.empty() ? "" : ", ",
                      r.fiscal_year, json_string(r.currency), rate_text(r.rate));
    fx = ", \"fx\": [" + fx + "]";
  }
  return fmt::format("\"context\": {{\"period\": {}, \"as_of\": [{}], \"currency\": {}, "
                     "\"settings_file\": {}{}}},\n",
                     json_string(c.period), as_of, json_string(c.currency), settings, fx);
}

/// The table as a JSON array of objects, without a final newline. `last_field` (`, "key":
/// value`), when not empty, ends every row.
void table_json(const Table& t, TextOut& out, const std::string& last_field = "") {
  const std::vector<Column>& columns = t.columns();
  bool none = true;
  for (const Row& row : t.rows()) {
    out += none ? "[\n  {" : ",\n  {";
    none = false;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      out += i > 0 ? ", " : "";
      out += json_string(columns[i].name);
      out += ": ";
      out += json_value(row.cells[i], columns[i].kind);
    }
    out += last_field;
    out += "}";
  }
  out += none ? "[]" : "\n]";
}

} // namespace

std::string render_json(const Document& d, const RenderOptions& o) {
  std::size_t tables = 0;
  for_each_data_table(d, [&](std::string_view, const Table&) { ++tables; });
  TextOut out(o.sink);
  if (tables == 0) {
    out += "[]\n";
    return out.take();
  }
  if (tables == 1) {
    // An array has no context: every row names the settings file (SPEC section 2, v3), as it
    // names a reporting currency (render.cpp).
    const std::string settings =
        d.context.settings_file ? ", \"settings_file\": " + settings_json(*d.context.settings_file)
                                : "";
    for_each_data_table(d, [&](std::string_view, const Table& t) { table_json(t, out, settings); });
    out += "\n";
    return out.take();
  }
  // Several tables: an object of arrays, keyed by section, after the context they share.
  out += "{\n";
  if (d.context.settings_file) out += context_json(d.context);
  std::size_t i = 0;
  for_each_data_table(d, [&](std::string_view key, const Table& t) {
    out += json_string(key);
    out += ": ";
    table_json(t, out);
    out += ++i < tables ? ",\n" : "\n";
  });
  out += "}\n";
  return out.take();
}

} // namespace acctmgr
