#include "write/text_out.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace acctmgr;

TEST_CASE("text out: held whole without a sink; a separator only before text that follows") {
  TextOut out;
  out += "a";
  out.separate("\n");
  out += ""; // nothing added: the separator still waits
  CHECK(out.size() == 1);
  out.separate("\n");
  out += 'b';
  out.separate("\n"); // nothing follows: never written
  CHECK(out.size() == 3);
  CHECK(out.take() == "a\nb");
}

TEST_CASE("text out: a sink gets parts of at least 64 KiB, and take() the rest") {
  std::vector<std::string> parts;
  TextOut out([&](const std::string& part) { parts.push_back(part); });
  const std::string line(1000, 'x');
  for (int i = 0; i < 200; ++i)
    out += line; // 200,000 bytes: three parts of 66,000 and a rest of 2,000
  REQUIRE(parts.size() == 3);
  for (const std::string& part : parts)
    CHECK(part.size() == 66000); // the first 1,000-byte piece to reach 65,536
  CHECK(out.size() == 200000);
  CHECK(out.take().size() == 2000);
}
