#include "write/render_statement.hpp"

#include "text/text.hpp"
#include "write/cell_text.hpp"

#include <string_view>

namespace acctmgr {
namespace {

/// Markdown punctuation that could start emphasis, links, HTML, code, tables or entities.
std::string escape_md(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\`*_[]<>|~#&!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

/// Quoted spans go through `escape`; acctmgr's own words and values are trusted.
template <class Escape> std::string spans_text(const Text& spans, Escape escape) {
  std::string out;
  for (const Span& span : spans)
    out += span.kind == Span::Kind::quoted ? escape(span.text) : span_text(span);
  return out;
}

std::string text_escape(std::string_view s) {
  return escape_terminal(s);
}
std::string md_escape(std::string_view s) {
  return escape_md(escape_terminal(s));
}

} // namespace

std::string render_statement_text(const Statement& s) {
  std::string out = spans_text(s.title, text_escape) + "\n";
  for (const StatementSection& section : s.sections) {
    out += "\n" + section.heading + "\n";
    for (const StatementLine& l : section.lines)
      out += std::string(static_cast<std::size_t>(2 + 2 * l.level), ' ') +
             spans_text(l.spans, text_escape) + "\n";
  }
  return out;
}

std::string render_statement_md(const Statement& s) {
  std::string out = "## " + spans_text(s.title, md_escape) + "\n";
  for (const StatementSection& section : s.sections) {
    out += "\n### " + section.heading + "\n\n";
    for (const StatementLine& l : section.lines)
      out += std::string(static_cast<std::size_t>(2 * l.level), ' ') + "- " +
             spans_text(l.spans, md_escape) + "\n";
  }
  return out;
}

} // namespace acctmgr
