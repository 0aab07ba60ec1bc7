// Help wrapped to the terminal, and init's starter dated from the month it is written in
// (SPEC section 7, v3).
#include "cli/help_wrap.hpp"
#include "cli/starter_portfolio.hpp"
#include "model/portfolio.hpp"
#include "read/load.hpp"

#include <doctest/doctest.h>
#include <string>

namespace help_tests {

using acctmgr::Month;
using acctmgr::cli::starter_portfolio;
using acctmgr::cli::wrap_help;

TEST_CASE("help lines that fit stay as they are") {
  const std::string help =
      "Usage: acctmgr review [OPTIONS] [paths...]\n\n  -h,--help  Print this\n";
  CHECK(wrap_help(help, 80) == help);
}

TEST_CASE("an option's description wraps under itself") {
  // The description starts at column 12 (2 + "--as-of" + 3 spaces); 40 columns leave 28.
  const std::string line = "  --as-of   Last closed month YYYY-MM, at most the last complete month";
  CHECK(wrap_help(line, 40) == "  --as-of   Last closed month YYYY-MM,\n"
                               "            at most the last complete\n"
                               "            month");
  // At 30 only 18 would be left: the continuation goes under the option instead.
  CHECK(wrap_help(line, 30) == "  --as-of   Last closed month\n"
                               "  YYYY-MM, at most the last\n"
                               "  complete month");
}

TEST_CASE("a paragraph wraps at its own indentation; a word wider than the room stays whole") {
  CHECK(wrap_help("A month is unknown for a client before its first entry", 20) ==
        "A month is unknown\nfor a client before\nits first entry");
  CHECK(wrap_help("see https://example.com/a/very/long/path/that/cannot/break now", 20) ==
        "see\nhttps://example.com/a/very/long/path/that/cannot/break\nnow");
}

TEST_CASE("display columns, not bytes: × and − are one column each") {
  // 2 + 12 + 2 = 16 columns of code, then a rule of 37 columns (40 bytes): 53 in all.
  const std::string line = "  BELOW_TARGET  prev_revenue × (1 + target) − revenue";
  CHECK(wrap_help(line, 53) == line);
  CHECK(wrap_help(line, 52) == "  BELOW_TARGET  prev_revenue × (1 + target) −\n"
                               "                revenue");
}

TEST_CASE("a gap past the middle of the width is no hanging indent") {
  CHECK(wrap_help("word word word word  tail tail", 20) == "word word word word\ntail tail");
}

TEST_CASE("the starter is dated from the month it is written in") {
  const std::string nov = starter_portfolio(Month(2026, 11));
  CHECK(nov.find("as_of: 2026-11              # last closed month") != std::string::npos);
  CHECK(nov.find("revenue: {2026: 1500000}") != std::string::npos);
  // 24 months ending as_of: 2024-12 .. 2026-11, the last with cents; a year earlier 40,000
  // rising by 250, this year 22 % more to the hundred: 2025-11 is 42,750, 2026-11 is
  // 42,750 × 1.22 = 52,155 -> 52,200 (half-up to the hundred), written 52200.50.
  CHECK(nov.find("      {2024-12: 40000, 2025-01: 40250,") != std::string::npos);
  CHECK(nov.find("2025-11: 42750,\n       2025-12: 48800,") != std::string::npos);
  CHECK(nov.find("2026-11: 52200.50}") != std::string::npos);
  // Cost 68 % to the hundred: 48,800 × 0.68 = 33,184 -> 33,200.
  CHECK(nov.find("2025-12: 33200,") != std::string::npos);
  CHECK(nov.find("{2026-12: 54000, 2027-01: 54000, 2027-02: 55000}") != std::string::npos);
  CHECK(nov.find("wallet: {2026: 900000}") != std::string::npos);
  CHECK(nov.find("last_price_increase: 2026-01") != std::string::npos);
  CHECK(nov.find("close: 2027-01}") != std::string::npos);
  CHECK(nov.find("{id: rates-2027, kind: price_increase, value: 24000, probability: 80%, "
                 "close: 2027-02}") != std::string::npos);
  CHECK(nov.find("until: 2027-02}") != std::string::npos);
  CHECK(nov.find("{date: 2026-10-15, with: [ann, bob], mode: meeting") != std::string::npos);
  CHECK(nov.find("{date: 2026-11-20, with: [ann], mode: call}") != std::string::npos);
  CHECK(nov.find("won: 2026-10\n    revenue: {2026-10: 12000, 2026-11: 15000}") !=
        std::string::npos);

  // In January the years move: the target and wallet are 2027's, the history from 2025-02.
  const std::string jan = starter_portfolio(Month(2027, 1));
  CHECK(jan.find("as_of: 2027-01 ") != std::string::npos);
  CHECK(jan.find("revenue: {2027: 1500000}") != std::string::npos);
  CHECK(jan.find("      {2025-02: 40000,") != std::string::npos);
  CHECK(jan.find("wallet: {2027: 900000}") != std::string::npos);
  CHECK(jan.find("{id: rates-2027,") != std::string::npos);
  CHECK(jan.find("{date: 2027-01-20, with: [ann], mode: call}") != std::string::npos);
}

TEST_CASE("the starter loads, in any month, with its as_of and two clients") {
  for (const Month m : {Month(2026, 11), Month(2027, 1), Month(2024, 2), Month(2030, 12)}) {
    const acctmgr::Portfolio p =
        acctmgr::parse_portfolio(starter_portfolio(m), "starter.yaml", {}, std::nullopt, m);
    CHECK(p.as_of == m);
    REQUIRE(p.clients.size() == 2);
    CHECK(p.clients[0].revenue.first_month() == m - 23);
  }
}

} // namespace help_tests
