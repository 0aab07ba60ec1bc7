#include "document/overloaded.hpp"
#include "text/text.hpp"
#include "write/cell_text.hpp"
#include "write/key_columns.hpp"
#include "write/palette.hpp"
#include "write/render.hpp"
#include "write/render_statement.hpp"
#include "write/sparkline.hpp"
#include "write/table_fit.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <optional>

namespace acctmgr {
namespace {

constexpr std::string_view kColumnGap = "  ";
constexpr std::string_view kBold = "\x1b[1m";
/// Fitting leaves a shortened text column at least this wide (or as wide as its header).
constexpr int kShortestText = 10;

/// `text_line` (ending in a newline) in bold when colour is on.
std::string bold(const std::string& text_line, bool color) {
  if (!color) return text_line;
  return std::string(kBold).append(text_line, 0, text_line.size() - 1).append(kReset) + "\n";
}

/// A cell as shown: terminal-safe text plus an optional SGR colour around it.
struct Shown {
  std::string text;
  std::string_view color;
};

Shown show(const Cell& cell, CellKind kind, bool color) {
  if (!is_string(cell)) return {display_text(cell, kind), {}};
  const std::string& raw = std::get<std::string>(cell);
  return {escape_terminal(raw), color && kind == CellKind::status ? status_color(raw) : ""};
}

/// Cells padded to their column and joined; colour codes wrap the text only, so padding is
/// measured on what the terminal shows. Trailing blanks are dropped.
std::string line(const std::vector<Shown>& cells, const std::vector<int>& widths,
                 const std::vector<bool>& right) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += kColumnGap;
    const Shown& c = cells[i];
    const std::string padded = pad(c.text, widths[i], right[i]);
    if (c.color.empty()) {
      out += padded;
      continue;
    }
    const std::size_t lead = right[i] ? padded.size() - c.text.size() : 0;
    out.append(padded, 0, lead);
    out.append(c.color).append(c.text).append(kReset);
    out.append(padded, lead + c.text.size());
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out + "\n";
}

/// A row as one line; fitted to a terminal, free text in the last column (a finding's
/// message) is wrapped onto lines of its own below instead of shortened: it has room to go on.
std::string row_lines(std::vector<Shown> cells, const std::vector<int>& widths,
                      const std::vector<bool>& right, bool fitted) {
  Shown& last = cells.back();
  if (!fitted || display_width(last.text) <= widths.back()) return line(cells, widths, right);
  const std::vector<std::string> parts = wrap(last.text, widths.back());
  std::string out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k > 0)
      for (Shown& c : cells)
        c = {};
    cells.back() = {parts[k], last.color};
    out += line(cells, widths, right);
  }
  return out;
}

/// `text` and a newline; fitted to a terminal, wrapped to its width.
std::string fitted(const std::string& text, std::optional<int> width) {
  if (!width) return text + "\n";
  std::string out;
  for (const std::string& wrapped : wrap(text, *width))
    out += wrapped + "\n";
  return out;
}

/// A column as a terminal table shows it: one of the table's, or the trend's sparkline.
struct ShownColumn {
  std::string header;
  bool right = false;
  std::optional<std::size_t> source; ///< the table's column; nullopt for the trend
};

constexpr std::string_view kTrendHeader = "revenue 12m";

/// The table's columns in order, the trend after its column when sparklines are on, without
/// `dropped` (the manager, when it becomes a group heading).
std::vector<ShownColumn> shown_columns(const Table& t, bool spark,
                                       std::optional<std::size_t> dropped) {
  std::vector<ShownColumn> out;
  for (std::size_t i = 0; i < t.columns().size(); ++i) {
    const Column& c = t.columns()[i];
    if (i != dropped) out.push_back({escape_terminal(c.name), c.align == Align::right, i});
    if (spark && t.trend_after() == i) out.push_back({std::string(kTrendHeader), false, {}});
  }
  return out;
}

