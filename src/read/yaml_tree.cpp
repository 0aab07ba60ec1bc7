#include "read/yaml_tree.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <streambuf>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace acctmgr {

/// An istream buffer over bytes we already hold, so yaml-cpp reads them without a copy.
class ViewBuffer : public std::streambuf {
public:
  explicit ViewBuffer(std::string_view s) {
    char* p = const_cast<char*>(s.data()); // read-only: the get area is never written
    setg(p, p, p + s.size());
  }
};

/// Receives yaml-cpp's events and builds the tree, checking each node against the source.
class TreeBuilder : public YAML::EventHandler {
public:
  TreeBuilder(const SourceText& source, Problems& problems, int max_depth, YamlTree& tree,
              const StreamedList* streamed)
      : src_(source.text()), problems_(problems), max_depth_(max_depth), tree_(tree),
        streamed_(streamed) {}

  bool fatal() const { return fatal_; }
  bool reported_depth() const { return reported_depth_; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    if (skipping_ == 0) attach(make(NodeKind::null, mark));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (skipping_ > 0) return;
    problems_.error(offset(mark), fmt::format("aliases ({}) are not allowed", token_at(mark)));
    attach(make(NodeKind::invalid, mark));
  }
  void OnAnchor(const YAML::Mark& mark, const std::string&) override {
    if (skipping_ == 0)
      problems_.error(offset(mark), fmt::format("anchors ({}) are not allowed", token_at(mark)));
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (skipping_ > 0) return;
    // An anchored node was reported by OnAnchor; its mark is the '&', not the text.
    attach(anchor != 0 ? make(NodeKind::invalid, mark) : scalar(mark, tag, value));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(NodeKind::sequence, mark, tag, anchor != 0, false);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(NodeKind::mapping, mark, tag, anchor != 0, style == YAML::EmitterStyle::Block);
  }
  void OnMapEnd() override {
    if (skipping_ == 0) check_duplicate_keys(tree_.nodes_[stack_.back().node]);
    close();
  }

private:
  struct Open {
    std::uint32_t node;
    std::uint32_t last_child = YamlNode::none;
    std::uint32_t key = YamlNode::none; ///< mappings: the key awaiting its value
    bool expect_key = true;
    bool block = false; ///< a block mapping, where every key must be followed by ':'
  };

  std::uint32_t offset(const YAML::Mark& mark) const {
    const std::size_t at = static_cast<std::size_t>(std::max(mark.pos, 0));
    return static_cast<std::uint32_t>(std::min(at, src_.size()));
  }
  char char_at(std::size_t i) const { return i < src_.size() ? src_[i] : '\0'; }
  /// The token starting at mark (e.g. "&a", "!!str"), for messages.
  std::string token_at(const YAML::Mark& mark) const {
    std::size_t b = offset(mark), e = b;
    while (e < src_.size() && e - b < 40 &&
           std::string_view(" \t\r\n,]}").find(src_[e]) == std::string_view::npos)
      ++e;
    return std::string(src_.substr(b, e - b));
  }

  std::uint32_t make(NodeKind kind, const YAML::Mark& mark) {
    YamlNode n;
    n.kind = kind;
    n.offset = offset(mark);
    tree_.nodes_.push_back(n);
    return static_cast<std::uint32_t>(tree_.nodes_.size() - 1);
  }

  bool explicit_tag(const YAML::Mark& mark, const std::string& tag) {
    // yaml-cpp passes "?" for untagged plain nodes and "!" for quoted ones; a '!' at the
    // node's own position is a tag the user wrote, even the non-specific "!".
    if ((tag == "?" || tag == "!") && char_at(offset(mark)) != '!') return false;
    problems_.error(offset(mark),
                    fmt::format("explicit tags ({}) are not allowed", token_at(mark)));
    return true;
  }

