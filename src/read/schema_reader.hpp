#pragma once

#include "model/portfolio.hpp"
#include "read/scalars.hpp"
#include "read/schema_keys.hpp"
#include "read/yaml_tree.hpp"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// Typed access to tree nodes: each accessor reports a problem at the node and returns
/// nullopt when the value is not what the schema wants. Invalid nodes were already
/// reported and stay silent.
class SchemaReader {
public:
  SchemaReader(const YamlTree& tree, Problems& problems) : tree_(tree), problems_(problems) {}

  const YamlTree& tree() const { return tree_; }
  Problems& problems() { return problems_; }
  const std::string& file() const { return problems_.source().file(); }
  void error(const YamlNode& at, std::string message) {
    problems_.error(at.offset, std::move(message));
  }
  SourcePos position(const YamlNode& n) const { return problems_.source().position(n.offset); }

  /// True for a mapping; else reports "expected a mapping". A null counts as an empty
  /// mapping when `null_ok`.
  bool mapping(const YamlNode& n, bool null_ok = true);
  /// True for a sequence (or null when `null_ok`), else reports "expected a list".
  bool sequence(const YamlNode& n, bool null_ok = true);
  /// Non-empty text without control characters (line feeds allowed when `multiline`).
  std::optional<std::string> text(const YamlNode& n, bool multiline = false);
  /// A scalar checked by a parser from scalars.hpp, e.g. scalar(n, parse_amount).
  template <class T>
  std::optional<T> scalar(const YamlNode& n, Parsed<T> (*parse)(std::string_view, bool)) {
    if (!is_scalar(n, "a number")) return std::nullopt;
    return report(n, parse(n.text, n.style != ScalarStyle::plain));
  }
  /// A scalar checked by a parser that takes only the text (months, dates, years).
  template <class T>
  std::optional<T> scalar(const YamlNode& n, Parsed<T> (*parse)(std::string_view),
                          const char* what) {
    if (!is_scalar(n, what)) return std::nullopt;
    return report(n, parse(n.text));
  }
  std::optional<int> whole(const YamlNode& n, int lo, int hi);
  /// One of the vocabulary's spellings, as its value; else "unknown WHAT (did you mean ...)".
  template <class T, std::size_t N>
  std::optional<decltype(T::value)> choice(const YamlNode& n, const std::array<T, N>& terms,
                                           const char* what) {
    std::array<std::string_view, N> names;
    for (std::size_t i = 0; i < N; ++i)
      names[i] = terms[i].name;
    const auto i = choice_index(n, names, what);
    if (!i) return std::nullopt;
    return terms[*i].value;
  }
  /// One of `names` (index into it), else "unknown WHAT ...".
  std::optional<std::size_t>
  choice_index(const YamlNode& n, std::span<const std::string_view> names, const char* what);

  /// True when n is a scalar; else reports "expected WHAT, not ...".
  bool is_scalar(const YamlNode& n, const char* what);
  /// "a mapping", "a list", "nothing", "a quoted string", "'text'": for messages.
  static std::string describe(const YamlNode& n);

private:
  template <class T> std::optional<T> report(const YamlNode& n, Parsed<T> p) {
    if (!p) error(n, std::move(p.error));
    return std::move(p.value);
  }
  const YamlTree& tree_;
  Problems& problems_;
};

/// The entries of one mapping by key; keys not in `known` (a table of schema_keys.hpp) are
/// reported (with a "did you mean" hint) as soon as it is built. Asking for a key the table
/// does not have, or requiring one it does not mark required, is a bug: std::logic_error.
class Fields {
public:
  Fields(SchemaReader& reader, const YamlNode& map, std::span<const Key> known);

  /// The value under `key`, or nullptr.
  const YamlNode* get(std::string_view key) const;
  /// The key node itself (for positions), or nullptr.
  const YamlNode* key_node(std::string_view key) const;
  /// The value under `key`; reports "missing required key" at the mapping when absent.
  const YamlNode* require(std::string_view key);

private:
  struct Entry {
    std::string_view key;
    const YamlNode* key_node;
    const YamlNode* value;
  };
  const Key& known(std::string_view key) const;
  SchemaReader& reader_;
  const YamlNode& map_;
  std::span<const Key> known_;
  std::vector<Entry> entries_;
};

/// The closest of `candidates` to `word` if it is a likely typo, else empty.
std::string_view closest(std::string_view word, std::span<const std::string_view> candidates);

} // namespace acctmgr
