// Issue 22: `acctmgr close MONTH` sets a portfolio's as_of (SPEC section 10): in place when the
// file has the key (its quotes and comment kept), else on the line after `currency:` at its
// indentation, with the file's line ends; every other byte as it was.
#include "edit/as_of_edit.hpp"
#include "read/load.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace as_of_test {

const Month kNov{2026, 11};

std::string closed(std::string_view text, Month m = kNov) {
  return portfolio_edit::set_as_of(text, m);
}

/// The as_of the loader reads from `text`, which must have one.
Month loaded_as_of(const std::string& text) {
  const Portfolio p =
      parse_portfolio(text, "p.yaml", SettingsFile{}, std::nullopt, Month{9999, 12});
  CHECK(p.as_of_pos.line > 0);
  return p.as_of;
}

} // namespace as_of_test

using as_of_test::closed;
using as_of_test::kNov;

TEST_CASE("as_of is replaced in place, in block and flow style, keeping quotes and comments") {
  CHECK(closed("manager: M\ncurrency: USD\nas_of: 2026-10\nclients: []\n") ==
        "manager: M\ncurrency: USD\nas_of: 2026-11\nclients: []\n");
  CHECK(closed("manager: M\ncurrency: USD\nas_of: 2026-10   # last closed month\nclients: []\n") ==
        "manager: M\ncurrency: USD\nas_of: 2026-11   # last closed month\nclients: []\n");
  CHECK(closed("manager: M\ncurrency: USD\nas_of: \"2026-10\" # quoted\n") ==
        "manager: M\ncurrency: USD\nas_of: \"2026-11\" # quoted\n");
  CHECK(closed("manager: M\ncurrency: USD\nas_of: '2026-10'\n") ==
        "manager: M\ncurrency: USD\nas_of: '2026-11'\n");
  CHECK(closed("{manager: M, currency: USD, as_of: 2026-10, clients: []}\n") ==
        "{manager: M, currency: USD, as_of: 2026-11, clients: []}\n");
  CHECK(closed("{manager: M, currency: USD, as_of: \"2026-10\"}") ==
        "{manager: M, currency: USD, as_of: \"2026-11\"}");
  // A reopen goes back the same way.
  CHECK(closed("manager: M\ncurrency: USD\nas_of: 2026-10\n", Month{2026, 3}) ==
        "manager: M\ncurrency: USD\nas_of: 2026-03\n");
  // After the clients (they are streamed, not kept: the key after them is still found).
  CHECK(closed("manager: M\ncurrency: USD\nclients:\n  - id: a\n    name: A\nas_of: 2026-10\n") ==
        "manager: M\ncurrency: USD\nclients:\n  - id: a\n    name: A\nas_of: 2026-11\n");
  // CRLF and a BOM stay.
  CHECK(closed("\xEF\xBB\xBFmanager: M\r\ncurrency: USD\r\nas_of: 2026-10\r\n") ==
        "\xEF\xBB\xBFmanager: M\r\ncurrency: USD\r\nas_of: 2026-11\r\n");
}

TEST_CASE("an as_of that reads the month already is not edited") {
  const std::string text = "manager: M\ncurrency: USD\nas_of: \"2026-11\"  # closed\n";
  CHECK(portfolio_edit::as_of_edits(text, kNov).empty());
  CHECK(closed(text) == text);
}

TEST_CASE("a missing as_of is added on the line after currency, in the file's style") {
  // After currency's line, before a comment that belongs to the next key.
  CHECK(closed("manager: M\ncurrency: USD   # dollars\n# the book\nclients: []\n") ==
        "manager: M\ncurrency: USD   # dollars\nas_of: 2026-11\n# the book\nclients: []\n");
  // At currency's indentation.
  CHECK(closed("  manager: M\n  currency: USD\n  clients: []\n") ==
        "  manager: M\n  currency: USD\n  as_of: 2026-11\n  clients: []\n");
  // With the file's line ends, CRLF too, and its BOM.
  CHECK(closed("manager: M\r\ncurrency: USD\r\nclients: []\r\n") ==
        "manager: M\r\ncurrency: USD\r\nas_of: 2026-11\r\nclients: []\r\n");
  CHECK(closed("\xEF\xBB\xBFmanager: M\ncurrency: USD\n") ==
        "\xEF\xBB\xBFmanager: M\ncurrency: USD\nas_of: 2026-11\n");
  // currency last, without a final line break: the new line gets one before it.
  CHECK(closed("manager: M\ncurrency: USD") == "manager: M\ncurrency: USD\nas_of: 2026-11");
  CHECK(closed("manager: M\r\ncurrency: USD") == "manager: M\r\ncurrency: USD\r\nas_of: 2026-11");
  // A quoted currency, first in the file.
  CHECK(closed("currency: \"USD\"\nmanager: M\n") ==
        "currency: \"USD\"\nas_of: 2026-11\nmanager: M\n");
  // Flow style: right after currency's value, before the next entry or the closing brace.
  CHECK(closed("{manager: M, currency: USD, clients: []}\n") ==
        "{manager: M, currency: USD, as_of: 2026-11, clients: []}\n");
  CHECK(closed("{manager: M,\n currency: 'USD'}\n") ==
        "{manager: M,\n currency: 'USD', as_of: 2026-11}\n");
  // One edit, an insertion: every other byte stays.
  const std::string text = "manager: M\ncurrency: USD\nclients:\n  - id: a\n    name: A\n";
  const auto edits = portfolio_edit::as_of_edits(text, kNov);
  REQUIRE(edits.size() == 1);
  CHECK(edits[0].length == 0);
  CHECK(edits[0].offset == std::string_view("manager: M\ncurrency: USD\n").size());
}

TEST_CASE("the closed file reads back with the month as its as_of") {
  CHECK(as_of_test::loaded_as_of(closed("manager: M\ncurrency: USD\nclients: []\n")) == kNov);
  CHECK(as_of_test::loaded_as_of(closed("{manager: M, currency: USD, clients: []}")) == kNov);
  CHECK(as_of_test::loaded_as_of(closed("manager: M\ncurrency: USD\nas_of: '2025-01'\n")) == kNov);
}

TEST_CASE("a text the editor cannot close is an EditError") {
  CHECK_THROWS_AS(closed("manager: M\ncurrency: [USD\n"), yaml_edit::EditError);
  CHECK_THROWS_AS(closed("manager: M\n"), yaml_edit::EditError);
  CHECK_THROWS_AS(closed("- a\n- b\n"), yaml_edit::EditError);
  CHECK_THROWS_AS(closed("manager: M\ncurrency: USD\nas_of: {a: 1}\n"), yaml_edit::EditError);
}
