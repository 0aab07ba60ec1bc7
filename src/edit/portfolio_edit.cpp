#include "edit/portfolio_edit.hpp"

#include "read/schema.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"

#include <algorithm>
#include <exception>
#include <fmt/format.h>
#include <unordered_map>
#include <utility>

namespace acctmgr::portfolio_edit {
namespace {

using yaml_edit::Edit;
using yaml_edit::EditError;

/// Parses a portfolio's text (without its BOM) and calls `f(tree, client, id)` for each item
/// of its `clients:` list as the parser completes it: the tree then holds that client's nodes
/// only. An exception from `f` stops the calls and is rethrown once the parser is done.
template <class F> void for_each_client(std::string_view body, F&& f) {
  const SourceText source(body, "edit");
  Problems problems(source);
  std::exception_ptr failed;
  const StreamedList clients{"clients", [&](const YamlTree& tree, const YamlNode& c) {
                               const YamlNode* id = yaml_edit::find_value(tree, c, "id");
                               if (failed || !id || id->kind != NodeKind::scalar) return;
                               try {
                                 f(tree, c, id->text);
                               } catch (...) {
                                 failed = std::current_exception();
                               }
                             }};
  const auto parsed = parse_yaml(source, problems, max_nesting, &clients);
  if (failed) std::rethrow_exception(failed);
  if (!parsed || !problems.empty()) throw EditError("the file does not parse");
}

/// The key node of `key` in `mapping`, or nullptr.
const YamlNode* key_node(const YamlTree& tree, const YamlNode& mapping, std::string_view key) {
  const YamlNode* found = nullptr;
  tree.for_each_pair(mapping, [&](const YamlNode& k, const YamlNode&) {
    if (!found && k.kind == NodeKind::scalar && k.text == key) found = &k;
  });
  return found;
}

EditError no_client(std::string_view id) {
  return EditError(fmt::format("no client '{}' in the file", id));
}

/// Refuses a text that does not hold `s` as its caller saw it.
void check_held(const MonthSet& s, bool held) {
  if (s.held && *s.held != held)
    throw EditError(fmt::format("{} {} of '{}' {} when the file was read, and {} now: the file "
                                "changed meanwhile; nothing was written, run the command again",
                                s.key, to_string(s.month), s.client,
                                *s.held ? "was there" : "was not there",
                                held ? "it is" : "it is not"));
}

/// The months of one client and key to set, in month order.
struct KeySets {
  std::string_view key;
  std::vector<const MonthSet*> sets;
};

/// `{m1: a, m2: b}`.
std::string months_mapping(const std::vector<const MonthSet*>& sets) {
  std::string out = "{";
  for (const MonthSet* s : sets)
    out += fmt::format("{}{}: {}", out.size() > 1 ? ", " : "", to_string(s->month),
                       amount_text(s->amount));
  return out + "}";
}

/// The edits of one client's `k.key` mapping: `inner` for edits inside the client's existing
/// keys, `outer` for a key added after them (at one offset, the inner ones come first, as
/// they would when set one at a time: a new month of the last key stays in its mapping).
void key_edits(std::string_view body, const YamlTree& tree, const YamlNode& client,
               const KeySets& k, std::vector<Edit>& inner, std::vector<Edit>& outer) {
  const YamlNode* key = key_node(tree, client, k.key);
  if (!key || tree.at(key->next).kind == NodeKind::null) {
    for (const MonthSet* s : k.sets)
      check_held(*s, false);
    const std::string mapping = months_mapping(k.sets);
    if (key)
      inner.push_back(yaml_edit::fill_null_value(body, *key, mapping));
    else
      outer.push_back(yaml_edit::insert_entry(body, tree, client, nullptr, k.key, mapping));
    return;
  }
  const YamlNode& map = tree.at(key->next);
  if (map.kind != NodeKind::mapping) throw EditError(fmt::format("'{}' is not a mapping", k.key));
  // The months the mapping holds, in the file's order, with their key nodes.
  std::vector<std::pair<Month, const YamlNode*>> held;
  tree.for_each_pair(map, [&](const YamlNode& mk, const YamlNode&) {
    const std::optional<Month> m = Month::parse(mk.text);
    if (!m) throw EditError(fmt::format("'{}' is not a month", mk.text));
    held.emplace_back(*m, &mk);
  });
  bool into_empty = held.empty(); // `{}`: its first entry needs no comma
  for (const MonthSet* s : k.sets) {
    const std::string value = amount_text(s->amount);
    const YamlNode* same = nullptr;
    const YamlNode* before = nullptr; // the first key after the month, as one at a time
    for (const auto& [m, mk] : held) {
      if (m == s->month) same = mk;
      if (m > s->month && !before) before = mk;
    }
    check_held(*s, same != nullptr);
    if (same) {
      inner.push_back(yaml_edit::replace_scalar(body, tree.at(same->next), value));
    } else if (held.empty() && !into_empty) {
      inner.push_back(
          Edit{map.offset + 1u, 0, fmt::format(", {}: {}", to_string(s->month), value)});
    } else {
      inner.push_back(yaml_edit::insert_entry(body, tree, map, before, to_string(s->month), value));
      into_empty = false;
    }
  }
}

/// Moves edits of the text without its BOM onto the whole text.
std::vector<Edit> past_bom(std::vector<Edit> edits, std::size_t bom) {
  for (Edit& e : edits)
    e.offset += bom;
  return edits;
}

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

std::vector<Edit> month_edits(std::string_view text, const std::vector<MonthSet>& sets) {
  const std::string_view body = strip_bom(text);
  // Each client's keys in the order first set, each key's months in month order.
  std::unordered_map<std::string_view, std::vector<KeySets>> wanted;
  for (const MonthSet& s : sets) {
    std::vector<KeySets>& keys = wanted[s.client];
    auto k =
        std::find_if(keys.begin(), keys.end(), [&](const KeySets& e) { return e.key == s.key; });
    if (k == keys.end()) k = keys.insert(keys.end(), KeySets{s.key, {}});
    k->sets.push_back(&s);
  }
  for (auto& [client, keys] : wanted)
    for (KeySets& k : keys) {
      std::stable_sort(k.sets.begin(), k.sets.end(),
                       [](const MonthSet* a, const MonthSet* b) { return a->month < b->month; });
      for (std::size_t i = 1; i < k.sets.size(); ++i)
        if (k.sets[i]->month == k.sets[i - 1]->month)
          throw EditError(
              fmt::format("{} {} of '{}' set twice", k.key, to_string(k.sets[i]->month), client));
    }
  std::vector<Edit> inner, outer;
  for_each_client(body, [&](const YamlTree& tree, const YamlNode& c, std::string_view id) {
    const auto it = wanted.find(id);
    if (it == wanted.end()) return; // not edited, or a second client with the id (as before)
    for (const KeySets& k : it->second)
      key_edits(body, tree, c, k, inner, outer);
    wanted.erase(it);
  });
  for (const MonthSet& s : sets)
    if (wanted.contains(s.client)) throw no_client(s.client);
  inner.insert(inner.end(), std::make_move_iterator(outer.begin()),
               std::make_move_iterator(outer.end()));
  std::vector<Edit> edits = past_bom(std::move(inner), text.size() - body.size());
  yaml_edit::sort_edits(edits);
  return edits;
}

std::string set_month(std::string_view text, std::string_view client, std::string_view key,
                      Month month, Money amount) {
  const std::vector<MonthSet> one{
      {std::string(client), std::string(key), month, amount, std::nullopt}};
  return yaml_edit::apply(text, month_edits(text, one));
}

std::vector<std::optional<std::size_t>> month_offsets(std::string_view text,
                                                      const std::vector<MonthKey>& months) {
  std::vector<std::optional<std::size_t>> at(months.size());
  std::unordered_map<std::string_view, std::vector<std::size_t>> wanted; // client -> indexes
  for (std::size_t i = 0; i < months.size(); ++i)
    wanted[months[i].client].push_back(i);
  for_each_client(strip_bom(text),
                  [&](const YamlTree& tree, const YamlNode& c, std::string_view id) {
                    const auto it = wanted.find(id);
                    if (it == wanted.end()) return;
                    for (const std::size_t i : it->second) {
                      const YamlNode* map = yaml_edit::find_value(tree, c, months[i].key);
                      if (map && map->kind == NodeKind::mapping)
                        tree.for_each_pair(*map, [&](const YamlNode& mk, const YamlNode& mv) {
                          if (Month::parse(mk.text) == months[i].month) at[i] = mv.offset;
                        });
                    }
                    wanted.erase(it);
                  });
  for (const MonthKey& m : months)
    if (wanted.contains(m.client)) throw no_client(m.client);
  return at;
}

std::optional<std::size_t> month_offset(std::string_view text, std::string_view client,
                                        std::string_view key, Month month) {
  return month_offsets(text, {{std::string(client), std::string(key), month}}).front();
}

Edit activity_edit(std::string_view text, std::string_view client,
                   const yaml_edit::Fields& fields) {
  const std::string_view body = strip_bom(text);
  std::optional<Edit> edit;
  for_each_client(body, [&](const YamlTree& tree, const YamlNode& c, std::string_view id) {
    if (edit || id != client) return;
    const YamlNode* k = key_node(tree, c, "activity");
    if (!k) {
      edit = yaml_edit::add_list_entry(body, tree, c, "activity", fields);
      return;
    }
    const YamlNode& list = tree.at(k->next);
    if (list.kind == NodeKind::null)
      edit = yaml_edit::fill_null_value(body, *k, "[" + yaml_edit::flow_mapping(fields) + "]");
    else if (list.kind != NodeKind::sequence)
      throw EditError("'activity' is not a list");
    else
      edit = yaml_edit::append_item(body, tree, list, fields);
  });
  if (!edit) throw no_client(client);
  edit->offset += text.size() - body.size();
  return *edit;
}

std::string append_activity(std::string_view text, std::string_view client,
                            const yaml_edit::Fields& fields) {
  return yaml_edit::apply(text, activity_edit(text, client, fields));
}

} // namespace acctmgr::portfolio_edit