/// Per-client tables (a manager and a client column) group their rows under the manager's
/// name in a terminal, instead of repeating it on every row.
std::optional<std::size_t> group_column(const Table& t) {
  const auto has = [&](std::string_view name) {
    return std::any_of(t.columns().begin(), t.columns().end(),
                       [&](const Column& c) { return c.name == name; });
  };
  if (!has("manager") || !has("client")) return std::nullopt;
  return t.index_of("manager");
}

/// Only free text may be shortened (names, messages): numbers, keywords and dates never, nor
/// what a user types or opens (a client's id for `acctmgr log`, a finding's code, a file).
bool may_shorten(const Table& t, const ShownColumn& c) {
  if (!c.source) return false;
  const Column& column = t.columns()[*c.source];
  static constexpr std::array<std::string_view, 4> kIdentifiers{"client", "code", "file", "id"};
  return column.kind == CellKind::text &&
         std::find(kIdentifiers.begin(), kIdentifiers.end(), column.name) == kIdentifiers.end();
}

/// A row's cells as shown, in the order of `columns`.
std::vector<Shown> shown_row(const Table& t, const Row& r, const std::vector<ShownColumn>& columns,
                             bool color) {
  std::vector<Shown> cells;
  cells.reserve(columns.size());
  for (const ShownColumn& c : columns)
    cells.push_back(c.source ? show(r.cells[*c.source], t.columns()[*c.source].kind, color)
                             : Shown{sparkline(r.trend), {}});
  return cells;
}

/// The widest word of `text`: a wrapped column narrower than that would overflow its line.
int longest_word(std::string_view text) {
  int widest = 0;
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    widest = std::max(widest, display_width(text.substr(0, space)));
    text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
  }
  return widest;
}

/// The columns a terminal shows and their widths, fitted to it.
struct Layout {
  std::vector<ShownColumn> columns;
  std::vector<int> widths;
  std::optional<std::size_t> group; ///< the table's column printed as group headings
  std::size_t hidden = 0;           ///< columns left to --wide
};

/// Fits the table to `o.width`: today's columns (the manager as a heading of per-client
/// tables), or, in key-column mode and when they do not fit, the key columns of `key`; then
/// the widths narrowed.
Layout fit(const Table& t, std::string_view key, const RenderOptions& o) {
  Layout l;
  l.group = o.width ? group_column(t) : std::nullopt;
  std::vector<ShownColumn> all = shown_columns(t, o.spark, l.group);
  std::vector<int> widths, words(all.size(), 0);
  for (const ShownColumn& c : all)
    widths.push_back(display_width(c.header));
  // Two passes, each cell shown in both: the widths first, then the lines. Holding every
  // cell's text between them would take more memory than the table (a big team's review).
  for (const Row& r : t.rows()) {
    const std::vector<Shown> cells = shown_row(t, r, all, o.color);
    for (std::size_t i = 0; i < all.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(cells[i].text));
      if (o.width && may_shorten(t, all[i]))
        words[i] = std::max(words[i], longest_word(cells[i].text));
    }
  }
  if (!o.width) return {std::move(all), std::move(widths), l.group, 0};
  std::vector<FitColumn> fits;
  for (std::size_t i = 0; i < all.size(); ++i) {
    FitColumn c{all[i].source ? std::string_view(t.columns()[*all[i].source].name) : kSparkline,
                widths[i], widths[i], widths[i]};
    if (may_shorten(t, all[i])) {
      c.minimum = std::max(display_width(all[i].header), std::min(widths[i], kShortestText));
      // Wrapped, the last column keeps its longest word whole on a line.
      c.minimum_last = std::max(c.minimum, std::min(widths[i], words[i]));
    }
    fits.push_back(c);
  }
  const int gap = static_cast<int>(kColumnGap.size());
  const KeyView view = key_view(
      fits, o.key_columns ? key_columns(key) : std::span<const std::string_view>(), *o.width, gap);
  std::vector<int> minimum;
  for (std::size_t k = 0; k < view.shown.size(); ++k) {
    const std::size_t i = view.shown[k];
    l.columns.push_back(all[i]);
    l.widths.push_back(widths[i]);
    minimum.push_back(k + 1 == view.shown.size() ? fits[i].minimum_last : fits[i].minimum);
  }
  if (view.heading) l.group = all[*view.heading].source;
  l.hidden = view.hidden;
  l.widths = fit_widths(l.widths, minimum, *o.width, gap);
  return l;
}

