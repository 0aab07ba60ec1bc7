#include "edit/portfolio_edit.hpp"

#include "read/schema.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"

#include <fmt/format.h>

namespace acctmgr::portfolio_edit {
namespace {

using yaml_edit::EditError;

/// A portfolio's text without its BOM, parsed.
struct Parsed {
  std::string_view bom;
  std::string_view body;
  SourceText source;
  Problems problems;
  YamlTree tree;

  explicit Parsed(std::string_view text)
      : bom(text.substr(0, text.size() - strip_bom(text).size())), body(strip_bom(text)),
        source(body, "edit"), problems(source) {
    auto parsed = parse_yaml(source, problems, max_nesting);
    if (!parsed || !problems.empty()) throw EditError("the file does not parse");
    tree = std::move(*parsed);
  }

  std::string with(const yaml_edit::Edit& e) const {
    return std::string(bom) + yaml_edit::apply(body, e);
  }

  /// The mapping of the client whose id is `id`.
  const YamlNode& client(std::string_view id) const {
    const YamlNode* clients = yaml_edit::find_value(tree, tree.root(), "clients");
    const YamlNode* found = nullptr;
    if (clients && clients->kind == NodeKind::sequence)
      tree.for_each_child(*clients, [&](const YamlNode& c) {
        const YamlNode* v = yaml_edit::find_value(tree, c, "id");
        if (!found && v && v->kind == NodeKind::scalar && v->text == id) found = &c;
      });
    if (!found) throw EditError(fmt::format("no client '{}' in the file", id));
    return *found;
  }

  /// The key node of `key` in `mapping`, or nullptr.
  const YamlNode* key_node(const YamlNode& mapping, std::string_view key) const {
    const YamlNode* found = nullptr;
    tree.for_each_pair(mapping, [&](const YamlNode& k, const YamlNode&) {
      if (!found && k.kind == NodeKind::scalar && k.text == key) found = &k;
    });
    return found;
  }
};

} // namespace

std::string amount_text(Money m) {
  const std::string plain = to_string(m); // "1234.50"
  return m.cents() % 100 == 0 ? plain.substr(0, plain.size() - 3) : plain;
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\t') {
      out += "\\t";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string set_month(std::string_view text, std::string_view client, std::string_view key,
                      Month month, Money amount) {
  const Parsed p(text);
  const YamlNode& c = p.client(client);
  const std::string value = amount_text(amount);
  const std::string entry_key = to_string(month);
  const YamlNode* k = p.key_node(c, key);
  if (!k) {
    const std::string mapping = fmt::format("{{{}: {}}}", entry_key, value);
    return p.with(yaml_edit::insert_entry(p.body, p.tree, c, nullptr, key, mapping));
  }
  const YamlNode& map = p.tree.at(k->next);
  if (map.kind == NodeKind::null)
    return p.with(
        yaml_edit::fill_null_value(p.body, *k, fmt::format("{{{}: {}}}", entry_key, value)));
  if (map.kind != NodeKind::mapping) throw EditError(fmt::format("'{}' is not a mapping", key));
  const YamlNode* before = nullptr;
  const YamlNode* same = nullptr;
  p.tree.for_each_pair(map, [&](const YamlNode& mk, const YamlNode& mv) {
    const std::optional<Month> m = Month::parse(mk.text);
    if (!m) throw EditError(fmt::format("'{}' is not a month", mk.text));
    if (*m == month) same = &mv;
    if (*m > month && !before) before = &mk;
  });
  if (same) return p.with(yaml_edit::replace_scalar(p.body, *same, value));
  return p.with(yaml_edit::insert_entry(p.body, p.tree, map, before, entry_key, value));
}

std::optional<std::size_t> month_offset(std::string_view text, std::string_view client,
                                        std::string_view key, Month month) {
  const Parsed p(text);
  const YamlNode* map = yaml_edit::find_value(p.tree, p.client(client), key);
  std::optional<std::size_t> at;
  if (map && map->kind == NodeKind::mapping)
    p.tree.for_each_pair(*map, [&](const YamlNode& mk, const YamlNode& mv) {
      if (Month::parse(mk.text) == month) at = mv.offset;
    });
  return at;
}

std::string append_activity(std::string_view text, std::string_view client,
                            const yaml_edit::Fields& fields) {
  const Parsed p(text);
  const YamlNode& c = p.client(client);
  const YamlNode* k = p.key_node(c, "activity");
  if (!k) return p.with(yaml_edit::add_list_entry(p.body, p.tree, c, "activity", fields));
  const YamlNode& list = p.tree.at(k->next);
  if (list.kind == NodeKind::null)
    return p.with(
        yaml_edit::fill_null_value(p.body, *k, "[" + yaml_edit::flow_mapping(fields) + "]"));
  if (list.kind != NodeKind::sequence) throw EditError("'activity' is not a list");
  return p.with(yaml_edit::append_item(p.body, p.tree, list, fields));
}

} // namespace acctmgr::portfolio_edit
