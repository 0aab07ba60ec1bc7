#include "io/source_check.hpp"

#include <cstdint>
#include <fmt/format.h>

namespace acctmgr {
namespace {

// A binary file would otherwise produce one problem per byte.
constexpr std::size_t max_reported = 20;

/// Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates,
/// nothing above U+10FFFF), or 0 when it is malformed.
std::size_t utf8_length(std::string_view s, std::size_t i, std::uint32_t& code) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    code = b0;
    return 1;
  }
  std::size_t n = 0;
  std::uint32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2, code = b0 & 0x1Fu, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, code = b0 & 0x0Fu, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, code = b0 & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3Fu);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return n;
}

} // namespace

std::string_view strip_bom(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
}

bool check_bytes(const SourceText& source, Problems& problems) {
  const std::string_view s = source.text();
  const std::size_t before = problems.size();
  for (std::size_t i = 0; i < s.size();) {
    if (problems.size() - before >= max_reported) {
      problems.file_error("too many invalid bytes; is this a text file?");
      break;
    }
    std::uint32_t code = 0;
    const std::size_t n = utf8_length(s, i, code);
    if (n == 0) {
      problems.error(i,
                     fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(s[i])));
      ++i;
      continue;
    }
    if (code == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')) {
      problems.error(i, "carriage return without a line feed (use LF or CRLF line ends)");
    } else if (code == 0xFEFF) {
      // Only one BOM, at the very start (already stripped), is allowed; yaml-cpp skips a
      // second one without counting it, which shifts every position after it.
      problems.error(i, "byte order mark (U+FEFF) is only allowed at the start of the file");
    } else if ((code < 0x20 && code != '\t' && code != '\n' && code != '\r') || code == 0x7F ||
               (code >= 0x80 && code <= 0x9F)) {
      problems.error(i, fmt::format("control character U+{:04X} is not allowed", code));
    }
    i += n;
  }
  return problems.size() == before;
}

} // namespace acctmgr
