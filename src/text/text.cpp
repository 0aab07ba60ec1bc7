#include "text/text.hpp"

#include "text/unicode_width.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <span>

namespace acctmgr {
namespace {

unsigned char byte_at(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]);
}

bool in_table(char32_t cp, std::span<const unicode::CodeRange> table) {
  // The tables are sorted and disjoint: the candidate is the last range starting at or before cp.
  const auto it =
      std::upper_bound(table.begin(), table.end(), cp,
                       [](char32_t c, const unicode::CodeRange& r) { return c < r.first; });
  return it != table.begin() && cp <= std::prev(it)->last;
}

int code_point_width(char32_t cp) {
  // Below U+0300 there are no wide or combining characters. Control characters count 1 like
  // any other: what a terminal does with them is undefined, which is why callers measure
  // escaped text.
  if (cp < 0x300) return 1;
  if (in_table(cp, unicode::kZeroWidth)) return 0;
  if (in_table(cp, unicode::kWide)) return 2;
  return 1;
}

} // namespace

int display_width(std::string_view s) {
  int width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const utf8::Decoded d = utf8::decode(s, i);
    width += d.cp ? code_point_width(*d.cp) : 1;
    i += d.length;
  }
  return width;
}

std::string escape_terminal(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const utf8::Decoded d = utf8::decode(s, i);
    if (!d.cp) {
      out += fmt::format("\\x{:02x}", byte_at(s, i));
    } else if (*d.cp == '\t') {
      out += "\\t";
    } else if (*d.cp == '\n') {
      out += "\\n";
    } else if (*d.cp == '\r') {
      out += "\\r";
    } else if (utf8::is_c0(*d.cp) || utf8::is_del(*d.cp)) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(*d.cp));
    } else if (utf8::is_c1(*d.cp) || utf8::is_bidi_control(*d.cp)) {
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

std::string shorten(std::string_view s, int width) {
  if (display_width(s) <= width) return std::string(s);
  static constexpr std::string_view kEllipsis = "…";
  std::string out;
  int used = 0;
  for (std::size_t i = 0; i < s.size();) {
    const utf8::Decoded d = utf8::decode(s, i);
    const int w = d.cp ? code_point_width(*d.cp) : 1;
    if (used + w > width - 1) break;
    out.append(s.substr(i, d.length));
    used += w;
    i += d.length;
  }
  return out.append(kEllipsis);
}

std::vector<std::string> wrap(std::string_view s, int width) {
  std::vector<std::string> lines;
  std::string current;
  int current_width = 0;
  while (!s.empty()) {
    const std::size_t space = s.find(' ');
    const std::string_view word = s.substr(0, space);
    s = space == std::string_view::npos ? std::string_view() : s.substr(space + 1);
    const int w = display_width(word);
    if (!current.empty() && current_width + 1 + w > width) {
      lines.push_back(std::move(current));
      current.clear();
      current_width = 0;
    }
    if (!current.empty()) {
      current += ' ';
      ++current_width;
    }
    current += word;
    current_width += w;
  }
  if (!current.empty() || lines.empty()) lines.push_back(std::move(current));
  return lines;
}

} // namespace acctmgr
