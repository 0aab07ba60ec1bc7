#include "write/html.hpp"

#include "text/text.hpp"
#include "write/cell_text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>

namespace acctmgr {

std::string html_escape(std::string_view raw) {
  std::string out;
  for (const char c : escape_terminal(raw)) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string html_prose(const Text& text) {
  std::string out;
  for (const Span& span : text) {
    const std::string escaped = html_escape(span_text(span));
    out +=
        span.kind == Span::Kind::quoted ? "<span class=\"quoted\">" + escaped + "</span>" : escaped;
  }
  return out;
}

namespace {

/// A column heading in words (SPEC 11, v3): top_client_share as "top client share", the
/// ratios known by their initials in capitals (NRR, GRR, HHI).
std::string heading_html(std::string_view name) {
  if (name == "nrr" || name == "grr" || name == "hhi") {
    std::string upper(name);
    for (char& c : upper)
      c = static_cast<char>(c - 'a' + 'A');
    return upper;
  }
  std::string out = html_escape(name);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

std::string notes_html(const std::vector<Text>& notes) {
  if (notes.empty()) return "";
  std::string out = "<ul class=\"notes\">\n";
  for (const Text& note : notes)
    out += "<li>" + html_prose(note) + "</li>\n";
  return out + "</ul>\n";
}

/// How a status keyword reads: good, watch or bad, each with its symbol, so that it stays
/// readable printed in black and white; other keywords (bands, bases) are plain.
struct Tone {
  const char* name;
  const char* symbol;
};

std::optional<Tone> tone_of(std::string_view word) {
  if (word == "on_target" || word == "new" || word == "handover") return Tone{"good", "\u25B2"};
  if (word == "below_target" || word == "partial_history" || word == "no_history" ||
      word == "warning")
    return Tone{"watch", "\u25C6"};
  if (word == "declining" || word == "lost" || word == "error") return Tone{"bad", "\u25BC"};
  if (word == "info") return Tone{"info", "\u25CF"};
  return std::nullopt;
}

/// A status keyword with its tone's colour and symbol.
std::string status_html(std::string_view word) {
  const std::optional<Tone> tone = tone_of(word);
  if (!tone) return html_escape(word);
  return fmt::format("<span class=\"tone {}\">{} {}</span>", tone->name, tone->symbol,
                     html_escape(word));
}

/// The class of a column's cells: numbers right-aligned, ids, codes, months and paths never
/// broken across lines, free text free to wrap.
std::string cell_class(const Column& c) {
  if (c.align == Align::right) return " class=\"num\"";
  if (c.kind == CellKind::text && c.name != "client" && c.name != "file" && c.name != "where")
    return c.name == "manager" ? " class=\"who\"" : " class=\"prose\"";
  return " class=\"id\"";
}

std::string cell_html(const Cell& cell, const Column& c) {
  const std::string text = display_text(cell, c.kind);
  if (c.kind == CellKind::status && !is_undefined(cell)) return status_html(text);
  return html_escape(text);
}

/// A table without rows: its heading and "none" on one line, so that no empty table stands
/// alone on a page.
std::string empty_html(const Table& t) {
  return "<section class=\"table empty\">\n<h3>" + html_escape(t.title()) +
         " <span class=\"none\">none</span></h3>\n" + notes_html(t.notes()) + "</section>\n";
}

/// A one-row table of figures as labelled figures.
std::string figures_html(const Table& t) {
  std::string out = "<section class=\"figures\">\n<h3>" + html_escape(t.title()) +
                    "</h3>\n<dl class=\"figures\">\n";
  const Row& r = t.rows().front();
  for (std::size_t i = 0; i < t.columns().size(); ++i) {
    const std::string value = cell_html(r.cells[i], t.columns()[i]);
    out += "<div><dt>" + heading_html(t.columns()[i].name) + "</dt><dd>" + value + "</dd></div>\n";
  }
  return out + "</dl>\n" + notes_html(t.notes()) + "</section>\n";
}

} // namespace

std::string html_table(const Table& t, bool figures) {
  if (t.rows().empty()) return empty_html(t);
  if (figures && t.rows().size() == 1) return figures_html(t);
  // Many columns (the summary's 19): a smaller type, so that it fits 1280 px and A4.
  std::string out =
      t.columns().size() > 14 ? "<section class=\"table wide\">\n" : "<section class=\"table\">\n";
  if (!t.title().empty()) out += "<h3>" + html_escape(t.title()) + "</h3>\n";
  out += "<table>\n<thead><tr>";
  for (const Column& c : t.columns())
    out += fmt::format("<th{}>{}</th>", c.align == Align::right ? " class=\"num\"" : "",
                       heading_html(c.name));
  out += "</tr></thead>\n<tbody>\n";
  for (const Row& r : t.rows()) {
    out += r.is_total() ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t i = 0; i < t.columns().size(); ++i)
      out += fmt::format("<td{}>{}</td>", cell_class(t.columns()[i]),
                         cell_html(r.cells[i], t.columns()[i]));
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  return out + notes_html(t.notes()) + "</section>\n";
}

namespace {

std::string badge(const Finding& f) {
  const std::string word = severity_word(f);
  return "<span class=\"badge " + word + "\">" + status_html(word) + "</span>";
}

std::string findings_group(std::string_view heading, const std::vector<const Finding*>& group) {
  std::string out = heading.empty() ? "" : "<h4>" + html_escape(heading) + "</h4>\n";
  out += "<table class=\"findings\">\n<thead><tr><th>severity</th><th>client</th><th>code</th>"
         "<th class=\"num\">at stake</th><th>message</th><th>where</th></tr></thead>\n<tbody>\n";
  for (const Finding* f : group)
    out += fmt::format("<tr class=\"{}\"><td class=\"id\">{}</td><td class=\"id\">{}</td>"
                       "<td class=\"id\">{}</td><td class=\"num\">{}</td><td class=\"prose\">{}"
                       "</td><td class=\"id where\">{}:{}</td></tr>\n",
                       severity_word(*f), badge(*f), html_escape(f->client), to_string(f->code),
                       display_text(optional_cell(f->at_stake), CellKind::amount),
                       html_escape(f->message), html_escape(f->file.str()), f->line);
  return out + "</tbody>\n</table>\n";
}

} // namespace

std::string html_findings(const FindingList& list) {
  if (list.findings.empty())
    return "<section class=\"table empty findings\">\n<h3>findings <span class=\"none\">none"
           "</span></h3>\n</section>\n";
  std::string out = "<section class=\"table findings\">\n<h3>findings</h3>\n";
  std::vector<std::string_view> managers;
  for (const Finding& f : list.findings)
    if (std::find(managers.begin(), managers.end(), f.manager) == managers.end())
      managers.push_back(f.manager.str());
  for (const std::string_view manager : managers) {
    std::vector<const Finding*> group;
    for (const Finding& f : list.findings)
      if (f.manager == manager) group.push_back(&f);
    // One manager's findings (a part of the review) need no heading of their own.
    const std::string heading = managers.size() == 1 ? ""
                                : manager.empty()    ? "(no manager)"
                                                     : std::string(manager);
    out += findings_group(heading, group);
  }
  return out + "</section>\n";
}

std::string html_statement(const Statement& s) {
  std::string out = "<section class=\"statement\">\n<h3>" + html_prose(s.title) + "</h3>\n";
  for (const StatementSection& section : s.sections) {
    if (!section.heading.empty()) out += "<h4>" + html_escape(section.heading) + "</h4>\n";
    out += "<ul>\n";
    for (const StatementLine& line : section.lines)
      out += fmt::format("<li class=\"level{}\">{}</li>\n", line.level, html_prose(line.spans));
    out += "</ul>\n";
  }
  return out + "</section>\n";
}

} // namespace acctmgr
