#include "document/overloaded.hpp"
#include "text/text.hpp"
#include "write/cell_text.hpp"
#include "write/chart_data.hpp"
#include "write/render.hpp"
#include "write/render_statement.hpp"

#include <algorithm>

namespace acctmgr {
namespace {

constexpr std::string_view kAlwaysEscaped = "\\`*[]<>|~&";
constexpr std::string_view kEscapedFirst = "#-+";

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Untrusted text made inert in GitHub-flavoured Markdown: control characters become visible
/// as in the terminal, then every character that could end a table cell or start markup (code,
/// emphasis, strikethrough, links, HTML, entities, headings and list markers at the start) is
/// backslash-escaped. An underscore between two letters or digits is left alone: it cannot
/// open or close emphasis there, and ids such as prev_revenue stay readable.
std::string md_text(std::string_view raw) {
  const std::string s = escape_terminal(raw);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    bool escape = kAlwaysEscaped.find(c) != std::string_view::npos;
    if (c == '_')
      escape =
          i == 0 || i + 1 == s.size() || !is_ascii_alnum(s[i - 1]) || !is_ascii_alnum(s[i + 1]);
    else if (i == 0 && kEscapedFirst.find(c) != std::string_view::npos)
      escape = true;
    if (escape) out += '\\';
    out += c;
  }
  return out;
}

/// A body cell: numbers in their human form, strings escaped; TOTAL rows in bold.
std::string md_cell(const Cell& cell, CellKind kind, bool total) {
  const std::string text =
      is_string(cell) ? md_text(std::get<std::string>(cell)) : display_text(cell, kind);
  // Bold around an empty cell or the placeholder would print stray asterisks or mislead.
  if (!total || text.empty() || is_undefined(cell)) return text;
  return "**" + text + "**";
}

/// One table line; cells are padded to their column so that the source reads as a table too.
std::string md_line(const std::vector<std::string>& cells, const std::vector<int>& widths,
                    const std::vector<bool>& right) {
  std::string out = "|";
  for (std::size_t i = 0; i < cells.size(); ++i)
    out.append(" ").append(pad(cells[i], widths[i], right[i])).append(" |");
  return out + "\n";
}

void table_md(const Table& t, TextOut& out) {
  std::vector<std::string> header;
  std::vector<bool> right;
  std::vector<int> widths;
  for (const Column& c : t.columns()) {
    header.push_back(md_text(c.name));
    right.push_back(c.align == Align::right);
    widths.push_back(std::max(3, display_width(header.back())));
  }
  // Two passes, as in terminal tables: the widths first, then the lines.
  const auto md_cells = [&](const Row& r) {
    std::vector<std::string> cells;
    cells.reserve(t.columns().size());
    for (std::size_t i = 0; i < t.columns().size(); ++i)
      cells.push_back(md_cell(r.cells[i], t.columns()[i].kind, r.is_total()));
    return cells;
  };
  bool none = true;
  for (const Row& r : t.rows()) {
    none = false;
    const std::vector<std::string> cells = md_cells(r);
    for (std::size_t i = 0; i < cells.size(); ++i)
      widths[i] = std::max(widths[i], display_width(cells[i]));
  }
  std::vector<std::string> delimiter;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const auto w = static_cast<std::size_t>(widths[i]);
    delimiter.push_back(right[i] ? std::string(w - 1, '-') + ":" : std::string(w, '-'));
  }

  if (!t.title().empty()) out += "### " + md_text(t.title()) + "\n\n";
  out += md_line(header, widths, right);
  out += md_line(delimiter, widths, right);
  for (const Row& r : t.rows())
    out += md_line(md_cells(r), widths, right);
  if (none) out += "\n(none)\n";
  if (!t.notes().empty()) {
    out += "\n";
    for (const Text& note : t.notes())
      out += "- " + md_text(prose_text(note)) + "\n";
  }
}

/// Text inside a Mermaid string, where Mermaid has no escape: control characters made visible
/// (no line break), then replaced by ' what could end the string or the code fence (" `), be
/// read as markup or an entity (< > # ; \\), or start a directive or a comment (%: Mermaid
/// applies `%%{init: ...}%%` wherever it stands in the text), and the line and paragraph
/// separators U+2028 and U+2029, which JavaScript reads as line ends.
std::string mermaid_text(std::string_view raw) {
  std::string out;
  for (const char c : escape_terminal(raw))
    out += std::string_view("\"`<>#;\\%").find(c) == std::string_view::npos ? c : '\'';
  for (const std::string_view separator : {"\u2028", "\u2029"})
    for (std::size_t at = out.find(separator); at != std::string::npos; at = out.find(separator))
      out.replace(at, separator.size(), "'");
  return out;
}

/// Values `from`..`to` (indexes, inclusive) of a series, as `text` prints them ("unknown" for
/// a gap).
std::string joined(const Series& s, int from, int to, std::string (*text)(Money)) {
  std::string out;
  for (int i = std::max(from, 0); i <= to && i < static_cast<int>(s.values.size()); ++i) {
    const std::optional<Money>& v = s.values[static_cast<std::size_t>(i)];
    out += (out.empty() ? "" : ", ") + (v ? text(*v) : std::string("unknown"));
  }
  return out;
}