  std::uint32_t scalar(const YAML::Mark& mark, const std::string& tag, const std::string& value) {
    if (explicit_tag(mark, tag)) return make(NodeKind::invalid, mark);
    const std::uint32_t at = offset(mark);
    const char first = char_at(at);
    const std::uint32_t index = make(NodeKind::scalar, mark);
    YamlNode& n = tree_.nodes_[index];
    if (tag == "?") {
      // A plain scalar is its source bytes verbatim unless yaml-cpp folded several lines.
      if (src_.substr(at, value.size()) != value) {
        problems_.error(at, "text continues on the next line: put it on one line or quote it "
                            "(is a ':' missing, or a line indented by mistake?)");
        n.kind = NodeKind::invalid;
        return index;
      }
      n.text = src_.substr(at, value.size());
      end_ = at + value.size();
    } else if (first == '"' || first == '\'') {
      n.style = ScalarStyle::quoted;
      const std::size_t close = closing_quote(at);
      if (close == std::string_view::npos) {
        problems_.error(at, "unclosed quote: the string runs to the end of the file");
        fatal_ = true;
        n.kind = NodeKind::invalid;
        return index;
      }
      end_ = close + 1;
      const std::string_view inner = src_.substr(at + 1, close - at - 1);
      // Valid YAML, but a quote opened by mistake would fold the keys up to the next quote
      // into one string and silently drop them.
      if (inner.find('\n') != std::string_view::npos) {
        problems_.error(at, "quoted text runs over several lines: close the quote on the line it "
                            "opens (write \\n for a line break)");
        n.kind = NodeKind::invalid;
        return index;
      }
      n.text = inner == value ? inner : std::string_view(tree_.arena_.emplace_back(value));
    } else {
      n.style = ScalarStyle::block;
      n.text = tree_.arena_.emplace_back(value);
      end_ = std::string_view::npos;
    }
    return index;
  }

  /// Offset of the quote closing the quoted scalar opened at `at`, or npos.
  std::size_t closing_quote(std::size_t at) const {
    const char q = src_[at];
    for (std::size_t i = at + 1; i < src_.size(); ++i) {
      if (q == '"' && src_[i] == '\\') {
        ++i;
      } else if (src_[i] == q) {
        if (q == '\'' && char_at(i + 1) == '\'') {
          ++i;
          continue;
        }
        return i;
      }
    }
    return std::string_view::npos;
  }

  void open(NodeKind kind, const YAML::Mark& mark, const std::string& tag, bool anchored,
            bool block) {
    if (skipping_ > 0) {
      ++skipping_;
      return;
    }
    if (anchored || explicit_tag(mark, tag) || static_cast<int>(stack_.size()) >= max_depth_) {
      if (static_cast<int>(stack_.size()) >= max_depth_ && !reported_depth_) {
        problems_.error(offset(mark),
                        fmt::format("nested deeper than the format needs ({} levels)", max_depth_));
        reported_depth_ = true;
      }
      attach(make(NodeKind::invalid, mark));
      skipping_ = 1;
      return;
    }
    const std::uint32_t index = make(kind, mark);
    attach(index);
    stack_.push_back(Open{index, YamlNode::none, YamlNode::none, true, block});
  }

  void close() {
    if (skipping_ > 0) {
      --skipping_;
      return;
    }
    const std::uint32_t closed = stack_.back().node;
    stack_.pop_back();
    if (!stack_.empty() && stack_.back().node == list_) hand_over(closed);
  }

  /// Whether `index`, just attached to the top-level mapping as the value of `key`, is the
  /// streamed list (only the first such key counts, as Fields reads only the first).
  void claim_list(const YamlNode& key, std::uint32_t index) {
    if (!streamed_ || claimed_ || key.kind != NodeKind::scalar || key.text != streamed_->key)
      return;
    claimed_ = true;
    if (tree_.nodes_[index].kind == NodeKind::sequence) {
      list_ = index;
      arena_mark_ = tree_.arena_.size();
    }
  }

  /// Gives a complete item of the streamed list to its reader, then forgets its nodes: the
  /// item is the list's last node, so everything from it on belongs to it.
  void hand_over(std::uint32_t item) {
    streamed_->item(tree_, tree_.nodes_[item]);
    tree_.nodes_.resize(item);
    while (tree_.arena_.size() > arena_mark_)
      tree_.arena_.pop_back();
    tree_.nodes_[list_].first_child = YamlNode::none;
    stack_.back().last_child = YamlNode::none;
  }

  void attach(std::uint32_t index) {
    if (stack_.empty()) return; // the root: nodes_[0]
    Open& parent = stack_.back();
    std::vector<YamlNode>& nodes = tree_.nodes_;
    if (parent.last_child == YamlNode::none)
      nodes[parent.node].first_child = index;
    else
      nodes[parent.last_child].next = index;
    parent.last_child = index;
    if (parent.node == list_) {
      // A collection item is handed over when it closes; any other is complete now.
      const NodeKind kind = nodes[index].kind;
      if (kind != NodeKind::mapping && kind != NodeKind::sequence) hand_over(index);
      return;
    }
    if (nodes[parent.node].kind != NodeKind::mapping) return;
    if (parent.expect_key) {
      check_key(nodes[index], parent.block);
      parent.key = index;
    } else {
      if (nodes[index].kind == NodeKind::null)
        nodes[index].offset = nodes[parent.key].offset; // point at the key, not the next line
      if (stack_.size() == 1) claim_list(nodes[parent.key], index);
    }
    parent.expect_key = !parent.expect_key;
  }

