#include "text/case_fold.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace acctmgr {
namespace {

/// In a block where upper and lower case alternate, the upper case letter at the even (or,
/// with `odd_upper`, odd) code point and its lower case right after it.
char32_t paired(char32_t cp, bool odd_upper = false) {
  return (cp % 2 == 1) == odd_upper ? cp + 1 : cp;
}

/// The fold in a sorted table of exceptions, else nullopt.
template <std::size_t N>
std::optional<char32_t> listed(const std::array<std::pair<char32_t, char32_t>, N>& table,
                               char32_t cp) {
  const auto it = std::lower_bound(table.begin(), table.end(), cp,
                                   [](const auto& entry, char32_t c) { return entry.first < c; });
  if (it != table.end() && it->first == cp) return it->second;
  return std::nullopt;
}

char32_t fold_latin_1(char32_t cp) {
  if (cp == 0xB5) return 0x3BC; // MICRO SIGN: Greek mu
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  return cp; // ß (U+00DF) has only a full folding ("ss")
}

char32_t fold_latin_extended_a(char32_t cp) {
  if (cp == 0x130) return 'i';
  if (cp == 0x178) return 0xFF;
  if (cp == 0x17F) return 's'; // long s
  if (cp <= 0x12F || (cp >= 0x132 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
    return paired(cp);
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return paired(cp, true);
  return cp; // ı, ĸ, ŉ
}

/// Latin Extended-B outside its runs of pairs: African, Vietnamese (Ơ, Ư) and digraph letters.
constexpr std::array<std::pair<char32_t, char32_t>, 56> kLatinExtendedB{{
    {0x181, 0x253}, {0x182, 0x183},  {0x184, 0x185}, {0x186, 0x254},  {0x187, 0x188},
    {0x189, 0x256}, {0x18A, 0x257},  {0x18B, 0x18C}, {0x18E, 0x1DD},  {0x18F, 0x259},
    {0x190, 0x25B}, {0x191, 0x192},  {0x193, 0x260}, {0x194, 0x263},  {0x196, 0x269},
    {0x197, 0x268}, {0x198, 0x199},  {0x19C, 0x26F}, {0x19D, 0x272},  {0x19F, 0x275},
    {0x1A0, 0x1A1}, {0x1A2, 0x1A3},  {0x1A4, 0x1A5}, {0x1A6, 0x280},  {0x1A7, 0x1A8},
    {0x1A9, 0x283}, {0x1AC, 0x1AD},  {0x1AE, 0x288}, {0x1AF, 0x1B0},  {0x1B1, 0x28A},
    {0x1B2, 0x28B}, {0x1B3, 0x1B4},  {0x1B5, 0x1B6}, {0x1B7, 0x292},  {0x1B8, 0x1B9},
    {0x1BC, 0x1BD}, {0x1C4, 0x1C6},  {0x1C5, 0x1C6}, {0x1C7, 0x1C9},  {0x1C8, 0x1C9},
    {0x1CA, 0x1CC}, {0x1CB, 0x1CC},  {0x1F1, 0x1F3}, {0x1F2, 0x1F3},  {0x1F4, 0x1F5},
    {0x1F6, 0x195}, {0x1F7, 0x1BF},  {0x220, 0x19E}, {0x23A, 0x2C65}, {0x23B, 0x23C},
    {0x23D, 0x19A}, {0x23E, 0x2C66}, {0x241, 0x242}, {0x243, 0x180},  {0x244, 0x289},
    {0x245, 0x28C},
}};
static_assert(std::is_sorted(kLatinExtendedB.begin(), kLatinExtendedB.end()),
              "listed() searches it");

char32_t fold_latin_extended_b(char32_t cp) {
  if (cp >= 0x1CD && cp <= 0x1DC) return paired(cp, true);
  if ((cp >= 0x1DE && cp <= 0x1EF) || (cp >= 0x1F8 && cp <= 0x21F) ||
      (cp >= 0x222 && cp <= 0x233) || (cp >= 0x246 && cp <= 0x24F)) // Romanian Ș, Ț among them
    return paired(cp);
  return listed(kLatinExtendedB, cp).value_or(cp);
}

/// Latin Extended Additional: Vietnamese and Welsh letters with two marks, all in pairs.
char32_t fold_latin_extended_additional(char32_t cp) {
  if (cp == 0x1E9B) return 0x1E61; // long s with dot above
  if (cp == 0x1E9E) return 0xDF;   // capital sharp s: ß
  if (cp <= 0x1E95 || cp >= 0x1EA0) return paired(cp);
  return cp;
}

/// Greek and Coptic outside its runs: accented capitals, final sigma (U+03C2), the symbol
/// variants, and the combining ypogegrammeni (U+0345), which folds to iota.
constexpr std::array<std::pair<char32_t, char32_t>, 19> kGreek{{
    {0x345, 0x3B9}, {0x37F, 0x3F3}, {0x386, 0x3AC}, {0x38C, 0x3CC}, {0x38E, 0x3CD},
    {0x38F, 0x3CE}, {0x3C2, 0x3C3}, {0x3CF, 0x3D7}, {0x3D0, 0x3B2}, {0x3D1, 0x3B8},
    {0x3D5, 0x3C6}, {0x3D6, 0x3C0}, {0x3F0, 0x3BA}, {0x3F1, 0x3C1}, {0x3F4, 0x3B8},
    {0x3F5, 0x3B5}, {0x3F7, 0x3F8}, {0x3F9, 0x3F2}, {0x3FA, 0x3FB},
}};
static_assert(std::is_sorted(kGreek.begin(), kGreek.end()), "listed() searches it");

char32_t fold_greek(char32_t cp) {
  if (const auto fold = listed(kGreek, cp)) return *fold;
  if (cp >= 0x388 && cp <= 0x38A) return cp + 0x25;
  if ((cp >= 0x391 && cp <= 0x3A1) || (cp >= 0x3A3 && cp <= 0x3AB)) return cp + 0x20;
  if (cp >= 0x3FD && cp <= 0x3FF) return cp - 0x82;
  if ((cp >= 0x370 && cp <= 0x373) || cp == 0x376 || (cp >= 0x3D8 && cp <= 0x3EF))
    return paired(cp);
  return cp;
}

char32_t fold_cyrillic(char32_t cp) {
  if (cp <= 0x40F) return cp + 0x50; // Ѐ..Џ, with Ukrainian Є, І, Ї
  if (cp <= 0x42F) return cp + 0x20; // А..Я
  if (cp == 0x4C0) return 0x4CF;     // palochka
  if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
      (cp >= 0x4D0 && cp <= 0x52F)) // Ґ (U+0490) among them
    return paired(cp);
  if (cp >= 0x4C1 && cp <= 0x4CE) return paired(cp, true);
  return cp;
}

/// Space, tab, line breaks and the no-break spaces an export may carry in a name.
bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F;
}

} // namespace

