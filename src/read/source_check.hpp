#pragma once

#include "read/source_text.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

namespace acctmgr {

/// Files larger than this are refused before they are read (SPEC §2): every input, portfolio,
/// settings file and CSV alike.
inline constexpr std::size_t max_file_bytes = std::size_t{64} << 20;
// SourceText, YamlNode and Problems hold offsets and line starts as 32-bit numbers.
static_assert(max_file_bytes < std::numeric_limits<std::uint32_t>::max(),
              "positions in a file are 32-bit offsets");

/// The bytes without a leading UTF-8 byte order mark.
std::string_view strip_bom(std::string_view bytes);

/// Byte-level checks before any YAML parsing: strict UTF-8, no control characters other than
/// tab, LF and CR before LF. Reports each problem (at most a few dozen); true when clean.
bool check_bytes(const SourceText& source, Problems& problems);

} // namespace acctmgr
