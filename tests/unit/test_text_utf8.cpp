#include "text/utf8.hpp"

#include <doctest/doctest.h>
#include <string_view>

using namespace acctmgr;

namespace {

/// The code point of the sequence at the start of `bytes`, checking that it spans all of them.
char32_t only_code_point(std::string_view bytes) {
  const utf8::Decoded d = utf8::decode(bytes, 0);
  REQUIRE(d.cp.has_value());
  CHECK(d.length == bytes.size());
  return *d.cp;
}

/// True when the first byte of `bytes` is rejected on its own.
bool invalid_at_start(std::string_view bytes) {
  const utf8::Decoded d = utf8::decode(bytes, 0);
  return !d.cp && d.length == 1;
}

} // namespace

TEST_CASE("decode reads valid sequences of 1 to 4 bytes") {
  CHECK(only_code_point("A") == 0x41);
  CHECK(only_code_point(std::string_view("\0", 1)) == 0x00);
  CHECK(only_code_point("\x7F") == 0x7F);
  CHECK(only_code_point("\xC2\x80") == 0x80); // smallest 2-byte
  CHECK(only_code_point("\xC3\xA9") == 0xE9); // é
  CHECK(only_code_point("\xDF\xBF") == 0x7FF);
  CHECK(only_code_point("\xE0\xA0\x80") == 0x800);  // smallest 3-byte
  CHECK(only_code_point("\xE2\x82\xAC") == 0x20AC); // €
  CHECK(only_code_point("\xED\x9F\xBF") == 0xD7FF); // just below the surrogates
  CHECK(only_code_point("\xEE\x80\x80") == 0xE000); // just above them
  CHECK(only_code_point("\xEF\xBF\xBF") == 0xFFFF);
  CHECK(only_code_point("\xF0\x90\x80\x80") == 0x10000); // smallest 4-byte
  CHECK(only_code_point("\xF0\x9F\x98\x80") == 0x1F600); // 😀
  CHECK(only_code_point("\xF4\x8F\xBF\xBF") == 0x10FFFF);
}

TEST_CASE("decode starts at the offset it is given") {
  const std::string_view s = "a\xC3\xA9\xE2\x82\xAC";
  CHECK(utf8::decode(s, 1).cp == char32_t{0xE9});
  CHECK(utf8::decode(s, 1).length == 2);
  CHECK(utf8::decode(s, 3).cp == char32_t{0x20AC});
  CHECK(utf8::decode(s, 3).length == 3);
  CHECK(invalid_at_start(s.substr(2))); // inside é: a continuation byte
}

TEST_CASE("decode rejects overlong forms one byte at a time") {
  CHECK(invalid_at_start("\xC0\x80"));         // U+0000
  CHECK(invalid_at_start("\xC0\x9B"));         // U+001B: ESC smuggled as two bytes
  CHECK(invalid_at_start("\xC1\xBF"));         // U+007F
  CHECK(invalid_at_start("\xE0\x80\xAF"));     // U+002F '/'
  CHECK(invalid_at_start("\xE0\x82\x85"));     // U+0085, a C1 control
  CHECK(invalid_at_start("\xE0\x9F\xBF"));     // U+07FF
  CHECK(invalid_at_start("\xF0\x80\x80\x80")); // U+0000
  CHECK(invalid_at_start("\xF0\x8F\xBF\xBF")); // U+FFFF
}

TEST_CASE("decode rejects surrogates and code points above U+10FFFF") {
  CHECK(invalid_at_start("\xED\xA0\x80"));         // U+D800
  CHECK(invalid_at_start("\xED\xBF\xBF"));         // U+DFFF
  CHECK(invalid_at_start("\xF4\x90\x80\x80"));     // U+110000
  CHECK(invalid_at_start("\xF5\x80\x80\x80"));     // lead byte past U+13FFFF
  CHECK(invalid_at_start("\xF7\xBF\xBF\xBF"));     // U+1FFFFF
  CHECK(invalid_at_start("\xF8\x88\x80\x80\x80")); // a 5-byte form
  CHECK(invalid_at_start("\xFE"));
  CHECK(invalid_at_start("\xFF"));
}

TEST_CASE("decode rejects truncated sequences and stray continuation bytes") {
  CHECK(invalid_at_start("\xC3"));         // at the end
  CHECK(invalid_at_start("\xE2\x82"));     // at the end
  CHECK(invalid_at_start("\xF0\x9F\x98")); // at the end
  CHECK(invalid_at_start("\xC3"
                         "A")); // cut by an ASCII byte
  CHECK(invalid_at_start("\xE2\x82"
                         "A"));
  CHECK(invalid_at_start("\xF0\x9F\x98\xC3\xA9")); // cut by the next character
  CHECK(invalid_at_start("\x80"));
  CHECK(invalid_at_start("\xBF"));
  // After a rejected lead byte the next one is read afresh.
  const std::string_view cut = "\xE2\x82"
                               "A";
  CHECK(invalid_at_start(cut.substr(1)));
  CHECK(utf8::decode(cut, 2).cp == char32_t{'A'});
}

