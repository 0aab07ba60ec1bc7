#include "edit/yaml_edit.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <limits>
#include <stdexcept>

namespace acctmgr::yaml_edit {
namespace {

std::size_t line_start(std::string_view text, std::size_t at) {
  const std::size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

/// Spaces as wide as the node's column: YAML indentation is spaces, and a `- ` before a first
/// key counts as indentation for the keys that follow it.
std::string indent_of(std::string_view text, std::size_t at) {
  return std::string(at - line_start(text, at), ' ');
}

/// Where a new line goes after `end`: past the line break of the line holding `end` (so that
/// a trailing comment stays on its line). `tail` tells whether the text ends there without a
/// line break, so that the new line needs one before it instead of after it.
std::size_t after_line(std::string_view text, std::size_t end, bool& at_eof_without_break) {
  const std::size_t nl = text.find('\n', end);
  at_eof_without_break = nl == std::string_view::npos;
  return at_eof_without_break ? text.size() : nl + 1;
}

/// A new line `line` placed after the line holding `end`.
Edit new_line_after(std::string_view text, std::size_t end, const std::string& line) {
  bool eof = false;
  const std::size_t at = after_line(text, end, eof);
  const std::string_view br = line_break(text);
  return eof ? Edit{at, 0, fmt::format("{}{}", br, line)} : Edit{at, 0, line + std::string(br)};
}

/// Offset of the quote closing the quoted scalar that opens at `at`.
std::size_t closing_quote(std::string_view text, std::size_t at) {
  const char q = text[at];
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i;
    }
  }
  throw EditError("unclosed quote");
}

/// The closing bracket of a flow collection, searched from `from` (past its last child):
/// only blanks, commas, line breaks and comments can stand between.
std::size_t closing_bracket(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '}' || c == ']') return i;
    if (c == '#') {
      i = text.find('\n', i);
      if (i == std::string_view::npos) break;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',') {
      break;
    }
  }
  throw EditError("cannot find the end of a flow collection");
}

/// The last child (a sequence's last item; a mapping's last value) and, for a mapping, its key.
std::pair<const YamlNode*, const YamlNode*> last_children(const YamlTree& tree, const YamlNode& n) {
  const YamlNode* before_last = nullptr;
  const YamlNode* last = nullptr;
  tree.for_each_child(n, [&](const YamlNode& c) {
    before_last = last;
    last = &c;
  });
  return {before_last, last};
}

} // namespace

std::string apply(std::string_view text, const Edit& e) {
  std::string out;
  out.reserve(text.size() + e.text.size());
  out.append(text.substr(0, e.offset));
  out.append(e.text);
  out.append(text.substr(e.offset + e.length));
  return out;
}

void check_edits(std::span<const Edit> edits, std::size_t size) {
  std::size_t end = 0; // past the previous edit's bytes
  for (const Edit& e : edits) {
    if (e.offset < end || e.offset > size || e.length > size - e.offset)
      throw std::logic_error(fmt::format("overlapping or misplaced edit at byte {}", e.offset));
    end = e.offset + e.length;
  }
}

void sort_edits(std::vector<Edit>& edits) {
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit& a, const Edit& b) { return a.offset < b.offset; });
  check_edits(edits, std::numeric_limits<std::size_t>::max());
}

std::string apply(std::string_view text, std::span<const Edit> edits) {
  check_edits(edits, text.size());
  std::size_t added = 0;
  for (const Edit& e : edits)
    added += e.text.size();
  std::string out;
  out.reserve(text.size() + added);
  std::size_t at = 0;
  for (const Edit& e : edits) {
    out.append(text.substr(at, e.offset - at));
    out.append(e.text);
    at = e.offset + e.length;
  }
  out.append(text.substr(at));
  return out;
}

std::string_view line_break(std::string_view text) {
  const std::size_t nl = text.find('\n');
  return nl != std::string_view::npos && nl > 0 && text[nl - 1] == '\r' ? "\r\n" : "\n";
}

bool is_flow(std::string_view text, const YamlNode& collection) {
  return collection.offset < text.size() &&
         (text[collection.offset] == '{' || text[collection.offset] == '[');
}

std::size_t node_end(std::string_view text, const YamlTree& tree, const YamlNode& n) {
  switch (n.kind) {
  case NodeKind::null:
    return n.offset; // its key's offset: the key's own end is larger
  case NodeKind::invalid:
    throw EditError("cannot edit next to an invalid node");
  case NodeKind::scalar:
    if (n.style == ScalarStyle::plain) return n.offset + n.text.size();
    if (n.style == ScalarStyle::quoted) return closing_quote(text, n.offset) + 1;
    throw EditError("cannot place text after a block scalar (| or >)");
  case NodeKind::mapping:
  case NodeKind::sequence:
    break;
  }
  const auto [before_last, last] = last_children(tree, n);
  std::size_t end = n.offset + (is_flow(text, n) ? 1 : 0);
  if (last) end = std::max(end, node_end(text, tree, *last));
  // A mapping's last value may be null (`key:`): its key then ends the mapping.
  if (before_last && n.kind == NodeKind::mapping)
    end = std::max(end, node_end(text, tree, *before_last));
  return is_flow(text, n) ? closing_bracket(text, end) + 1 : end;
}

const YamlNode* find_value(const YamlTree& tree, const YamlNode& mapping, std::string_view key) {
  const YamlNode* found = nullptr;
  if (mapping.kind != NodeKind::mapping) return nullptr;
  tree.for_each_pair(mapping, [&](const YamlNode& k, const YamlNode& v) {
    if (!found && k.kind == NodeKind::scalar && k.text == key) found = &v;
  });
  return found;
}

