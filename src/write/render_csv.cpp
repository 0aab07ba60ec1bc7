#include "text/text.hpp"
#include "write/cell_text.hpp"
#include "write/render.hpp"

#include <stdexcept>

namespace acctmgr {
namespace {

/// Opening characters that make Excel, LibreOffice or Google Sheets evaluate a cell as a
/// formula (OWASP "CSV injection"), with the fullwidth forms some of them also accept.
bool looks_like_formula(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')
    return true;
  for (std::string_view fullwidth : {"\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"})
    if (s.starts_with(fullwidth)) return true;
  return false;
}

/// Untrusted text for a CSV cell: tab, CR and LF are legitimate cell content and stay (the cell
/// gets quoted); every other control character becomes visible as in the terminal, since CSV
/// on stdout often lands in one. A formula-looking value gets a leading apostrophe, which
/// spreadsheets show as text and do not run.
std::string safe_text(std::string_view raw) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= raw.size(); ++i) {
    if (i < raw.size() && raw[i] != '\t' && raw[i] != '\r' && raw[i] != '\n') continue;
    out += escape_terminal(raw.substr(start, i - start));
    if (i < raw.size()) out += raw[i];
    start = i + 1;
  }
  return looks_like_formula(out) ? "'" + out : out;
}

/// RFC 4180: a field with a comma, quote, CR or LF is quoted, inner quotes doubled.
std::string field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void table_csv(const Table& t, TextOut& out) {
  const std::vector<Column>& columns = t.columns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) out += ',';
    out += field(columns[i].name);
  }
  out += "\r\n";
  for (const Row& r : t.rows()) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i > 0) out += ',';
      const Cell& cell = r.cells[i];
      // Only strings are neutralised: a negative amount such as -12.50 stays a number.
      out += field(is_string(cell) ? safe_text(std::get<std::string>(cell))
                                   : data_text(cell, columns[i].kind));
    }
    out += "\r\n";
  }
}

} // namespace

std::string render_csv(const Document& d, const RenderOptions& o) {
  int tables = 0;
  for_each_data_table(d, [&](std::string_view, const Table&) { ++tables; });
  // Commands offer CSV only for documents of one table.
  if (tables != 1) throw std::logic_error("CSV holds exactly one table");
  TextOut out(o.sink);
  if (o.bom) out += "\xEF\xBB\xBF";
  for_each_data_table(d, [&](std::string_view, const Table& t) { table_csv(t, out); });
  return out.take();
}

} // namespace acctmgr