TEST_CASE("continuation bytes and character counts") {
  CHECK(utf8::is_continuation('\x80'));
  CHECK(utf8::is_continuation('\xBF'));
  CHECK(!utf8::is_continuation('\x7F'));
  CHECK(!utf8::is_continuation('\xC0'));
  CHECK(!utf8::is_continuation('\xFF'));
  CHECK(!utf8::is_continuation('a'));

  CHECK(utf8::count_chars("") == 0);
  CHECK(utf8::count_chars("abc") == 3);
  CHECK(utf8::count_chars("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2") == 4); // Київ: 8 bytes
  CHECK(utf8::count_chars("\xE6\x97\xA5\xE6\x9C\xAC") == 2);         // 日本: 6 bytes
  CHECK(utf8::count_chars("\xF0\x9F\x98\x80") == 1);                 // 😀
  // Invalid text: a lead byte counts, a stray continuation byte does not (source columns).
  CHECK(utf8::count_chars("a\x80") == 1);
  CHECK(utf8::count_chars("\xE2\x82") == 1);
  CHECK(utf8::count_chars("\xFF\xFF") == 2);

  const std::string_view s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"; // a é € 😀
  CHECK(utf8::next_char(s, 0) == 1);
  CHECK(utf8::next_char(s, 1) == 3);
  CHECK(utf8::next_char(s, 3) == 6);
  CHECK(utf8::next_char(s, 6) == 10);
  CHECK(utf8::next_char("\x80\x80"
                        "a",
                        0) == 2); // the byte at i is always taken, even a stray one
}

TEST_CASE("control character classes") {
  CHECK(utf8::is_c0(0x00));
  CHECK(utf8::is_c0('\t'));
  CHECK(utf8::is_c0(0x1B));
  CHECK(utf8::is_c0(0x1F));
  CHECK(!utf8::is_c0(0x20));
  CHECK(!utf8::is_c0(0x7F));

  CHECK(utf8::is_del(0x7F));
  CHECK(!utf8::is_del(0x7E));
  CHECK(!utf8::is_del(0x80));

  CHECK(utf8::is_c1(0x80));
  CHECK(utf8::is_c1(0x85)); // NEL
  CHECK(utf8::is_c1(0x9B)); // CSI
  CHECK(utf8::is_c1(0x9F));
  CHECK(!utf8::is_c1(0x7F));
  CHECK(!utf8::is_c1(0xA0)); // no-break space

  CHECK(utf8::is_control(0x00));
  CHECK(utf8::is_control('\n'));
  CHECK(utf8::is_control(0x7F));
  CHECK(utf8::is_control(0x9B));
  CHECK(!utf8::is_control(' '));
  CHECK(!utf8::is_control('~'));
  CHECK(!utf8::is_control(0xA0));
  CHECK(!utf8::is_control(0xFEFF));
  CHECK(!utf8::is_control(0x202E)); // bidi controls are a class of their own

  for (const char32_t cp : std::u32string_view(U"\u061C\u200E\u200F\u202A\u202B\u202C\u202D"
                                               U"\u202E\u2066\u2067\u2068\u2069"))
    CHECK(utf8::is_bidi_control(cp));
  for (const char32_t cp : std::u32string_view(U"\u061B\u061D\u200B\u200D\u2029\u202F\u2065\u206A"))
    CHECK(!utf8::is_bidi_control(cp));
  CHECK(!utf8::is_bidi_control(0x1B));
}

TEST_CASE("first_control finds the first control character not allowed") {
  CHECK(!utf8::first_control(""));
  CHECK(!utf8::first_control("Acme Corp \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2"));
  CHECK(utf8::first_control("a\x1b[31m\x7F") == char32_t{0x1B});
  CHECK(utf8::first_control(std::string_view("a\0b", 3)) == char32_t{0});
  CHECK(utf8::first_control("a\nb") == char32_t{'\n'});
  CHECK(!utf8::first_control("a\nb\tc", U"\n\t"));
  CHECK(utf8::first_control("a\nb\r\n", U"\n\t") == char32_t{'\r'});
  CHECK(utf8::first_control("a\n\x7F", U"\n\t") == char32_t{0x7F});
  CHECK(utf8::first_control("a\xC2\x85") == char32_t{0x85});
  // Invalid bytes are not characters: an overlong ESC is not a control (the byte check
  // refuses it), and a stray lead byte does not hide the C1 control after it.
  CHECK(!utf8::first_control("\xC0\x9B"));
  CHECK(utf8::first_control("\xE0\xC2\x9B") == char32_t{0x9B});
  CHECK(!utf8::first_control("\xE2\x80\xAE")); // U+202E is a bidi control, not a control
}
