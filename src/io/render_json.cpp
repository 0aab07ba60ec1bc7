#include "io/cell_text.hpp"
#include "io/render.hpp"
#include "io/utf8.hpp"

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

/// "context": the period, each as_of, the currency and the settings file (null: defaults).
std::string context_json(const Context& c) {
  std::string as_of;
  for (Month m : c.as_of)
    as_of += (as_of.empty() ? "" : ", ") + json_string(to_string(m));
  const std::string settings = c.settings_file->empty() ? "null" : json_string(*c.settings_file);
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

std::string table_json(const Table& t) {
  const std::vector<Column>& columns = t.columns();
  const std::vector<Row>& rows = t.rows();
  if (rows.empty()) return "[]\n";
  std::string out = "[\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out += "  {";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      out.append(i > 0 ? ", " : "").append(json_string(columns[i].name)).append(": ");
      out += json_value(rows[r].cells[i], columns[i].kind);
    }
    out += r + 1 < rows.size() ? "},\n" : "}\n";
  }
  return out + "]\n";
}

} // namespace

std::string render_json(const Document& d, const RenderOptions&) {
  std::vector<std::string> keys;
  std::vector<std::string> arrays;
  for_each_data_table(d, [&](std::string_view key, const Table& t) {
    keys.emplace_back(key);
    arrays.push_back(table_json(t));
  });
  if (arrays.empty()) return "[]\n";
  if (arrays.size() == 1) return arrays.front();
  // Several tables: an object of arrays, keyed by section, after the context they share.
  std::string out = "{\n";
  if (d.context.settings_file) out += context_json(d.context);
  for (std::size_t i = 0; i < arrays.size(); ++i) {
    std::string& array = arrays[i];
    array.pop_back(); // its newline
    out += fmt::format("{}: {}{}\n", json_string(keys[i]), array, i + 1 < arrays.size() ? "," : "");
  }
  return out + "}\n";
}

} // namespace acctmgr
