#include "read/source_check.hpp"

#include "text/utf8.hpp"

#include <cstdint>
#include <fmt/format.h>

namespace acctmgr {
namespace {

// A binary file would otherwise produce one problem per byte.
constexpr std::size_t max_reported = 20;

/// Printable ASCII, tab or line feed: nearly every byte of a portfolio, and never a problem,
/// so it is passed over without decoding (the loop's cost was a tenth of a whole load).
constexpr bool plain_ascii(char c) {
  return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t';
}

} // namespace

std::string_view strip_bom(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
}

bool check_bytes(const SourceText& source, Problems& problems) {
  const std::string_view s = source.text();
  const std::size_t before = problems.size();
  for (std::size_t i = 0; i < s.size();) {
    if (plain_ascii(s[i])) {
      ++i;
      continue;
    }
    if (problems.size() - before >= max_reported) {
      problems.file_error("too many invalid bytes; is this a text file?");
      break;
    }
    const utf8::Decoded d = utf8::decode(s, i);
    if (!d.cp) {
      problems.error(i,
                     fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(s[i])));
      ++i;
      continue;
    }
    const char32_t code = *d.cp;
    if (code == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')) {
      problems.error(i, "carriage return without a line feed (use LF or CRLF line ends)");
    } else if (code == 0xFEFF) {
      // Only one BOM, at the very start (already stripped), is allowed; yaml-cpp skips a
      // second one without counting it, which shifts every position after it.
      problems.error(i, "byte order mark (U+FEFF) is only allowed at the start of the file");
    } else if (utf8::is_control(code) && code != '\t' && code != '\n' && code != '\r') {
      // Tab and line ends lay out the file; a CR alone was reported above.
      problems.error(i, fmt::format("control character U+{:04X} is not allowed",
                                    static_cast<std::uint32_t>(code)));
    }
    i += d.length;
  }
  return problems.size() == before;
}

} // namespace acctmgr
