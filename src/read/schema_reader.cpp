#include "read/schema_reader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <stdexcept>

namespace acctmgr {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      const char ca = static_cast<char>(std::tolower(static_cast<unsigned char>(a[i - 1])));
      const char cb = static_cast<char>(std::tolower(static_cast<unsigned char>(b[j - 1])));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (ca == cb ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

} // namespace

std::string_view closest(std::string_view word, std::span<const std::string_view> candidates) {
  std::string_view best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (std::string_view c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) best = c, best_distance = d;
  }
  return best;
}

std::string SchemaReader::describe(const YamlNode& n) {
  switch (n.kind) {
  case NodeKind::null:
    return "nothing";
  case NodeKind::mapping:
    return "a mapping";
  case NodeKind::sequence:
    return "a list";
  case NodeKind::invalid:
    return "an invalid value";
  case NodeKind::scalar:
    break;
  }
  if (n.style != ScalarStyle::plain) return "a quoted string";
  return n.text.size() <= 40 ? fmt::format("'{}'", n.text) : "text";
}

bool SchemaReader::mapping(const YamlNode& n, bool null_ok) {
  if (n.kind == NodeKind::mapping || (null_ok && n.kind == NodeKind::null)) return true;
  if (n.kind != NodeKind::invalid) error(n, fmt::format("expected a mapping, not {}", describe(n)));
  return false;
}

bool SchemaReader::sequence(const YamlNode& n, bool null_ok) {
  if (n.kind == NodeKind::sequence || (null_ok && n.kind == NodeKind::null)) return true;
  if (n.kind != NodeKind::invalid) error(n, fmt::format("expected a list, not {}", describe(n)));
  return false;
}

bool SchemaReader::is_scalar(const YamlNode& n, const char* what) {
  if (n.kind == NodeKind::scalar) return true;
  if (n.kind != NodeKind::invalid) error(n, fmt::format("expected {}, not {}", what, describe(n)));
  return false;
}

std::optional<std::string> SchemaReader::text(const YamlNode& n, bool multiline) {
  if (!is_scalar(n, "text")) return std::nullopt;
  if (auto problem = text_problem(n.text, multiline)) {
    error(n, std::move(*problem));
    return std::nullopt;
  }
  if (n.text.find_first_not_of(" \t\n") == std::string_view::npos) {
    error(n, "must not be empty");
    return std::nullopt;
  }
  return std::string(n.text);
}

std::optional<int> SchemaReader::whole(const YamlNode& n, int lo, int hi) {
  if (!is_scalar(n, "a whole number")) return std::nullopt;
  return report(n, parse_whole(n.text, n.style != ScalarStyle::plain, lo, hi));
}

std::optional<std::size_t> SchemaReader::choice_index(const YamlNode& n,
                                                      std::span<const std::string_view> names,
                                                      const char* what) {
  if (!is_scalar(n, what)) return std::nullopt;
  const auto it = std::find(names.begin(), names.end(), n.text);
  if (it != names.end()) return static_cast<std::size_t>(it - names.begin());
  std::string list;
  for (std::string_view name : names)
    list += fmt::format("{}{}", list.empty() ? "" : ", ", name);
  const std::string_view hint = closest(n.text, names);
  error(n, hint.empty() ? fmt::format("unknown {} '{}' (expected one of: {})", what, n.text, list)
                        : fmt::format("unknown {} '{}' (did you mean '{}'?)", what, n.text, hint));
  return std::nullopt;
}

Fields::Fields(SchemaReader& reader, const YamlNode& map, std::span<const Key> known)
    : reader_(reader), map_(map), known_(known) {
  if (map.kind != NodeKind::mapping) return;
  std::vector<std::string_view> names;
  for (const Key& k : known)
    names.push_back(k.name);
  reader.tree().for_each_pair(map, [&](const YamlNode& key, const YamlNode& value) {
    if (key.kind != NodeKind::scalar) return;
    if (std::find(names.begin(), names.end(), key.text) == names.end()) {
      const std::string_view hint = closest(key.text, names);
      reader_.error(
          key, hint.empty() ? fmt::format("unknown key '{}'", key.text)
                            : fmt::format("unknown key '{}' (did you mean '{}'?)", key.text, hint));
      return;
    }
    entries_.push_back(Entry{key.text, &key, &value});
  });
}

const Key& Fields::known(std::string_view key) const {
  for (const Key& k : known_)
    if (k.name == key) return k;
  throw std::logic_error(fmt::format("the loader reads '{}', a key missing from its table", key));
}

const YamlNode* Fields::get(std::string_view key) const {
  known(key);
  for (const Entry& e : entries_)
    if (e.key == key) return e.value;
  return nullptr;
}

const YamlNode* Fields::key_node(std::string_view key) const {
  for (const Entry& e : entries_)
    if (e.key == key) return e.key_node;
  return nullptr;
}

const YamlNode* Fields::require(std::string_view key) {
  if (known(key).need != Need::required)
    throw std::logic_error(fmt::format("the loader requires '{}', optional in its table", key));
  if (const YamlNode* v = get(key)) return v;
  if (map_.kind == NodeKind::mapping)
    reader_.error(map_, fmt::format("missing required key '{}'", key));
  return nullptr;
}

} // namespace acctmgr
