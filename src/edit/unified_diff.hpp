#pragma once

#include "edit/yaml_edit.hpp"

#include <span>
#include <string>
#include <string_view>

namespace acctmgr {

/// The unified diff of `before` and `before` with `edits` applied (ordered as
/// yaml_edit::sort_edits leaves them), as `diff -u` prints it: `--- a/NAME`, `+++ b/NAME`,
/// then `@@ -l,n +l,n @@` hunks with 3 lines of context and "\ No newline at end of file"
/// where a text ends without one. Empty when nothing changes. Built from the lines the edits
/// touch, not by searching the texts: time linear in the text, whatever the number of edits.
std::string unified_diff(std::string_view before, std::span<const yaml_edit::Edit> edits,
                         std::string_view name);

} // namespace acctmgr
