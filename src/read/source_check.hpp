#pragma once

#include "read/source_text.hpp"

#include <cstddef>
#include <string_view>

namespace acctmgr {

/// Files larger than this are refused before they are read (SPEC §2).
inline constexpr std::size_t max_file_bytes = std::size_t{64} << 20;

/// The bytes without a leading UTF-8 byte order mark.
std::string_view strip_bom(std::string_view bytes);

/// Byte-level checks before any YAML parsing: strict UTF-8, no control characters other than
/// tab, LF and CR before LF. Reports each problem (at most a few dozen); true when clean. The
/// pages it has read are let go behind it (ReleaseBehind).
bool check_bytes(const SourceText& source, Problems& problems);

} // namespace acctmgr
