#pragma once

#include "document/document.hpp"
#include "model/vocabulary.hpp"
#include "text/diagnostic.hpp"
#include "write/text_out.hpp"

#include <array>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// How a document is printed. Every field has a default initializer, so that `{color}` stays
/// free of -Wmissing-field-initializers.
struct RenderOptions {
  bool color = false; ///< ANSI colours (tables, and the severity word of check's text lines)
  /// $GITHUB_WORKSPACE as read by the CLI (renderers never read the environment): GitHub
  /// annotations name a file under it relative to it, so that they attach to pull-request
  /// diffs. Empty: files as given.
  std::string workspace{};
  /// The directory relative file names are resolved against to compare with `workspace`.
  std::string current_dir{};
  /// CSV only: start with a UTF-8 byte order mark (--bom), without which Excel reads a CSV
  /// file in the legacy code page and garbles Cyrillic and other non-ASCII names.
  bool bom = false;
  /// Tables: draw each row's trend as a sparkline (off with --no-spark, and when the locale
  /// is not UTF-8).
  bool spark = false;
  /// Tables: the terminal's width when stdout is one. The tables are then fitted to it: the
  /// manager becomes a group heading, long text is shortened with "…" (numbers never) and
  /// notes are wrapped. nullopt: printed as wide as they are (pipes, files).
  std::optional<int> width{};
  /// Tables fitted to a terminal (`width`): one wider than it shows only its key columns (SPEC
  /// section 11, write/key_columns.hpp) and a note "N more columns: --wide". Set for summary,
  /// pipeline and review unless --wide.
  bool key_columns = false;
  /// Tables, Markdown, CSV and JSON: when set, the text is handed to it in parts as it is
  /// made, and render returns only the rest, so that a big team's report is never held whole
  /// (the CLI writes the parts to a pipe as they come). Unset: render returns all.
  TextOut::Sink sink{};
};

// One renderer per format, each turning a whole Document into text.

/// Aligned text tables and statements, for terminals.
std::string render_table(const Document& d, const RenderOptions& o);
/// RFC 4180 CSV of the document's one table; formula-looking text cells neutralised.
std::string render_csv(const Document& d, const RenderOptions& o);
/// A JSON array of objects per table (an object of them when there are several).
std::string render_json(const Document& d, const RenderOptions& o);
/// GitHub-flavoured Markdown.
std::string render_md(const Document& d, const RenderOptions& o);
/// Findings as compiler-style lines: `FILE:LINE: severity CODE client: message`.
std::string render_text(const Document& d, const RenderOptions& o);
/// Findings as GitHub Actions workflow commands.
std::string render_github(const Document& d, const RenderOptions& o);
/// One self-contained HTML5 page: charts of the Series as inline SVG, then the tables.
std::string render_html(const Document& d, const RenderOptions& o);

enum class Format { table, csv, json, md, text, github, html };

using Renderer = std::string (*)(const Document&, const RenderOptions&);

struct FormatTerm {
  Format value;
  const char* name;
  const char* description;
  Renderer render;
};

/// Every output format: adding one is a renderer file and a line here.
inline constexpr std::array<FormatTerm, 7> kFormats{{
    {Format::table, "table", "aligned text for terminals", render_table},
    {Format::csv, "csv", "RFC 4180 CSV with a header row", render_csv},
    {Format::json, "json", "JSON with exact decimal numbers", render_json},
    {Format::md, "md", "GitHub-flavoured Markdown", render_md},
    {Format::text, "text", "one line per finding: FILE:LINE: severity CODE client: message",
     render_text},
    {Format::github, "github", "GitHub Actions annotations", render_github},
    {Format::html, "html", "a self-contained HTML page with charts", render_html},
}};
static_assert(is_complete(kFormats));

inline const char* to_string(Format f) {
  return term_of(kFormats, f).name;
}

/// What a command's document holds, which decides the formats that print it.
enum class Holds {
  table,     ///< one table (growth, summary, bonus...)
  statement, ///< a statement to check by hand (bonus --explain)
  review,    ///< several tables and charts: no one CSV
  findings,  ///< findings (check)
  problems,  ///< only the problems of the input (validate)
};

/// The formats that print a document holding `h`, its default first, in the order --help
/// names them.
std::span<const Format> formats_for(Holds h);

/// The format implied by an output file's extension (.csv, .json, .md, .txt, .html); nullopt if
/// none.
std::optional<Format> format_for_path(std::string_view path);

/// Calls `f(key, table)` for each table a data format (CSV, JSON) prints, in order: the Table
/// sections, data-only ones included, and each FindingList as its findings table.
void for_each_data_table(const Document& d,
                         const std::function<void(std::string_view, const Table&)>& f);

/// The layout of the human forms: `heading` (if not empty), then each section that is not
/// data-only as `render_section` adds it to the text, then `footer`, separated by blank lines;
/// a section printed as nothing takes no place, and nothing at all prints no footer either.
/// With a `sink` (RenderOptions::sink), the text goes to it in parts as it is made, and what
/// is returned is the rest.
std::string join_human_sections(const Document& d, const std::string& heading,
                                const std::function<void(const Section&, TextOut&)>& render_section,
                                const std::string& footer, const TextOut::Sink& sink);
/// "settings: examples/acctmgr.yaml" or "settings: defaults (no acctmgr.yaml)": the footer
/// line of the human forms (SPEC section 2); empty for a document made outside a run.
/// Unescaped.
std::string settings_line(const Context& c);

/// Calls `f` for each finding of the document's FindingList sections; any other section is a
/// bug for a format that prints findings only (`format` names it in the exception).
void for_each_finding(const Document& d, const char* format,
                      const std::function<void(const Finding&)>& f);

/// Renders `d` in format `f`.
std::string render(const Document& d, Format f, const RenderOptions& o = {});

/// Each diagnostic as a GitHub Actions `::error file=F,line=L,col=C::message` command (no
/// line or column when it has none), named and escaped as `render_github` names findings, so
/// that CI shows bad input on the pull request.
std::string render_github_diagnostics(const std::vector<Diagnostic>& diagnostics,
                                      const RenderOptions& o);

} // namespace acctmgr
