#include "cli/located_diagnostic.hpp"

#include "read/schema.hpp"
#include "read/schema_reader.hpp"
#include "read/source_check.hpp"
#include "read/yaml_tree.hpp"
#include "text/utf8.hpp"

#include <fstream>
#include <iterator>
#include <optional>

namespace acctmgr::cli {
namespace {

/// The position of the top-level `key` of the file, if it has one.
std::optional<std::size_t> top_level_key(const SourceText& source, std::string_view key) {
  Problems ignored(source); // the file was read without problems a moment ago
  const auto tree = parse_yaml(source, ignored, max_nesting);
  if (!tree || tree->root().kind != NodeKind::mapping) return std::nullopt;
  std::optional<std::size_t> at;
  tree->for_each_pair(tree->root(), [&](const YamlNode& k, const YamlNode&) {
    if (!at && k.kind == NodeKind::scalar && k.text == key) at = k.offset;
  });
  return at;
}

/// The byte offset of a 1-based line and column (in characters).
std::size_t offset_of(const SourceText& source, SourcePos pos) {
  const std::string_view line = source.line_text(pos.line);
  std::size_t offset = 0;
  for (int chars = 1; chars < pos.column && offset < line.size(); ++chars)
    offset = utf8::next_char(line, offset);
  return static_cast<std::size_t>(line.data() - source.text().data()) + offset;
}

} // namespace

Diagnostic located_diagnostic(const std::string& file, SourcePos pos, std::string message,
                              std::string_view key) {
  Diagnostic d{file, pos.line, pos.column, std::move(message), {}};
  if (file == "-" || pos.line <= 0) return d;
  std::ifstream in(file, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const SourceText source(strip_bom(bytes), file);
  if (source.line_text(pos.line).empty()) return d; // changed since it was read
  std::size_t offset = offset_of(source, pos);
  if (!key.empty())
    if (auto at = top_level_key(source, key)) offset = *at;
  const SourcePos found = source.position(offset);
  d.line = found.line;
  d.column = found.column;
  d.source_line = source.excerpt(found.line, offset, d.excerpt_column);
  return d;
}

std::vector<Diagnostic>
located_diagnostics(std::string_view bytes, const std::string& file,
                    const std::vector<std::pair<SourcePos, std::string>>& problems) {
  const SourceText source(strip_bom(bytes), file);
  Problems out(source);
  for (const auto& [pos, message] : problems) {
    const std::string_view line = source.line_text(pos.line);
    if (pos.line <= 0 || line.data() == nullptr)
      out.file_error(message);
    else
      out.error(offset_of(source, pos), message);
  }
  return out.take();
}

} // namespace acctmgr::cli
