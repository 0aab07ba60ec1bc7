#include "edit/portfolio_edit.hpp"

#include "read/schema.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"

#include <algorithm>
#include <exception>
#include <fmt/format.h>
#include <stdexcept>
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

// The text of a new entry, made once for each place by yaml_edit with these in place of the
// month and the amount (or the whole mapping), which no YAML text the editor writes holds.
constexpr char month_mark = '\x01';
constexpr char value_mark = '\x02';

/// `made` with its marks replaced by `month` and `value`.
std::string filled(std::string_view made, std::string_view month, std::string_view value) {
  std::string out;
  out.reserve(made.size() + month.size() + value.size());
  for (const char c : made)
    if (c == month_mark)
      out += month;
    else if (c == value_mark)
      out += value;
    else
      out += c;
  return out;
}

/// The layout of `key` in `client`: its state and, for a mapping, every month with the text of
/// a new entry before it, and a new entry's place after them. What the editor cannot do there
/// (a block scalar last, a key that is no month) is kept as a message for when it is asked.
MonthLayout::Key key_layout(std::string_view body, const YamlTree& tree, const YamlNode& client,
                            std::string_view key) {
  using State = MonthLayout::Key::State;
  MonthLayout::Key out;
  const std::string month_text(1, month_mark), value_text(1, value_mark);
  const YamlNode* k = key_node(tree, client, key);
  try {
    if (!k) {
      out.state = State::missing;
      out.add = yaml_edit::insert_entry(body, tree, client, nullptr, key, value_text);
      return out;
    }
    const YamlNode& value = tree.at(k->next);
    if (value.kind == NodeKind::null) {
      out.state = State::null;
      out.add = yaml_edit::fill_null_value(body, *k, value_text);
      return out;
    }
    if (value.kind != NodeKind::mapping) {
      out.state = State::other;
      return out;
    }
    out.state = State::mapping;
    tree.for_each_pair(value, [&](const YamlNode& mk, const YamlNode& mv) {
      const std::optional<Month> m = Month::parse(mk.text);
      if (!m) {
        if (out.not_month.empty()) out.not_month = fmt::format("'{}' is not a month", mk.text);
        return;
      }
      const bool plain = mv.kind == NodeKind::scalar && mv.style == ScalarStyle::plain;
      out.held.push_back({*m, mk.offset, mv.offset,
                          plain ? static_cast<std::uint32_t>(mv.text.size()) : 0u, plain});
      std::string before =
          yaml_edit::insert_entry(body, tree, value, &mk, month_text, value_text).text;
      if (out.held.size() == 1)
        out.before = std::move(before);
      else if (before != out.before)
        out.before_at.emplace_back(mk.offset, std::move(before));
    });
    out.add = yaml_edit::insert_entry(body, tree, value, nullptr, month_text, value_text);
  } catch (const EditError& e) {
    out.cannot = e.what();
  }
  return out;
}

