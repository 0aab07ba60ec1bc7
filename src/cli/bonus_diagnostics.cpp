#include "cli/bonus_diagnostics.hpp"

#include "read/schema.hpp"
#include "read/schema_reader.hpp"
#include "read/source_check.hpp"
#include "read/yaml_tree.hpp"
#include "reports/bonus.hpp"
#include "text/utf8.hpp"

#include <fstream>
#include <iterator>

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

Diagnostic bonus_diagnostic(const std::string& file, const BonusProblem& problem) {
  Diagnostic d{file, problem.pos.line, problem.pos.column, problem.message, {}};
  if (file == "-" || problem.pos.line <= 0) return d;
  std::ifstream in(file, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const SourceText source(strip_bom(bytes), file);
  if (source.line_text(problem.pos.line).empty()) return d; // changed since it was read
  std::size_t offset = offset_of(source, problem.pos);
  if (!problem.key.empty())
    if (auto at = top_level_key(source, problem.key)) offset = *at;
  const SourcePos pos = source.position(offset);
  d.line = pos.line;
  d.column = pos.column;
  d.source_line = source.excerpt(pos.line, offset, d.excerpt_column);
  return d;
}

std::vector<Diagnostic> bonus_warnings(const std::vector<Portfolio>& portfolios) {
  std::vector<Diagnostic> out;
  for (const Portfolio& p : portfolios) {
    if (!p.bonus) continue; // no plan applies: nothing a bonus would pay, nothing to warn of
    try {
      bonus(p, default_bonus_year(p), Basis::projected);
    } catch (const BonusInputError& e) {
      for (const BonusProblem& problem : e.located()) {
        out.push_back(bonus_diagnostic(e.file(), problem));
        out.back().warning = true;
      }
    }
  }
  return out;
}

} // namespace acctmgr::cli
