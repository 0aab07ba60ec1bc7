#include "write/html.hpp"

#include "text/text.hpp"
#include "write/cell_text.hpp"

#include <algorithm>
#include <fmt/format.h>

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

/// A column heading that may break after its underscores: prev_<wbr>revenue, so that wide
/// tables fit a printed page.
std::string heading_html(std::string_view name) {
  std::string out;
  for (const char c : html_escape(name)) {
    out += c;
    if (c == '_') out += "<wbr>";
  }
  return out;
}

std::string notes_html(const std::vector<Text>& notes) {
  if (notes.empty()) return "";
  std::string out = "<ul class=\"notes\">\n";
  for (const Text& note : notes)
    out += "<li>" + html_prose(note) + "</li>\n";
  return out + "</ul>\n";
}

} // namespace

std::string html_table(const Table& t) {
  // Many columns: the table gets a landscape page of its own when printed.
  const bool wide = t.columns().size() > 12;
  std::string out = wide ? "<section class=\"wide\">\n" : "<section>\n";
  if (!t.title().empty()) out += "<h2>" + html_escape(t.title()) + "</h2>\n";
  out += "<div class=\"scroll\"><table>\n<thead><tr>";
  for (const Column& c : t.columns())
    out += fmt::format("<th{}>{}</th>", c.align == Align::right ? " class=\"num\"" : "",
                       heading_html(c.name));
  out += "</tr></thead>\n<tbody>\n";
  bool none = true;
  for (const Row& r : t.rows()) {
    none = false;
    out += r.is_total() ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t i = 0; i < t.columns().size(); ++i) {
      const Column& c = t.columns()[i];
      out += fmt::format("<td{}>{}</td>", c.align == Align::right ? " class=\"num\"" : "",
                         html_escape(display_text(r.cells[i], c.kind)));
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table></div>\n";
  if (none) out += "<p class=\"none\">(none)</p>\n";
  return out + notes_html(t.notes()) + "</section>\n";
}

namespace {

std::string badge(const Finding& f) {
  const std::string word = severity_word(f);
  return "<span class=\"badge " + word + "\">" + word + "</span>";
}

std::string findings_group(std::string_view manager, const std::vector<const Finding*>& group) {
  std::string out = "<h3>" +
                    (manager.empty() ? std::string("(no manager)") : html_escape(manager)) +
                    "</h3>\n<div class=\"scroll\"><table class=\"findings\">\n<thead><tr>"
                    "<th>severity</th><th>client</th><th>code</th><th class=\"num\">at_<wbr>"
                    "stake</th><th>message</th><th>where</th></tr></thead>\n<tbody>\n";
  for (const Finding* f : group)
    out += fmt::format("<tr class=\"{}\"><td>{}</td><td>{}</td><td class=\"code\">{}</td>"
                       "<td class=\"num\">{}</td><td>{}</td><td class=\"where\">{}:{}</td>"
                       "</tr>\n",
                       severity_word(*f), badge(*f), html_escape(f->client), to_string(f->code),
                       display_text(optional_cell(f->at_stake), CellKind::amount),
                       html_escape(f->message), html_escape(f->file.str()), f->line);
  return out + "</tbody>\n</table></div>\n";
}

} // namespace

std::string html_findings(const FindingList& list) {
  std::string out = "<section class=\"findings\">\n<h2>findings</h2>\n";
  if (list.findings.empty()) return out + "<p class=\"none\">(none)</p>\n</section>\n";
  std::vector<std::string_view> managers;
  for (const Finding& f : list.findings)
    if (std::find(managers.begin(), managers.end(), f.manager) == managers.end())
      managers.push_back(f.manager.str());
  for (const std::string_view manager : managers) {
    std::vector<const Finding*> group;
    for (const Finding& f : list.findings)
      if (f.manager == manager) group.push_back(&f);
    out += findings_group(manager, group);
  }
  return out + "</section>\n";
}

std::string html_statement(const Statement& s) {
  std::string out = "<section class=\"statement\">\n<h2>" + html_prose(s.title) + "</h2>\n";
  for (const StatementSection& section : s.sections) {
    if (!section.heading.empty()) out += "<h3>" + html_escape(section.heading) + "</h3>\n";
    out += "<ul>\n";
    for (const StatementLine& line : section.lines)
      out += fmt::format("<li class=\"level{}\">{}</li>\n", line.level, html_prose(line.spans));
    out += "</ul>\n";
  }
  return out + "</section>\n";
}

} // namespace acctmgr
