#include "core/overloaded.hpp"
#include "io/cell_text.hpp"
#include "io/palette.hpp"
#include "io/render.hpp"
#include "io/render_statement.hpp"
#include "io/text.hpp"

#include <algorithm>

namespace acctmgr {
namespace {

constexpr std::string_view kGap = "  ";
constexpr std::string_view kBold = "\x1b[1m";

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
    if (i > 0) out += kGap;
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

std::string table_text(const Table& t, bool color) {
  std::vector<Shown> header;
  std::vector<bool> right;
  std::vector<int> widths;
  for (const Column& c : t.columns()) {
    header.push_back({escape_terminal(c.name), {}});
    right.push_back(c.align == Align::right);
    widths.push_back(display_width(header.back().text));
  }
  std::vector<std::vector<Shown>> body;
  for (const Row& r : t.rows()) {
    std::vector<Shown>& cells = body.emplace_back();
    for (std::size_t i = 0; i < t.columns().size(); ++i) {
      cells.push_back(show(r.cells[i], t.columns()[i].kind, color));
      widths[i] = std::max(widths[i], display_width(cells.back().text));
    }
  }

  std::vector<Shown> rule;
  for (int w : widths)
    rule.push_back({std::string(static_cast<std::size_t>(w), '-'), {}});
  const std::string rule_line = line(rule, widths, right);

  std::string out;
  if (!t.title().empty()) out += escape_terminal(t.title()) + "\n";
  const std::string head = line(header, widths, right);
  if (color) {
    out.append(kBold).append(head, 0, head.size() - 1).append(kReset).append("\n");
  } else {
    out += head;
  }
  out += rule_line;
  const std::vector<Row>& rows = t.rows();
  for (std::size_t r = 0; r < body.size(); ++r) {
    // A rule sets each block of TOTAL rows apart from the rows it sums.
    if (rows[r].is_total() && r > 0 && !rows[r - 1].is_total()) out += rule_line;
    out += line(body[r], widths, right);
  }
  if (rows.empty()) out += "(none)\n";
  if (!t.notes().empty()) {
    out += "\n";
    for (const Text& note : t.notes())
      out += escape_terminal(prose_text(note)) + "\n";
  }
  return out;
}

} // namespace

std::string render_table(const Document& d, const RenderOptions& o) {
  const std::string heading = d.title.empty() ? "" : escape_terminal(d.title) + "\n";
  const std::string settings = settings_line(d.context);
  const std::string footer = settings.empty() ? "" : escape_terminal(settings) + "\n";
  return join_human_sections(
      d, heading,
      [&](const Section& s) {
        return std::visit(
            Overloaded{
                [&](const Table& t) { return table_text(t, o.color); },
                [](const Statement& st) { return render_statement_text(st); },
                [&](const FindingList& f) {
                  const bool quiet = f.quiet_when_empty && f.findings.empty();
                  return quiet ? std::string() : table_text(findings_table(f.findings), o.color);
                },
                [](const Series&) { return std::string(); }, // drawn only where charts are
            },
            s.body);
      },
      footer);
}

} // namespace acctmgr
