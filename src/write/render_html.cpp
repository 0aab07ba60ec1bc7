#include "document/overloaded.hpp"
#include "write/chart_data.hpp"
#include "write/html.hpp"
#include "write/render.hpp"
#include "write/svg_chart.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

// Everything inline: the file is read offline, mailed and printed. System fonts only.
constexpr std::string_view kStyle = R"(
:root { --ink: #1f2933; --muted: #616e7c; --rule: #d9dee4; --accent: #2f6db5; }
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); margin: 24px auto; max-width: 1400px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 15px; margin: 16px 0 6px; }
.context { color: var(--muted); margin: 0 0 16px; }
.context span { margin-right: 18px; white-space: nowrap; }
.charts { display: grid; grid-template-columns: 1fr; gap: 8px; }
figure { margin: 0 0 12px; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 2px; }
svg.chart { width: 100%; height: auto; max-width: 960px; display: block; }
svg.chart text { font: 11px system-ui, sans-serif; fill: var(--ink); }
svg.chart text.value { font-size: 10px; fill: #3e4c59; }
svg.chart text.title { font-size: 12px; fill: var(--muted); }
svg.chart .grid { stroke: #e6e9ed; stroke-width: 1; }
svg.chart .base { stroke: #7b8794; stroke-width: 1; }
svg.chart .s0 { fill: #b7c3d0; }
svg.chart .s1 { fill: var(--accent); }
svg.chart .s2 { fill: #7fa8d6; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 12.5px; margin: 4px 0; }
th, td { padding: 3px 6px; border-bottom: 1px solid var(--rule); text-align: left;
  vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; }
td { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.findings td:nth-child(5) { white-space: normal; min-width: 24em; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
.badge { display: inline-block; min-width: 4.5em; text-align: center; border-radius: 9px;
  padding: 0 7px; font-size: 12px; font-weight: 600; color: #fff; }
.badge.error { background: #c62828; }
.badge.warning { background: #e08a00; }
.badge.info { background: #3b7dd8; }
.badge.silenced { background: #9aa5b1; }
td.code, td.where { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.notes { color: var(--muted); font-size: 13px; margin: 4px 0; padding-left: 20px; }
.none { color: var(--muted); }
.quoted { font-style: italic; }
li.level1 { margin-left: 20px; }
footer { color: var(--muted); margin-top: 24px; font-size: 12px; }
@page { size: A4; margin: 12mm; }
@page wide { size: A4 landscape; margin: 10mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  .scroll { overflow: visible; }
  table { font-size: 7.5pt; width: 100%; }
  th, td { padding: 1px 4px; }
  td { white-space: normal; }
  td.num { white-space: nowrap; }
  tr, figure, .badge { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
  section.wide { page: wide; }
  svg.chart { max-width: 100%; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

std::string context_html(const Context& c) {
  std::string out = "<p class=\"context\">";
  out += "<span>period: " + html_escape(c.period) + "</span>";
  std::string as_of;
  for (Month m : c.as_of)
    as_of += (as_of.empty() ? "" : ", ") + to_string(m);
  if (!as_of.empty()) out += "<span>as of: " + as_of + "</span>";
  if (!c.currency.empty()) out += "<span>currency: " + html_escape(c.currency) + "</span>";
  const std::string settings = settings_line(c);
  if (!settings.empty()) out += "<span>" + html_escape(settings) + "</span>";
  return out + "</p>\n";
}

std::string charts_html(const Document& d) {
  const std::vector<ChartData> charts = charts_of(d);
  if (charts.empty()) return "";
  std::string out = "<section class=\"charts\">\n<h2>monthly revenue</h2>\n";
  for (const ChartData& c : charts)
    out += "<figure>\n<figcaption>" + html_escape(c.subject) + "</figcaption>\n" +
           svg_chart(c, d.context.currency) + "</figure>\n";
  return out + "</section>\n";
}

std::string section_html(const Section& s) {
  if (s.data_only) return "";
  return std::visit(Overloaded{
                        [](const Table& t) { return html_table(t); },
                        [](const Statement& st) { return html_statement(st); },
                        [](const FindingList& f) {
                          const bool quiet = f.quiet_when_empty && f.findings.empty();
                          return quiet ? std::string() : html_findings(f);
                        },
                        [](const Series&) { return std::string(); }, // drawn first, as charts
                    },
                    s.body);
}

} // namespace

std::string render_html(const Document& d, const RenderOptions&) {
  const std::string title = d.title.empty() ? "acctmgr" : d.title;
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
                                "charset=\"utf-8\">\n<meta name=\"viewport\" "
                                "content=\"width=device-width, initial-scale=1\">\n"
                                "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
                                html_escape(title), kStyle);
  out += "<header>\n<h1>" + html_escape(title) + "</h1>\n" + context_html(d.context) +
         "</header>\n<main>\n";
  for (const Section& s : d.sections)
    if (s.lead) out += section_html(s);
  out += charts_html(d);
  for (const Section& s : d.sections)
    if (!s.lead) out += section_html(s);
  return out + "</main>\n</body>\n</html>\n";
}

} // namespace acctmgr
