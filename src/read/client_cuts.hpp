#pragma once

#include "read/source_text.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace acctmgr {

/// Where one portfolio's text may be cut so that its clients parse on several threads: the
/// text before `pieces.front()` (the top-level mapping, ending with `clients:`) and each piece
/// (whole `- ` items of that list) are parsed as documents of their own.
///
/// Found only for the plainest layout: `clients:` is the last key of a block mapping at column
/// 0, no tab in any indentation, and every later line that is not blank or a comment is
/// either an item (exactly the items' indentation, then `- `) or indented deeper; each piece
/// starts at an item line. A cut
/// elsewhere than between two items (inside a flow collection or a quoted string that spans
/// lines) leaves the piece before it unclosed, which the YAML parser reports; the caller then
/// parses the file whole, so that a cut is used only when every piece parsed without a
/// problem. A block scalar cannot span a cut: a line indented less than its content ends it.
struct ClientCuts {
  std::vector<std::size_t> pieces; ///< start offsets of the pieces, ascending; the first item
  std::size_t items = 0;           ///< the list's items: its clients, to size their list once
};

/// Cuts of the source's text for about `count` pieces of similar size, or nullopt when the
/// layout is not that plain or the list too short to be worth cutting. One pass over the
/// text, letting go of the pages it leaves behind (ReleaseBehind).
std::optional<ClientCuts> plan_client_cuts(const SourceText& source, std::size_t count);

} // namespace acctmgr
