#pragma once

#include "model/import_profile.hpp"

#include <cstddef>
#include <string>
#include <string_view>

/// How an import profile reads an export's lines (SPEC section 10, v3): the separator, the
/// lines before the header, the rows skip_rows drops.
namespace acctmgr {

/// The separators a profile may name, in the order detection prefers them on a tie.
inline constexpr char kSeparators[] = {',', ';', '\t'};

/// "','", "';'" or "tab": a separator in messages.
std::string separator_name(char separator);

/// The fields of one line split on `separator` outside double quotes (the header line: a
/// header never holds a line break).
std::size_t count_fields(std::string_view line, char separator);

/// The separator of an export whose profile names none: the one of ',', ';' and tab that
/// splits `header_line` into the most fields; on a tie the first in that order (',' when none
/// splits it).
char detect_separator(std::string_view header_line);

/// The offset in `text` just past its first `lines` physical lines (each ended by LF), or
/// npos when the text has no more lines after them. `skip` counts lines, not records: a
/// report title is no CSV.
std::size_t after_lines(std::string_view text, int lines);

/// Whether a client cell (trimmed) matches a skip_rows pattern: case folded (Cyrillic too), `*`
/// any text (none too), every other character itself; "" matches only an empty cell.
bool matches_skip_pattern(std::string_view cell, std::string_view pattern);

} // namespace acctmgr
