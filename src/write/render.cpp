#include "write/render.hpp"

#include "text/ascii.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <stdexcept>

namespace acctmgr {

std::span<const Format> formats_for(Holds h) {
  static constexpr std::array<Format, 4> table{Format::table, Format::csv, Format::json,
                                               Format::md};
  static constexpr std::array<Format, 2> statement{Format::table, Format::md};
  static constexpr std::array<Format, 4> review{Format::table, Format::md, Format::json,
                                                Format::html};
  static constexpr std::array<Format, 5> findings{Format::text, Format::github, Format::csv,
                                                  Format::json, Format::md};
  static constexpr std::array<Format, 2> problems{Format::text, Format::github};
  switch (h) {
  case Holds::table:
    return table;
  case Holds::statement:
    return statement;
  case Holds::review:
    return review;
  case Holds::findings:
    return findings;
  case Holds::problems:
    return problems;
  }
  return {};
}

std::optional<Format> format_for_path(std::string_view path) {
  // The extension belongs to the last path component: "out.d/report" has none.
  const std::size_t slash = path.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  const std::string ext = ascii_lower(base.substr(dot + 1));
  if (ext == "csv") return Format::csv;
  if (ext == "json") return Format::json;
  if (ext == "md" || ext == "markdown") return Format::md;
  if (ext == "txt") return Format::table;
  if (ext == "html" || ext == "htm") return Format::html;
  return std::nullopt;
}

namespace {

/// `t` with two last columns when the run has a reporting currency (SPEC section 9): the
/// data formats have no footer, so every row says what currency it is in and the plan rates
/// the run used ("EUR 1.085 (2026); UAH 0.0241 (2026)").
Table with_currency_columns(const Table& t, const Context& c) {
  std::vector<Column> columns = t.columns();
  columns.push_back(column("reporting_currency", CellKind::text));
  columns.push_back(column("fx_rates", CellKind::text));
  std::string rates;
  for (const FxRate& r : c.rates)
    rates += fmt::format("{}{} {} ({})", rates.empty() ? "" : "; ", r.currency, rate_text(r.rate),
                         r.fiscal_year);
  Table out(t.title(), columns);
  for (const Row& row : t.rows()) {
    std::vector<NamedCell> cells;
    for (std::size_t i = 0; i < row.cells.size(); ++i)
      cells.push_back({columns[i].name, row.cells[i]});
    cells.push_back({"reporting_currency", c.currency});
    cells.push_back({"fx_rates", rates});
    out.add_row(std::move(cells), row.kind);
  }
  return out;
}

} // namespace

void for_each_data_table(const Document& d,
                         const std::function<void(std::string_view, const Table&)>& f) {
  const auto give = [&](std::string_view key, const Table& t) {
    if (d.context.converted)
      f(key, with_currency_columns(t, d.context));
    else
      f(key, t);
  };
  for (const Section& s : d.sections) {
    if (const Table* t = std::get_if<Table>(&s.body)) give(s.key, *t);
    if (const FindingList* l = std::get_if<FindingList>(&s.body))
      give(s.key, findings_table(l->findings));
  }
}

std::string join_human_sections(const Document& d, const std::string& heading,
                                const std::function<void(const Section&, TextOut&)>& render_section,
                                const std::string& footer, const TextOut::Sink& sink) {
  TextOut out(sink);
  out += heading;
  bool any = false;
  for (const Section& s : d.sections) {
    if (s.data_only) continue;
    if (out.size() > 0) out.separate("\n");
    const std::size_t before = out.size();
    render_section(s, out);
    any = any || out.size() > before;
  }
  if (any && !footer.empty()) {
    out.separate("\n");
    out += footer;
  }
  return out.take();
}

std::string settings_line(const Context& c) {
  if (!c.settings_file) return "";
  std::string line = c.settings_file->empty() ? "settings: defaults (no acctmgr.yaml)"
                                              : "settings: " + *c.settings_file;
  if (!c.converted) return line;
  line += "; reporting currency " + c.currency;
  for (std::size_t i = 0; i < c.rates.size(); ++i)
    line += fmt::format("{} {} {} ({})", i == 0 ? ", plan rates:" : ",", c.rates[i].currency,
                        rate_text(c.rates[i].rate), c.rates[i].fiscal_year);
  return line;
}

void for_each_finding(const Document& d, const char* format,
                      const std::function<void(const Finding&)>& f) {
  for (const Section& s : d.sections) {
    const FindingList* list = std::get_if<FindingList>(&s.body);
    if (list == nullptr)
      throw std::logic_error(std::string("the ") + format + " format prints findings only");
    for (const Finding& finding : list->findings)
      f(finding);
  }
}

std::string render(const Document& d, Format f, const RenderOptions& o) {
  return term_of(kFormats, f).render(d, o);
}

} // namespace acctmgr