/// The edits of one client's `k.key`, from its layout: `inner` for edits inside the client's
/// existing keys, `outer` for a key added after them (at one offset, the inner ones come first,
/// as they would when set one at a time: a new month of the last key stays in its mapping).
void key_edits(const MonthLayout::Key& layout, const KeySets& k, std::vector<Edit>& inner,
               std::vector<Edit>& outer) {
  using State = MonthLayout::Key::State;
  if (layout.state == State::other) throw EditError(fmt::format("'{}' is not a mapping", k.key));
  if (layout.state != State::mapping) {
    for (const MonthSet* s : k.sets)
      check_held(*s, false);
    if (!layout.add) throw EditError(layout.cannot);
    (layout.state == State::null ? inner : outer)
        .push_back(
            Edit{layout.add->offset, 0, filled(layout.add->text, "", months_mapping(k.sets))});
    return;
  }
  if (!layout.not_month.empty()) throw EditError(layout.not_month);
  bool into_empty = layout.held.empty(); // `{}`: its first entry needs no comma
  for (const MonthSet* s : k.sets) {
    const std::string month = to_string(s->month), value = amount_text(s->amount);
    const MonthLayout::Held* same = nullptr;
    const MonthLayout::Held* before = nullptr; // the first key after the month, as one at a time
    for (const MonthLayout::Held& h : layout.held) {
      if (h.month == s->month) same = &h;
      if (h.month > s->month && !before) before = &h;
    }
    check_held(*s, same != nullptr);
    if (same) {
      if (!same->plain) throw EditError("only a plain scalar is replaced");
      inner.push_back(Edit{same->value_offset, same->value_length, value});
    } else if (before) {
      std::string_view made = layout.before;
      for (const auto& [at, own] : layout.before_at)
        if (at == before->key_offset) made = own;
      inner.push_back(Edit{before->key_offset, 0, filled(made, month, value)});
    } else if (layout.held.empty() && !into_empty) {
      inner.push_back(Edit{layout.add->offset, 0, fmt::format(", {}: {}", month, value)});
    } else {
      if (!layout.add) throw EditError(layout.cannot);
      inner.push_back(Edit{layout.add->offset, 0, filled(layout.add->text, month, value)});
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

MonthLayout::MonthLayout(std::string_view text, const std::vector<std::string>& keys)
    : bom_(text.size() - strip_bom(text).size()), keys_(keys) {
  const std::string_view body = text.substr(bom_);
  for_each_client(body, [&](const YamlTree& tree, const YamlNode& c, std::string_view id) {
    // A second client with one id (the loader refuses it) is left alone, as it always was.
    auto [at, added] = clients_.try_emplace(std::string(id));
    if (!added) return;
    for (const std::string& key : keys_)
      at->second.push_back(key_layout(body, tree, c, key));
  });
}

std::vector<Edit> MonthLayout::edits(const std::vector<MonthSet>& sets) const {
  // Each client's keys in the order first set, each key's months in month order.
  std::unordered_map<std::string_view, std::vector<KeySets>> wanted;
  std::vector<std::string_view> order; // the clients, as first set
  for (const MonthSet& s : sets) {
    auto [client, added] = wanted.try_emplace(s.client);
    if (added) order.push_back(s.client);
    std::vector<KeySets>& keys = client->second;
    auto k =
        std::find_if(keys.begin(), keys.end(), [&](const KeySets& e) { return e.key == s.key; });
    if (k == keys.end()) k = keys.insert(keys.end(), KeySets{s.key, {}});
    k->sets.push_back(&s);
  }
  std::vector<Edit> inner, outer;
  for (const std::string_view id : order) {
    const auto client = clients_.find(std::string(id));
    if (client == clients_.end()) throw no_client(id);
    for (KeySets& k : wanted[id]) {
      std::stable_sort(k.sets.begin(), k.sets.end(),
                       [](const MonthSet* a, const MonthSet* b) { return a->month < b->month; });
      for (std::size_t i = 1; i < k.sets.size(); ++i)
        if (k.sets[i]->month == k.sets[i - 1]->month)
          throw EditError(
              fmt::format("{} {} of '{}' set twice", k.key, to_string(k.sets[i]->month), id));
      const auto key = std::find(keys_.begin(), keys_.end(), k.key);
      if (key == keys_.end())
        throw std::logic_error(fmt::format("key '{}' is not in the layout", k.key));
      key_edits(client->second[static_cast<std::size_t>(key - keys_.begin())], k, inner, outer);
    }
  }
  inner.insert(inner.end(), std::make_move_iterator(outer.begin()),
               std::make_move_iterator(outer.end()));
  std::vector<Edit> edits = past_bom(std::move(inner), bom_);
  yaml_edit::sort_edits(edits);
  return edits;
}

std::vector<std::optional<std::size_t>>
MonthLayout::offsets(const std::vector<MonthKey>& months) const {
  std::vector<std::optional<std::size_t>> at;
  for (const MonthKey& m : months) {
    const auto client = clients_.find(m.client);
    if (client == clients_.end()) throw no_client(m.client);
    const auto key = std::find(keys_.begin(), keys_.end(), m.key);
    if (key == keys_.end())
      throw std::logic_error(fmt::format("key '{}' is not in the layout", m.key));
    at.emplace_back();
    for (const Held& h : client->second[static_cast<std::size_t>(key - keys_.begin())].held)
      if (h.month == m.month) at.back() = h.value_offset;
  }
  return at;
}

namespace {

/// The keys of `items`, each once, in the order met.
template <class Items> std::vector<std::string> keys_of(const Items& items) {
  std::vector<std::string> keys;
  for (const auto& item : items)
    if (std::find(keys.begin(), keys.end(), item.key) == keys.end()) keys.push_back(item.key);
  return keys;
}

} // namespace

std::vector<Edit> month_edits(std::string_view text, const std::vector<MonthSet>& sets) {
  return MonthLayout(text, keys_of(sets)).edits(sets);
}

std::string set_month(std::string_view text, std::string_view client, std::string_view key,
                      Month month, Money amount) {
  const std::vector<MonthSet> one{
      {std::string(client), std::string(key), month, amount, std::nullopt}};
  return yaml_edit::apply(text, month_edits(text, one));
}

std::vector<std::optional<std::size_t>> month_offsets(std::string_view text,
                                                      const std::vector<MonthKey>& months) {
  return MonthLayout(text, keys_of(months)).offsets(months);
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
