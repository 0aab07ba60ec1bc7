#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace acctmgr::utf8 {

/// One decoded UTF-8 sequence: the code point, or nullopt for an invalid byte (length 1).
struct Decoded {
  std::optional<char32_t> cp;
  std::size_t length = 1;
};

/// Decodes the sequence starting at s[i] strictly (RFC 3629): overlong forms, surrogates, code
/// points above U+10FFFF and truncated sequences are invalid, so that every bad byte is
/// reported on its own and nothing can smuggle a control character past a check.
inline Decoded decode(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
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
    if ((byte(i + k) & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, n};
}

/// C0 controls, DEL and C1 controls.
inline bool is_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

/// Unicode's Bidi_Control characters: they reorder the text around them on screen ("Trojan
/// Source"), so a name could display as something it is not.
inline bool is_bidi_control(char32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

} // namespace acctmgr::utf8
