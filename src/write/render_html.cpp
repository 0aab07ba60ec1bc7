#include "document/overloaded.hpp"
#include "write/chart_data.hpp"
#include "write/html.hpp"
#include "write/render.hpp"
#include "write/svg_chart.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

// Everything inline: the file is read offline, mailed and printed. System fonts only. On a
// screen every table fits 1280 px: numbers, ids, codes and months never wrap, free text
// (names, messages, reasons) does. Printed on A4 portrait: no heading alone at a page foot,
// no row, figure or chart cut in two.
constexpr std::string_view kStyle = R"(
:root { --ink: #1f2933; --muted: #616e7c; --rule: #d9dee4; --accent: #2f6db5;
  --good: #1b7f3b; --watch: #a55f00; --bad: #c62828; --info: #2f6db5; }
* { box-sizing: border-box; }
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); margin: 16px auto; max-width: 1280px; padding: 0 12px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 26px 0 8px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 14px 0 4px; }
h4 { font-size: 14px; margin: 10px 0 4px; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.context { color: var(--muted); margin: 0 0 8px; }
.context span { margin-right: 18px; white-space: nowrap; }
dl.figures { display: flex; flex-wrap: wrap; gap: 6px 8px; margin: 4px 0; }
dl.figures div { border: 1px solid var(--rule); border-radius: 6px; padding: 4px 10px;
  min-width: 120px; }
dl.figures dt { color: var(--muted); font-size: 12px; }
dl.figures dd { margin: 0; font-size: 17px; font-weight: 600; white-space: nowrap;
  font-variant-numeric: tabular-nums; }
figure { margin: 8px 0; break-inside: avoid; }
svg.chart { width: 100%; height: auto; max-width: 860px; display: block; }
svg.chart text { font: 11px system-ui, sans-serif; fill: var(--ink); }
svg.chart text.value { font-size: 9px; fill: #3e4c59; }
svg.chart text.title { font-size: 12px; fill: var(--muted); }
svg.chart .grid { stroke: #e6e9ed; stroke-width: 1; }
svg.chart .base { stroke: #7b8794; stroke-width: 1; }
svg.chart .s0 { fill: #b7c3d0; }
svg.chart .s1 { fill: var(--accent); }
svg.chart .s2 { fill: #fff; stroke: var(--accent); stroke-width: 1.5; stroke-dasharray: 3 2; }
table { border-collapse: collapse; font-size: 12px; margin: 4px 0; width: 100%; }
th, td { padding: 2px 5px; border-bottom: 1px solid var(--rule); text-align: left;
  vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; font-size: 11.5px; line-height: 1.2;
  vertical-align: bottom; }
.wide table { font-size: 11px; }
.wide th { font-size: 10.5px; }
.wide th, .wide td { padding: 2px 3px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num, td.id { white-space: nowrap; }
td.who { min-width: 7em; }
td.prose { min-width: 12em; }
td.where { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
tr { break-inside: avoid; }
.tone { font-weight: 600; white-space: nowrap; }
.tone.good { color: var(--good); }
.tone.watch { color: var(--watch); }
.tone.bad { color: var(--bad); }
.tone.info { color: var(--info); }
.notes { color: var(--muted); font-size: 12px; margin: 2px 0 4px; padding-left: 20px; }
.none { color: var(--muted); font-weight: 400; font-style: italic; }
.quoted { font-style: italic; }
li.level1 { margin-left: 20px; }
@page { size: A4 portrait; margin: 10mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 8.5pt; }
  h1 { font-size: 14pt; }
  h2 { font-size: 12pt; margin: 12px 0 4px; }
  h3 { font-size: 10pt; margin: 8px 0 2px; }
  table { font-size: 7pt; }
  th { font-size: 6.8pt; }
  th, td { padding: 1px 2px; }
  .wide table { font-size: 6.3pt; }
  .wide th { font-size: 6pt; }
  .wide th, .wide td { padding: 1px 1.5px; }
  td.where { font-size: 6.5pt; }
  td.prose { min-width: 10em; }
  dl.figures div { padding: 2px 6px; min-width: 0; }
  dl.figures dd { font-size: 11pt; }
  svg.chart { max-width: 150mm; }
  thead { display: table-header-group; }
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

std::string chart_html(const ChartData& c, const std::string& currency) {
  return "<figure class=\"chart\">\n" + svg_chart(c, currency) + "</figure>\n";
}

std::string section_html(const Section& s, const std::vector<ChartData>& charts,
                         const std::string& currency) {
  if (s.data_only) return "";
  return std::visit(Overloaded{
                        [&](const Table& t) { return html_table(t, s.figures); },
                        [](const Statement& st) { return html_statement(st); },
                        [](const FindingList& f) {
                          const bool quiet = f.quiet_when_empty && f.findings.empty();
                          return quiet ? std::string() : html_findings(f);
                        },
                        [&](const Series& series) {
                          // One chart per subject, where its first series stands.
                          for (const ChartData& c : charts)
                            if (c.series.front() == &series) return chart_html(c, currency);
                          return std::string();
                        },
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
  const std::vector<ChartData> charts = charts_of(d);
  bool in_part = false;
  for (const Section& s : d.sections) {
    if (!s.part.empty()) {
      if (in_part) out += "</section>\n";
      out += "<section class=\"part\">\n<h2>" + html_escape(s.part) + "</h2>\n";
      in_part = true;
    }
    out += section_html(s, charts, d.context.currency);
  }
  if (in_part) out += "</section>\n";
  return out + "</main>\n</body>\n</html>\n";
}

} // namespace acctmgr
