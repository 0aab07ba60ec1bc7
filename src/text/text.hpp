#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// Columns a UTF-8 string occupies in a terminal: combining marks 0, East Asian wide and
/// fullwidth characters 2, everything else 1. Invalid bytes count 1 each.
int display_width(std::string_view s);

/// Untrusted text made safe for a terminal: C0/C1 control characters, DEL and bidirectional
/// overrides become visible escapes (\t, \n, \x1b, \u{202e}); invalid UTF-8 bytes become \xNN.
std::string escape_terminal(std::string_view s);

/// `s` padded with spaces to `width` display columns (left- or right-aligned).
std::string pad(std::string_view s, int width, bool right_align);

/// `s` cut to at most `width` display columns (width >= 1), ending in "…" when anything was cut.
/// Cuts between code points only; meant for escaped text, in which nothing can be cut in half
/// to leave a control character.
std::string shorten(std::string_view s, int width);

/// `s` broken at spaces into lines of at most `width` display columns; a word wider than that
/// stays whole on a line of its own (a number is never cut).
std::vector<std::string> wrap(std::string_view s, int width);

} // namespace acctmgr
