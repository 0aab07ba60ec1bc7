#pragma once

#include "read/yaml_tree.hpp"

#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// Surgical edits of YAML text at the positions a YamlTree knows: each function returns one
/// Edit of the original bytes, so that every byte outside the entry added or changed stays as
/// it was (comments, quoting, order, blank lines, CRLF line ends). Pure: no disk access.
namespace acctmgr::yaml_edit {

/// The bytes [offset, offset + length) replaced by `text` (length 0: an insertion).
struct Edit {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string text;
};

/// A node the editor cannot place text after (a block scalar `|`, an invalid node).
class EditError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// `text` with `e` applied.
std::string apply(std::string_view text, const Edit& e);

/// Orders edits by offset, keeping the order of those at one offset (insertions there stand
/// in the order given). Throws std::logic_error when two overlap: a bug, not an input error.
void sort_edits(std::vector<Edit>& edits);

/// `text` with every edit applied, in one pass: `edits` are offsets into `text`, ordered as
/// sort_edits leaves them. Throws std::logic_error when they are not, or overlap.
std::string apply(std::string_view text, std::span<const Edit> edits);

/// Throws std::logic_error unless `edits` are ordered and disjoint within a text of `size`
/// bytes.
void check_edits(std::span<const Edit> edits, std::size_t size);

/// "\r\n" when the file's first line ends with CR LF, else "\n": new lines follow the file.
std::string_view line_break(std::string_view text);

/// True for a flow collection (`{...}` or `[...]`), false for a block one.
bool is_flow(std::string_view text, const YamlNode& collection);

/// The byte offset just past a node: a scalar's last character, a flow collection's closing
/// bracket, a block collection's last descendant.
std::size_t node_end(std::string_view text, const YamlTree& tree, const YamlNode& n);

/// The value of `key` in `mapping`, or nullptr.
const YamlNode* find_value(const YamlTree& tree, const YamlNode& mapping, std::string_view key);

/// Inserts `key: value` into `mapping` just before the entry whose key node is `before`, or
/// after the last entry when `before` is nullptr, in the mapping's own style: a line at the
/// keys' indentation in a block mapping, `key: value, ` in a flow one (empty `{}` included).
Edit insert_entry(std::string_view text, const YamlTree& tree, const YamlNode& mapping,
                  const YamlNode* before, std::string_view key, std::string_view value);

/// Gives a key written without a value (`revenue:`) the value `value`, after its colon.
Edit fill_null_value(std::string_view text, const YamlNode& key, std::string_view value);

/// Replaces a plain scalar's text (an amount) with `value`.
Edit replace_scalar(std::string_view text, const YamlNode& scalar, std::string_view value);

/// Replaces a plain or quoted scalar's value with `value`, keeping its quotes: `value` must
/// be written the same in every style (a month: no quote, backslash or line break in it).
Edit replace_scalar_keeping_quotes(std::string_view text, const YamlNode& scalar,
                                   std::string_view value);

/// Inserts `key: value` into `mapping` just after the entry whose key node is `after`, in the
/// mapping's own style: on the next line at that key's column in a block mapping (a comment
/// ending the entry's line stays on it), `, key: value` after its value in a flow one.
Edit insert_entry_after(std::string_view text, const YamlTree& tree, const YamlNode& mapping,
                        const YamlNode& after, std::string_view key, std::string_view value);

/// One `key: value` of a mapping item, values already in YAML form.
using Fields = std::vector<std::pair<std::string, std::string>>;

/// Appends a mapping item to `sequence` in the list's own style: `- {k: v, ...}` on a new line
/// of a block list (or a block mapping item, `- k: v` with its keys aligned, when the last item
/// is one), `, {k: v, ...}` after the last item of a flow list (or inside an empty `[]`).
Edit append_item(std::string_view text, const YamlTree& tree, const YamlNode& sequence,
                 const Fields& fields);

/// `{k: v, k: v}`.
std::string flow_mapping(const Fields& fields);

} // namespace acctmgr::yaml_edit

namespace acctmgr::yaml_edit {

/// Adds `key` as the last key of `mapping`, holding a list of one mapping item: a block list
/// under the key in a block mapping, `key: [{...}]` in a flow one.
Edit add_list_entry(std::string_view text, const YamlTree& tree, const YamlNode& mapping,
                    std::string_view key, const Fields& item);

} // namespace acctmgr::yaml_edit