Edit insert_entry(std::string_view text, const YamlTree& tree, const YamlNode& mapping,
                  const YamlNode* before, std::string_view key, std::string_view value) {
  const std::string entry = fmt::format("{}: {}", key, value);
  const bool flow = is_flow(text, mapping);
  if (before) {
    // Before an existing key, on its line: the new entry takes the key's place and the key
    // moves on (to the next line at the same column in a block mapping).
    if (flow) return Edit{before->offset, 0, entry + ", "};
    return Edit{before->offset, 0,
                fmt::format("{}{}{}", entry, line_break(text), indent_of(text, before->offset))};
  }
  const auto [last_key, last_value] = last_children(tree, mapping);
  if (!last_value) {
    if (!flow) throw EditError("an empty block mapping");
    return Edit{mapping.offset + 1, 0, entry}; // inside `{}`
  }
  const std::size_t end =
      std::max(node_end(text, tree, *last_key), node_end(text, tree, *last_value));
  if (flow) return Edit{end, 0, ", " + entry};
  return new_line_after(text, end, indent_of(text, mapping.offset) + entry);
}

Edit fill_null_value(std::string_view text, const YamlNode& key, std::string_view value) {
  std::size_t at = key.offset;
  if (key.style == ScalarStyle::quoted)
    at = closing_quote(text, at) + 1;
  else
    at += key.text.size();
  at = text.find(':', at);
  if (at == std::string_view::npos) throw EditError("a key without its colon");
  return Edit{at + 1, 0, fmt::format(" {}", value)};
}

Edit replace_scalar(std::string_view, const YamlNode& scalar, std::string_view value) {
  if (scalar.kind != NodeKind::scalar || scalar.style != ScalarStyle::plain)
    throw EditError("only a plain scalar is replaced");
  return Edit{scalar.offset, scalar.text.size(), std::string(value)};
}

Edit replace_scalar_keeping_quotes(std::string_view text, const YamlNode& scalar,
                                   std::string_view value) {
  if (scalar.kind == NodeKind::scalar && scalar.style == ScalarStyle::quoted) {
    const std::size_t open = scalar.offset;
    return Edit{open + 1, closing_quote(text, open) - open - 1, std::string(value)};
  }
  return replace_scalar(text, scalar, value);
}

Edit insert_entry_after(std::string_view text, const YamlTree& tree, const YamlNode& mapping,
                        const YamlNode& after, std::string_view key, std::string_view value) {
  const std::string entry = fmt::format("{}: {}", key, value);
  const std::size_t end =
      std::max(node_end(text, tree, after), node_end(text, tree, tree.at(after.next)));
  if (is_flow(text, mapping)) return Edit{end, 0, ", " + entry};
  return new_line_after(text, end, indent_of(text, after.offset) + entry);
}

std::string flow_mapping(const Fields& fields) {
  std::string out = "{";
  for (const auto& [k, v] : fields)
    out += fmt::format("{}{}: {}", out.size() > 1 ? ", " : "", k, v);
  return out + "}";
}

Edit append_item(std::string_view text, const YamlTree& tree, const YamlNode& sequence,
                 const Fields& fields) {
  const auto [before_last, last] = last_children(tree, sequence);
  (void)before_last;
  const bool flow = is_flow(text, sequence);
  if (!last) {
    if (!flow) throw EditError("an empty block sequence");
    return Edit{sequence.offset + 1, 0, flow_mapping(fields)}; // inside `[]`
  }
  const std::size_t end = node_end(text, tree, *last);
  if (flow) return Edit{end, 0, ", " + flow_mapping(fields)};
  const std::string dash = indent_of(text, sequence.offset);
  if (last->kind == NodeKind::mapping && !is_flow(text, *last) && !fields.empty()) {
    // A list of block mappings: `- k: v` then the other keys under the first one.
    const std::string keys = indent_of(text, last->offset);
    const std::string gap(keys.size() > dash.size() + 1 ? keys.size() - dash.size() - 1 : 1, ' ');
    std::string lines = fmt::format("{}-{}{}: {}", dash, gap, fields[0].first, fields[0].second);
    for (std::size_t i = 1; i < fields.size(); ++i)
      lines += fmt::format("{}{}{}: {}", line_break(text), keys, fields[i].first, fields[i].second);
    return new_line_after(text, end, lines);
  }
  return new_line_after(text, end, fmt::format("{}- {}", dash, flow_mapping(fields)));
}

} // namespace acctmgr::yaml_edit

namespace acctmgr::yaml_edit {

Edit add_list_entry(std::string_view text, const YamlTree& tree, const YamlNode& mapping,
                    std::string_view key, const Fields& item) {
  if (is_flow(text, mapping) || mapping.first_child == YamlNode::none)
    return insert_entry(text, tree, mapping, nullptr, key, "[" + flow_mapping(item) + "]");
  const auto [last_key, last_value] = last_children(tree, mapping);
  const std::size_t end =
      std::max(node_end(text, tree, *last_key), node_end(text, tree, *last_value));
  const std::string indent = indent_of(text, mapping.offset);
  return new_line_after(
      text, end,
      fmt::format("{}{}:{}{}  - {}", indent, key, line_break(text), indent, flow_mapping(item)));
}

} // namespace acctmgr::yaml_edit
