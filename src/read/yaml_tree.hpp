#pragma once

#include "read/source_text.hpp"

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// `invalid` marks a node whose problem was already reported: the schema skips it silently.
enum class NodeKind : std::uint8_t { null, scalar, mapping, sequence, invalid };
enum class ScalarStyle : std::uint8_t { plain, quoted, block };

/// One node of the compact tree: 32 bytes, scalar text viewing the source where possible.
struct YamlNode {
  static constexpr std::uint32_t none = UINT32_MAX;
  std::string_view text;            ///< a scalar's value (escapes resolved)
  std::uint32_t offset = 0;         ///< byte offset in the source (a null value: its key's)
  std::uint32_t first_child = none; ///< mappings: key, value, key, value, ...
  std::uint32_t next = none;        ///< next sibling
  NodeKind kind = NodeKind::null;
  ScalarStyle style = ScalarStyle::plain;
};

/// A parsed YAML document restricted to what acctmgr accepts, with byte positions.
class YamlTree {
public:
  const YamlNode& root() const { return nodes_.front(); }
  const YamlNode& at(std::uint32_t index) const { return nodes_[index]; }
  std::size_t node_count() const { return nodes_.size(); }

  /// Calls f(child) for each child of a sequence (or each key and value of a mapping).
  template <class F> void for_each_child(const YamlNode& n, F&& f) const {
    for (std::uint32_t i = n.first_child; i != YamlNode::none; i = nodes_[i].next)
      f(nodes_[i]);
  }
  /// Children of a sequence, or keys and values of a mapping: to size a vector once.
  std::size_t child_count(const YamlNode& n) const {
    std::size_t count = 0;
    for (std::uint32_t i = n.first_child; i != YamlNode::none; i = nodes_[i].next)
      ++count;
    return count;
  }
  /// Calls f(key, value) for each entry of a mapping.
  template <class F> void for_each_pair(const YamlNode& n, F&& f) const {
    for (std::uint32_t i = n.first_child; i != YamlNode::none;) {
      const YamlNode& key = nodes_[i];
      const YamlNode& value = nodes_[key.next];
      f(key, value);
      i = value.next;
    }
  }

private:
  friend class TreeBuilder;
  std::vector<YamlNode> nodes_;
  std::deque<std::string> arena_; ///< scalars that differ from their source bytes
};

/// The items of one top-level list handed over one at a time, as soon as each is complete,
/// and then forgotten by the tree: a portfolio's clients are read into the model while the
/// parser goes on, so that memory holds one client's nodes, never the whole document's. The
/// list is the value of the first `key:` of the top-level mapping, when that is a list (in the
/// tree it is then an empty list).
struct StreamedList {
  std::string_view key;
  std::function<void(const YamlTree&, const YamlNode& item)> item;
};

/// Parses the single YAML document of `source` with yaml-cpp's event API, refusing anchors,
/// aliases, explicit tags, merge keys, duplicate keys, multi-line plain scalars, unclosed
/// quotes, a second document and nesting deeper than `max_depth` collections. Reports each
/// problem; returns nullopt when the file cannot be read as one tree at all (the items
/// streamed until then must be dropped: the file is not YAML).
std::optional<YamlTree> parse_yaml(const SourceText& source, Problems& problems, int max_depth,
                                   const StreamedList* streamed = nullptr);

} // namespace acctmgr
