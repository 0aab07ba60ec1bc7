#include "io/render.hpp"

#include <algorithm>
#include <stdexcept>

namespace acctmgr {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::table;
  if (name == "csv") return Format::csv;
  if (name == "json") return Format::json;
  if (name == "md") return Format::md;
  return std::nullopt;
}

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

std::string render(const Table& t, Format f, bool color) {
  switch (f) {
  case Format::table:
    return render_table(t, color);
  case Format::csv:
    return render_csv(t);
  case Format::json:
    return render_json(t);
  case Format::md:
    return render_md(t);
  }
  throw std::invalid_argument("unknown output format");
}

} // namespace acctmgr
