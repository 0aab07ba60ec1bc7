// One big file cut at client boundaries and parsed on several threads: the same clients and
// the same messages as one thread, and no cut where the layout does not prove it safe.
#include "read/client_cuts.hpp"
#include "text/diagnostic.hpp"
#include "read/load.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace acctmgr;

namespace load_pieces {

/// A portfolio of `count` clients, about 300 bytes each, some with a multi-line flow mapping.
std::string big_book(int count, const std::string& extra_last = "") {
  std::string out = "# a big book\nmanager: Big\ncurrency: USD\nas_of: 2026-10\nclients:\n";
  for (int i = 0; i < count; ++i) {
    out += fmt::format("  - id: c{}\n    name: \"Client {}\"\n", i, i);
    out += i % 2 ? fmt::format("    revenue:\n      {{2026-01: {}.5, 2026-02: 7,\n       "
                               "2026-03: 8}}\n",
                               i)
                 : fmt::format("    revenue:\n      2026-01: {}\n      2026-02: 12.25\n", i);
    out += "    stakeholders:\n      - {id: cfo, name: Chief, roles: [payer]}\n"
           "    activity:\n      - {date: 2026-03-04, with: [cfo], mode: call}\n";
  }
  return out + extra_last;
}

/// Everything the model keeps of the clients, or every message, as text.
std::vector<std::string> outcome(const std::string& text, unsigned threads) {
  std::vector<std::string> out;
  try {
    const Portfolio p =
        parse_portfolio(text, "big.yaml", {}, std::nullopt, Month{2026, 10}, threads);
    out.push_back(fmt::format("{} {} {}", p.manager, p.as_of_pos.line, p.clients.size()));
    for (const Client& c : p.clients) {
      std::string line = fmt::format("{} {} {}:{} {}", c.id, c.name, c.pos.line, c.pos.column,
                                     c.activity.front().pos.line);
      for (const auto& [month, amount] : c.revenue.entries())
        line += fmt::format(" {}={}", to_string(month), amount.cents());
      out.push_back(line);
    }
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(format_diagnostic(d));
  }
  return out;
}

/// The cuts of a text, as the loader plans them for a file holding it.
std::optional<ClientCuts> cuts_of(std::string_view text, std::size_t count) {
  return plan_client_cuts(SourceText(text, "book.yaml"), count);
}

} // namespace load_pieces

using namespace load_pieces;

TEST_CASE("pieces: a big clean file gives the clients of one thread, positions included") {
  const std::string text = big_book(2500);
  REQUIRE(cuts_of(text, 4)); // the cut path is the one tested
  const auto expected = outcome(text, 1);
  REQUIRE(expected.size() == 2501);
  CHECK(outcome(text, 4) == expected);
}

TEST_CASE("pieces: a problem anywhere gives the messages of one thread") {
  // A duplicate id across pieces, a bad month late in the file, an unclosed flow mapping
  // whose lines look like items, a second `clients:` key.
  for (const std::string& last :
       {std::string("  - id: c1\n    name: Again\n"),
        std::string("  - id: z\n    name: Z\n    revenue: {2026-13: 5}\n"),
        std::string("  - id: z\n    name: Z\n    revenue: {2026-01: 5,\n  - id: y\n    name: Y\n"),
        std::string("clients:\n  - id: z\n    name: Z\n")}) {
    CAPTURE(last);
    const std::string text = big_book(2500, last);
    const auto expected = outcome(text, 1);
    CHECK(expected.front().find("error") != std::string::npos);
    CHECK(outcome(text, 4) == expected);
  }
}

TEST_CASE("pieces: no cut unless the layout is the plain block one") {
  const std::string text = big_book(2500);
  CHECK(cuts_of(text, 4)->pieces.size() >= 2);
  CHECK_FALSE(cuts_of(text, 1));
  CHECK_FALSE(cuts_of(big_book(10), 4));            // too small to be worth it
  CHECK_FALSE(cuts_of(text + "settings: {}\n", 4)); // a key after the list
  CHECK_FALSE(cuts_of(text + "\t- id: x\n", 4));    // a tab in an indentation
  CHECK_FALSE(cuts_of(text + "...\n", 4));          // a document end
  CHECK_FALSE(cuts_of(text + " x: 1\n", 4));        // less indented than the items
  CHECK_FALSE(cuts_of(text + "  x: 1\n", 4));       // at theirs, but no item
  std::string column_zero = text;
  for (std::size_t at = 0; (at = column_zero.find("\n  - id", at)) != std::string::npos;)
    column_zero.erase(++at, 2); // items at column 0, as `clients:` itself
  CHECK_FALSE(cuts_of(column_zero, 4));
  std::string flow = "{manager: Big, currency: USD,\n clients: [\n" + std::string(600000, ' ');
  CHECK_FALSE(cuts_of(flow, 4));
}
