// SourceText: a byte offset becomes a 1-based line and a column in characters, and a line
// number its text, from an index of one entry per 256-byte block.
#include "read/source_text.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace acctmgr;

namespace source_text_test {

/// The same answers by the plainest reading: count line breaks and characters from the start.
SourcePos naive_position(std::string_view text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

std::string_view naive_line(std::string_view text, int line) {
  std::size_t begin = 0;
  for (int l = 1; l < line; ++l) {
    begin = text.find('\n', begin);
    if (begin == std::string_view::npos) return {};
    ++begin;
  }
  std::size_t end = std::min(text.find('\n', begin), text.size());
  if (end > begin && text[end - 1] == '\r') --end;
  return text.substr(begin, end - begin);
}

} // namespace source_text_test

using namespace source_text_test;

TEST_CASE("SourceText: positions by hand, with CRLF and two-byte characters") {
  const std::string text = "a: 1\r\nname: Олена\nx\n";
  const SourceText s(text, "p.yaml");
  CHECK(s.position(0) == SourcePos{1, 1});
  CHECK(s.position(3) == SourcePos{1, 4});   // "1"
  CHECK(s.position(6) == SourcePos{2, 1});   // "name"
  CHECK(s.position(12) == SourcePos{2, 7});  // "О", the first Cyrillic letter
  CHECK(s.position(14) == SourcePos{2, 8});  // "л": one column on, two bytes on
  CHECK(s.position(23) == SourcePos{3, 1});  // "x"
  CHECK(s.position(999) == SourcePos{4, 1}); // past the end: the end
  CHECK(s.line_text(1) == "a: 1");           // the CR is not part of the line
  CHECK(s.line_text(2) == "name: Олена");
  CHECK(s.line_text(3) == "x");
  CHECK(s.line_text(4).empty());
  CHECK(s.line_text(5).empty());
  CHECK(s.line_text(0).empty());
}

TEST_CASE("SourceText: every offset and line of texts whose lines cross blocks") {
  // Lines of 1 to 700 bytes, some of two-byte characters, so that lines start and end on
  // either side of the 256-byte block boundaries and a block can hold no line break at all.
  std::string text;
  for (int i = 0; i < 40; ++i) {
    const int length = (i * 97) % 701;
    for (int j = 0; j < length; ++j)
      text += (i + j) % 5 == 0 ? "é" : "a";
    text += i % 3 == 0 ? "\r\n" : "\n";
  }
  for (const std::string& t :
       {text, text.substr(0, text.size() - 1), std::string(), std::string("\n\n")}) {
    const SourceText s(t, "p.yaml");
    for (std::size_t offset = 0; offset <= t.size(); ++offset)
      REQUIRE(s.position(offset) == naive_position(t, offset));
    const int lines = naive_position(t, t.size()).line;
    for (int line = 1; line <= lines + 1; ++line)
      REQUIRE(s.line_text(line) == naive_line(t, line));
  }
}
