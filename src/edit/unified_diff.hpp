#pragma once

#include <string>
#include <string_view>

namespace acctmgr {

/// The unified diff of two texts, line by line (Myers' algorithm), as `diff -u` prints it:
/// `--- a/NAME`, `+++ b/NAME`, then `@@ -l,n +l,n @@` hunks with 3 lines of context and
/// "\ No newline at end of file" where a text ends without one. Empty when they are equal.
std::string unified_diff(std::string_view before, std::string_view after, std::string_view name);

} // namespace acctmgr
