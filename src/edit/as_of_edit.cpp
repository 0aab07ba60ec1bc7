#include "edit/as_of_edit.hpp"

#include "read/scalars.hpp"
#include "read/schema.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"
#include "read/yaml_tree.hpp"

#include <optional>

namespace acctmgr::portfolio_edit {
namespace {

using yaml_edit::Edit;
using yaml_edit::EditError;

/// The key node of the top-level `key`, or nullptr.
const YamlNode* top_level_key(const YamlTree& tree, std::string_view key) {
  const YamlNode* found = nullptr;
  tree.for_each_pair(tree.root(), [&](const YamlNode& k, const YamlNode&) {
    if (!found && k.kind == NodeKind::scalar && k.text == key) found = &k;
  });
  return found;
}

/// The edit of the text without its BOM, if any.
std::optional<Edit> body_edit(std::string_view body, Month month) {
  const SourceText source(body, "edit");
  Problems problems(source);
  // The clients are handed over and forgotten as they are parsed: only the top level is
  // kept, so that a close of a file of 10,000 clients holds a few nodes.
  const StreamedList clients{"clients", [](const YamlTree&, const YamlNode&) {}};
  const std::optional<YamlTree> tree = parse_yaml(source, problems, max_nesting, &clients);
  if (!tree || !problems.empty()) throw EditError("the file does not parse");
  if (tree->root().kind != NodeKind::mapping) throw EditError("the file is not a mapping");
  const std::string text = to_string(month);
  if (const YamlNode* key = top_level_key(*tree, "as_of")) {
    const YamlNode& value = tree->at(key->next);
    if (value.kind == NodeKind::null) return yaml_edit::fill_null_value(body, *key, text);
    if (value.kind != NodeKind::scalar || value.style == ScalarStyle::block)
      throw EditError("as_of is not a month");
    if (parse_month(value.text).value == month) return std::nullopt; // as the loader reads it
    return yaml_edit::replace_scalar_keeping_quotes(body, value, text);
  }
  const YamlNode* currency = top_level_key(*tree, "currency");
  if (!currency) throw EditError("the file has no currency: to place as_of after");
  return yaml_edit::insert_entry_after(body, *tree, tree->root(), *currency, "as_of", text);
}

} // namespace

std::vector<Edit> as_of_edits(std::string_view text, Month month) {
  const std::string_view body = strip_bom(text);
  std::optional<Edit> edit = body_edit(body, month);
  if (!edit) return {};
  edit->offset += text.size() - body.size();
  return {std::move(*edit)};
}

std::string set_as_of(std::string_view text, Month month) {
  return yaml_edit::apply(text, as_of_edits(text, month));
}

} // namespace acctmgr::portfolio_edit
