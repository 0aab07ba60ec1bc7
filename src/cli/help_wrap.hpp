#pragma once

#include <string>
#include <string_view>

namespace acctmgr::cli {

/// Help text wrapped to `width` display columns (SPEC section 7, v3). A line that fits stays as
/// it is. A longer one is broken at spaces; its continuation lines are indented to where its
/// text starts after a gap of two or more spaces (an option's description, a code's rule in a
/// table of notes), or else to its own indentation. A word wider than the room left stays
/// whole.
std::string wrap_help(std::string_view text, int width);

} // namespace acctmgr::cli
