#include "io/render.hpp"

#include <algorithm>
#include <stdexcept>

namespace acctmgr {

std::optional<Format> format_for_path(std::string_view path) {
  // The extension belongs to the last path component: "out.d/report" has none.
  const std::size_t slash = path.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  std::string ext(base.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  if (ext == "csv") return Format::csv;
  if (ext == "json") return Format::json;
  if (ext == "md" || ext == "markdown") return Format::md;
  if (ext == "txt") return Format::table;
  return std::nullopt;
}

void for_each_data_table(const Document& d,
                         const std::function<void(std::string_view, const Table&)>& f) {
  for (const Section& s : d.sections) {
    if (const Table* t = std::get_if<Table>(&s.body)) f(s.key, *t);
    if (const FindingList* l = std::get_if<FindingList>(&s.body))
      f(s.key, findings_table(l->findings));
  }
}

std::string join_human_sections(const Document& d, std::string heading,
                                const std::function<std::string(const Section&)>& render_section,
                                const std::string& footer) {
  std::string out = std::move(heading);
  bool any = false;
  for (const Section& s : d.sections) {
    if (s.data_only) continue;
    const std::string part = render_section(s);
    if (part.empty()) continue;
    out += (out.empty() ? "" : "\n") + part;
    any = true;
  }
  if (any && !footer.empty()) out += "\n" + footer;
  return out;
}

std::string settings_line(const Context& c) {
  if (!c.settings_file) return "";
  return c.settings_file->empty() ? "settings: defaults (no acctmgr.yaml)"
                                  : "settings: " + *c.settings_file;
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
