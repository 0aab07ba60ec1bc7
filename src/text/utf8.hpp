#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// The one place that knows UTF-8's byte layout and which code points are control characters:
// the loader's checks, source positions, error excerpts and the renderers' escapes all ask
// here, so that a character means the same thing to each of them.
namespace acctmgr::utf8 {

/// A byte of the form 10xxxxxx, which continues a multi-byte sequence and never starts one.
constexpr bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Characters in s, counted as the bytes that are not continuation bytes. For valid UTF-8 this
/// is the number of code points; in any text it is what a source column counts, so a stray
/// continuation byte adds nothing (unlike decode, which makes each invalid byte a unit).
constexpr std::size_t count_chars(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s)
    if (!is_continuation(c)) ++n;
  return n;
}

/// The offset just past the character that starts at s[i]: the byte at i and the continuation
/// bytes after it (the same notion of character as count_chars).
constexpr std::size_t next_char(std::string_view s, std::size_t i) {
  ++i;
  while (i < s.size() && is_continuation(s[i]))
    ++i;
  return i;
}

/// One decoded UTF-8 sequence: the code point, or nullopt for an invalid byte (length 1).
struct Decoded {
  std::optional<char32_t> cp;
  std::size_t length = 1;
};

/// Decodes the sequence starting at s[i] strictly (RFC 3629): overlong forms, surrogates, code
/// points above U+10FFFF and truncated sequences are invalid, so that every bad byte is
/// reported on its own and nothing can smuggle a control character past a check.
constexpr Decoded decode(std::string_view s, std::size_t i) {
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
    if (!is_continuation(s[i + k])) return {};
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, n};
}

/// Appends the UTF-8 form of `cp` (a scalar value: at most U+10FFFF, not a surrogate).
inline void append(std::string& out, char32_t cp) {
  const auto put = [&](char32_t bits) { out += static_cast<char>(bits); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
}

/// C0 controls, U+0000..U+001F (tab, LF and CR among them).
constexpr bool is_c0(char32_t cp) {
  return cp < 0x20;
}

/// DEL, U+007F.
constexpr bool is_del(char32_t cp) {
  return cp == 0x7F;
}

/// C1 controls, U+0080..U+009F (bytes C2 80..C2 9F): some terminals obey U+009B as ESC [.
constexpr bool is_c1(char32_t cp) {
  return cp >= 0x80 && cp <= 0x9F;
}

/// C0 controls, DEL and C1 controls.
constexpr bool is_control(char32_t cp) {
  return is_c0(cp) || is_del(cp) || is_c1(cp);
}

/// Unicode's Bidi_Control characters: they reorder the text around them on screen ("Trojan
/// Source"), so a name could display as something it is not.
constexpr bool is_bidi_control(char32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

/// The first control character (is_control) in s that is not in `allowed`, for the loader's
/// "control character not allowed" rules. Invalid bytes are not characters, so never controls.
constexpr std::optional<char32_t> first_control(std::string_view s,
                                                std::u32string_view allowed = {}) {
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = decode(s, i);
    if (d.cp && is_control(*d.cp) && allowed.find(*d.cp) == std::u32string_view::npos) return d.cp;
    i += d.length;
  }
  return std::nullopt;
}

} // namespace acctmgr::utf8