char32_t fold_case(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 0x20 : cp;
  if (cp <= 0xFF) return fold_latin_1(cp);
  if (cp <= 0x17F) return fold_latin_extended_a(cp);
  if (cp <= 0x24F) return fold_latin_extended_b(cp);
  if (cp >= 0x345 && cp <= 0x3FF) return fold_greek(cp);
  if (cp >= 0x400 && cp <= 0x52F) return fold_cyrillic(cp);
  if (cp >= 0x1E00 && cp <= 0x1EFF) return fold_latin_extended_additional(cp);
  return cp;
}

namespace {

/// `s` case folded; with `collapse`, trimmed and each run of white space one space. Bytes
/// that are not UTF-8 are kept as they are.
std::string folded(std::string_view s, bool collapse) {
  std::string out;
  out.reserve(s.size());
  bool space = false; // a run of white space since the last character kept
  for (std::size_t i = 0; i < s.size();) {
    const utf8::Decoded d = utf8::decode(s, i);
    if (collapse && d.cp && is_space(*d.cp)) {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      if (d.cp)
        utf8::append(out, fold_case(*d.cp));
      else
        out += s[i];
    }
    i += d.length;
  }
  return out;
}

} // namespace

std::string fold_case(std::string_view s) {
  return folded(s, false);
}

std::string matching_form(std::string_view s) {
  return folded(s, true);
}

} // namespace acctmgr