void table_text(const Table& t, std::string_view key, const RenderOptions& o, TextOut& out) {
  const Layout layout = fit(t, key, o);
  const std::vector<ShownColumn>& columns = layout.columns;
  const std::vector<int>& widths = layout.widths;
  const std::optional<std::size_t> group = layout.group;
  std::vector<Shown> header;
  std::vector<bool> right;
  for (const ShownColumn& c : columns) {
    header.push_back({c.header, {}});
    right.push_back(c.right);
  }
  const std::size_t last = columns.size() - 1;

  std::vector<Shown> rule;
  for (int w : widths)
    rule.push_back({std::string(static_cast<std::size_t>(w), '-'), {}});
  const std::string rule_line = line(rule, widths, right);

  if (!t.title().empty()) out += escape_terminal(t.title()) + "\n";
  out += bold(line(header, widths, right), o.color);
  out += rule_line;
  // What the next row is compared with: the group it opens, the TOTAL block it starts.
  bool first = true, previous_total = false;
  Cell previous_group;
  for (const Row& row : t.rows()) {
    if (group && (first || row.cells[*group] != previous_group)) {
      if (!first) out += "\n";
      previous_group = row.cells[*group];
      const Cell& name = previous_group;
      const std::string heading =
          escape_terminal(is_string(name) ? std::get<std::string>(name) : "");
      out += bold((o.width ? shorten(heading, *o.width) : heading) + "\n", o.color);
    }
    // A rule sets each block of TOTAL rows apart from the rows it sums.
    if (row.is_total() && !first && !previous_total) out += rule_line;
    first = false;
    previous_total = row.is_total();
    std::vector<Shown> cells = shown_row(t, row, columns, o.color);
    if (o.width)
      for (std::size_t i = 0; i < cells.size(); ++i)
        if (i != last || !may_shorten(t, columns[i]))
          cells[i].text = shorten(cells[i].text, widths[i]);
    out += row_lines(std::move(cells), widths, right, o.width.has_value());
  }
  if (first) out += "(none)\n";
  std::vector<std::string> notes;
  if (layout.hidden > 0)
    notes.push_back(
        fmt::format("{} more column{}: --wide", layout.hidden, layout.hidden == 1 ? "" : "s"));
  for (const Text& note : t.notes())
    notes.push_back(escape_terminal(prose_text(note)));
  if (!notes.empty()) out += "\n";
  for (const std::string& note : notes)
    out += fitted(note, o.width);
}

} // namespace

std::string render_table(const Document& d, const RenderOptions& o) {
  const std::string heading = d.title.empty() ? "" : escape_terminal(d.title) + "\n";
  const std::string settings = settings_line(d.context);
  const std::string footer = settings.empty() ? "" : fitted(escape_terminal(settings), o.width);
  return join_human_sections(
      d, heading,
      [&](const Section& s, TextOut& out) {
        std::visit(Overloaded{
                       [&](const Table& t) { table_text(t, s.key, o, out); },
                       [&](const Statement& st) { out += render_statement_text(st); },
                       [&](const FindingList& f) {
                         if (!f.quiet_when_empty || !f.findings.empty())
                           table_text(findings_table(f.findings), s.key, o, out);
                       },
                       [](const Series&) {}, // drawn only where charts are
                   },
                   s.body);
      },
      footer, o.sink);
}

} // namespace acctmgr