std::string joined(const Series& s, std::string (*text)(Money)) {
  return joined(s, 0, static_cast<int>(s.values.size()) - 1, text);
}

std::string plain_amount(Money m) {
  return data_text(m, CellKind::amount);
}

/// The index from which every value of `s` is known; its size when none is, or when a gap
/// follows a known value (Mermaid cannot leave a value out in the middle).
int known_from(const Series& s) {
  const int n = static_cast<int>(s.values.size());
  int first = 0;
  while (first < n && !s.values[static_cast<std::size_t>(first)])
    ++first;
  for (int i = first; i < n; ++i)
    if (!s.values[static_cast<std::size_t>(i)]) return n;
  return first;
}

/// How many values of `s` are known from its first one on.
int known_prefix(const Series& s) {
  int n = 0;
  while (n < static_cast<int>(s.values.size()) && s.values[static_cast<std::size_t>(n)])
    ++n;
  return n;
}

/// A Mermaid xychart of a manager's revenue (bars: revenue, then the forecast months ahead;
/// a line: a year earlier, under the months it compares with; plain decimals), then the same
/// numbers as a line of text for renderers without Mermaid. Mermaid has no empty value, so an
/// unknown month is left out rather than drawn as 0 (SPEC 11): the chart starts at the first
/// month revenue and the year earlier both hold (the year earlier's line is left out when its
/// unknown months come after known ones), the forecast bars stop at the first month without
/// one, and the text line says "unknown".
std::string chart_md(const ChartData& c, const std::string& currency) {
  const Series& now = *c.series.front();
  const Series* forecast = nullptr;
  const Series* earlier = nullptr;
  for (const Series* s : c.series)
    if (s->shift != 0)
      earlier = s;
    else if (s != &now)
      forecast = s;
  const int n = static_cast<int>(now.values.size());
  int cut = known_from(now); // the first index of `now` drawn
  if (earlier != nullptr) {
    const int from = known_from(*earlier); // drawn under now's index `from` too (shift 12)
    if (from >= n)
      earlier = nullptr;
    else
      cut = std::max(cut, from);
  }
  std::string out = "### revenue: " + md_text(c.subject) + "\n\n";
  if (cut < n) {
    const int ahead = forecast != nullptr ? known_prefix(*forecast) : 0;
    const Month first = now.first + cut, last_actual = now.first + (n - 1);
    out += "```mermaid\nxychart-beta\n";
    out += "    title \"" + mermaid_text(c.subject) + ": revenue " + to_string(first) + ".." +
           to_string(last_actual) +
           (ahead > 0
                ? ", forecast " + to_string(last_actual + 1) + ".." + to_string(last_actual + ahead)
                : "") +
           " (bars)" + (earlier != nullptr ? ", a year earlier (line)" : "") + "\"\n";
    std::string months;
    for (int i = cut; i < n + ahead; ++i)
      months += (i == cut ? "\"" : ", \"") + to_string(now.first + i) + "\"";
    out += "    x-axis [" + months + "]\n";
    out += "    y-axis \"revenue (" + mermaid_text(currency) + ")\"\n";
    std::string bars = joined(now, cut, n - 1, plain_amount);
    if (ahead > 0) bars += ", " + joined(*forecast, 0, ahead - 1, plain_amount);
    out += "    bar [" + bars + "]\n";
    if (earlier != nullptr)
      out += "    line [" + joined(*earlier, cut, n + ahead - 1, plain_amount) + "]\n";
    out += "```\n\n";
  }
  out += md_text(c.subject) + ", revenue " + months_text(now) + " (" + md_text(currency) +
         "): " + joined(now, thousands_text);
  for (const Series* s : c.series)
    if (s != &now)
      out += " (" + md_text(s->label) + ", " + months_text(*s) + ": " + joined(*s, thousands_text) +
             ")";
  return out + "\n";
}

} // namespace

std::string render_md(const Document& d, const RenderOptions& o) {
  // The title is acctmgr's own wording (a period and months), never text from a file.
  const std::string heading = d.title.empty() ? "" : "# " + d.title + "\n";
  const std::string settings = settings_line(d.context);
  const std::string footer = settings.empty() ? "" : md_text(settings) + "\n";
  const std::vector<ChartData> charts = charts_of(d);
  return join_human_sections(
      d, heading,
      [&](const Section& s, TextOut& out) {
        if (!s.part.empty()) out += "## " + md_text(s.part) + "\n\n";
        std::visit(Overloaded{
                       [&](const Table& t) { table_md(t, out); },
                       [&](const Statement& st) { out += render_statement_md(st); },
                       [&](const FindingList& f) {
                         if (!f.quiet_when_empty || !f.findings.empty())
                           table_md(findings_table(f.findings), out);
                       },
                       [&](const Series& series) {
                         // One chart per manager, where its first series stands.
                         for (const ChartData& c : charts)
                           if (c.series.front() == &series) out += chart_md(c, d.context.currency);
                       },
                   },
                   s.body);
      },
      footer, o.sink);
}

} // namespace acctmgr
