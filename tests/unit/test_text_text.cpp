#include "text/text.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

TEST_CASE("display_width counts terminal columns") {
  CHECK(display_width("") == 0);
  CHECK(display_width("Acme Corp") == 9);
  CHECK(display_width("Київстар") == 8);      // Cyrillic: 16 bytes, 8 columns
  CHECK(display_width("Ωμέγα") == 5);         // Greek with a precomposed accent
  CHECK(display_width("Crème brûlée") == 12); // Latin accented, precomposed
  CHECK(display_width("Cre\u0300me") == 5);   // e + combining grave accent
  CHECK(display_width("\u0438\u0306") == 1);  // и + combining breve
  CHECK(display_width("日本電気") == 8);      // CJK ideographs are wide
  CHECK(display_width("한국") == 4);          // Hangul syllables
  CHECK(display_width("ＡＢ") == 4);          // fullwidth Latin
  CHECK(display_width("ｱ") == 1);             // halfwidth katakana stays narrow
  CHECK(display_width("👍") == 2);
  CHECK(display_width("ok 😀") == 5);
  CHECK(display_width("❤️") == 1);    // text-presentation heart + VS16 (0)
  CHECK(display_width("a\u200Bb") == 2);  // zero-width space
  CHECK(display_width("a\u200Db") == 2);  // zero-width joiner
  CHECK(display_width("\xff") == 1);      // invalid byte
  CHECK(display_width("a\xe6\x97") == 3); // truncated sequence: one per byte
  CHECK(display_width("\x1b") == 1);      // as documented: everything else 1
}

TEST_CASE("escape_terminal makes control characters visible") {
  CHECK(escape_terminal("Acme Corp") == "Acme Corp");
  CHECK(escape_terminal("Київстар 日本 👍") == "Київстар 日本 👍");
  CHECK(escape_terminal("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(escape_terminal("a\tb\nc\rd") == "a\\tb\\nc\\rd");
  CHECK(escape_terminal(std::string_view("nul\0", 4)) == "nul\\x00");
  CHECK(escape_terminal("\x7f") == "\\x7f");
  CHECK(escape_terminal("\xc2\x9b"
                        "2J") == "\\u{9b}2J"); // C1 CSI as a code point
  CHECK(escape_terminal("evil\u202Etxt.exe") == "evil\\u{202e}txt.exe");
  CHECK(escape_terminal("\u200E\u200F\u2066\u2069\u061C") ==
        "\\u{200e}\\u{200f}\\u{2066}\\u{2069}\\u{61c}");
  CHECK(escape_terminal("\u200B") == "\u200B"); // zero-width space: harmless, unchanged
  CHECK(escape_terminal("bad\xff") == "bad\\xff");
  CHECK(escape_terminal("\xc3") == "\\xc3");                            // truncated
  CHECK(escape_terminal("\xc0\xaf") == "\\xc0\\xaf");                   // overlong '/'
  CHECK(escape_terminal("\xed\xa0\x80") == "\\xed\\xa0\\x80");          // UTF-16 surrogate
  CHECK(escape_terminal("\xf4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80"); // above U+10FFFF
  CHECK(escape_terminal("back\\slash") == "back\\slash");
}

TEST_CASE("pad fills to display columns") {
  CHECK(pad("abc", 5, false) == "abc  ");
  CHECK(pad("abc", 5, true) == "  abc");
  CHECK(pad("Київ", 6, false) == "Київ  ");
  CHECK(pad("日本", 5, true) == " 日本");
  CHECK(pad("toolong", 3, false) == "toolong");
  CHECK(pad("", 2, false) == "  ");
}
