#include "io/text.hpp"

#include "io/unicode_width.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>
#include <span>

namespace acctmgr {
namespace {

/// One decoded UTF-8 sequence: the code point, or nullopt for an invalid byte (length 1).
struct Decoded {
  std::optional<char32_t> cp;
  std::size_t length = 1;
};

unsigned char byte_at(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]);
}

/// Strict decoding (RFC 3629): overlong forms, surrogates, code points above U+10FFFF and
/// truncated sequences are invalid, so every invalid byte is reported on its own.
Decoded decode(std::string_view s, std::size_t i) {
  const unsigned char b0 = byte_at(s, i);
  if (b0 < 0x80) return {b0, 1};
  std::size_t n = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return {};
  }
  if (i + n > s.size()) return {};
  for (std::size_t k = 1; k < n; ++k) {
    const unsigned char b = byte_at(s, i + k);
    if ((b & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, n};
}

bool in_table(char32_t cp, std::span<const unicode::CodeRange> table) {
  // The tables are sorted and disjoint: the candidate is the last range starting at or before cp.
  const auto it =
      std::upper_bound(table.begin(), table.end(), cp,
                       [](char32_t c, const unicode::CodeRange& r) { return c < r.first; });
  return it != table.begin() && cp <= std::prev(it)->last;
}

bool is_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

/// Unicode's Bidi_Control characters: they reorder the text around them on screen
/// ("Trojan Source"), so a name could display as something it is not.
bool is_bidi_control(char32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

int code_point_width(char32_t cp) {
  // Control characters draw no glyph; callers measure escaped text, where they are visible.
  if (is_control(cp)) return 0;
  if (cp < 0x300) return 1; // fast path: ASCII and Latin-1/Latin Extended letters
  if (in_table(cp, unicode::kZeroWidth)) return 0;
  if (in_table(cp, unicode::kWide)) return 2;
  return 1;
}

} // namespace

int display_width(std::string_view s) {
  int width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = decode(s, i);
    width += d.cp ? code_point_width(*d.cp) : 1;
    i += d.length;
  }
  return width;
}

std::string escape_terminal(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = decode(s, i);
    if (!d.cp) {
      out += fmt::format("\\x{:02x}", byte_at(s, i));
    } else if (*d.cp == '\t') {
      out += "\\t";
    } else if (*d.cp == '\n') {
      out += "\\n";
    } else if (*d.cp == '\r') {
      out += "\\r";
    } else if (*d.cp < 0x80 && is_control(*d.cp)) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(*d.cp));
    } else if (is_control(*d.cp) || is_bidi_control(*d.cp)) {
      // C1 controls are code points, not bytes: \u{9b} (CSI), unlike the invalid byte \x9b.
      out += fmt::format("\\u{{{:x}}}", static_cast<std::uint32_t>(*d.cp));
    } else {
      out.append(s.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

std::string pad(std::string_view s, int width, bool right_align) {
  const int fill = std::max(0, width - display_width(s));
  std::string out;
  out.reserve(s.size() + static_cast<std::size_t>(fill));
  if (right_align) out.append(static_cast<std::size_t>(fill), ' ');
  out.append(s);
  if (!right_align) out.append(static_cast<std::size_t>(fill), ' ');
  return out;
}

} // namespace acctmgr