  void check_key(YamlNode& key, bool block) {
    if (key.kind == NodeKind::invalid) return;
    if (key.kind != NodeKind::scalar || key.style == ScalarStyle::block) {
      problems_.error(key.offset, "a key must be a plain or quoted word");
      key.kind = NodeKind::invalid;
      return;
    }
    if (key.style == ScalarStyle::plain && key.text == "<<") {
      problems_.error(key.offset, "merge keys (<<) are not allowed");
      key.kind = NodeKind::invalid;
      return;
    }
    // yaml-cpp reads a bare line inside a block mapping as a key without a value. (In a
    // flow mapping, {a, b} is valid YAML for keys with null values; the schema refuses those.)
    if (!block) return;
    std::size_t i = end_;
    while (i < src_.size() && (src_[i] == ' ' || src_[i] == '\t'))
      ++i;
    if (char_at(i) != ':') {
      problems_.error(key.offset,
                      fmt::format("'{}' is not followed by ':' (expected 'key: value')", key.text));
      key.kind = NodeKind::invalid;
    }
  }

  void check_duplicate_keys(const YamlNode& map) {
    std::vector<const YamlNode*> keys;
    tree_.for_each_pair(map, [&](const YamlNode& k, const YamlNode&) {
      if (k.kind == NodeKind::scalar) keys.push_back(&k);
    });
    if (keys.size() < 2) return;
    std::sort(keys.begin(), keys.end(), [](const YamlNode* a, const YamlNode* b) {
      return a->text != b->text ? a->text < b->text : a->offset < b->offset;
    });
    for (std::size_t i = 1, first = 0; i < keys.size(); ++i) {
      if (keys[i]->text != keys[first]->text) {
        first = i;
        continue;
      }
      const SourcePos p = problems_.source().position(keys[first]->offset);
      problems_.error(keys[i]->offset,
                      fmt::format("duplicate key '{}' (first at line {}, column {})", keys[i]->text,
                                  p.line, p.column));
    }
  }

  std::string_view src_;
  Problems& problems_;
  int max_depth_;
  YamlTree& tree_;
  const StreamedList* streamed_;
  bool claimed_ = false;                ///< the streamed key's first value was seen
  std::uint32_t list_ = YamlNode::none; ///< the streamed list's node
  std::size_t arena_mark_ = 0;          ///< arena size before the list's items
  std::vector<Open> stack_;
  int skipping_ = 0;    ///< depth inside a refused collection
  std::size_t end_ = 0; ///< end offset of the last scalar (to find the ':' after a key)
  bool fatal_ = false;
  bool reported_depth_ = false;
};

/// Ignores every event: used only to learn whether a second document exists.
class Discard : public YAML::EventHandler {
public:
  void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  YAML::Mark start;
};

std::optional<YamlTree> parse_yaml(const SourceText& source, Problems& problems, int max_depth,
                                   const StreamedList* streamed) {
  ViewBuffer buffer(source.text());
  std::istream in(&buffer);
  YamlTree tree;
  TreeBuilder builder(source, problems, max_depth, tree, streamed);
  const auto where = [&](const YAML::Mark& m) {
    return m.is_null() ? source.text().size() : static_cast<std::size_t>(std::max(m.pos, 0));
  };
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder)) {
      // At 1:1 like every other problem, so that editors and CI annotations can jump to it.
      problems.error(0, "the file is empty (expected a mapping such as 'manager: ...')");
      return std::nullopt;
    }
    Discard second;
    if (parser.HandleNextDocument(second)) {
      problems.error(where(second.start),
                     "a second YAML document ('---'): a file holds exactly one");
    }
  } catch (const YAML::DeepRecursion& e) {
    if (!builder.reported_depth()) problems.error(where(e.mark), "nested far too deep");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    problems.error(where(e.mark), fmt::format("YAML syntax error: {}", e.msg));
    return std::nullopt;
  }
  if (builder.fatal() || tree.node_count() == 0) return std::nullopt;
  return tree;
}

} // namespace acctmgr
