#include "read/load.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace aliases_test {

/// Every problem of a portfolio as "LINE:COL: message"; empty when it loads.
std::vector<std::string> problems(std::string_view clients) {
  std::vector<std::string> out;
  try {
    parse_portfolio("manager: Ann\ncurrency: USD\nclients:\n" + std::string(clients), "a.yaml", {},
                    std::nullopt, Month(2026, 10));
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  }
  return out;
}

using Lines = std::vector<std::string>;

// The tests too: names like `row` are other test files' in a unity batch.

TEST_CASE("aliases: a list of text, block or flow") {
  const Portfolio p = parse_portfolio("manager: Ann\ncurrency: USD\nclients:\n"
                                      "  - id: acme\n    name: Acme Corp\n"
                                      "    aliases: [ACME Corporation, \"Acme Corp. (EMEA)\"]\n"
                                      "  - id: kh\n    name: ТОВ Харків\n    aliases:\n"
                                      "      - Kharkiv Steel\n"
                                      "  - id: none\n    name: None\n    aliases: []\n",
                                      "a.yaml", {}, std::nullopt, Month(2026, 10));
  REQUIRE(p.clients.size() == 3);
  CHECK(p.clients[0].aliases == std::vector<std::string>{"ACME Corporation", "Acme Corp. (EMEA)"});
  CHECK(p.clients[1].aliases == std::vector<std::string>{"Kharkiv Steel"});
  CHECK(p.clients[2].aliases.empty());
  // A client answering to one name several ways is fine: its name is its id, an alias
  // repeats its name in capitals.
  CHECK(problems("  - id: acme\n    name: ACME\n    aliases: [Acme, acme, ' ACME ']\n").empty());
}

TEST_CASE("aliases: each one line of text, not blank") {
  CHECK(problems("  - id: a\n    name: A\n    aliases: [\"\", \"\u00a0\", [x], ok]\n") ==
        Lines{"6:15: must not be empty", "6:19: must not be empty",
              "6:24: expected text, not a list"});
  CHECK(problems("  - id: a\n    name: A\n    aliases: Acme\n") ==
        Lines{"6:14: expected a list, not 'Acme'"});
}

TEST_CASE("aliases: two clients answering to one name, at the later one") {
  // Names and aliases compared ignoring case and spacing, in Unicode; ids too.
  CHECK(problems("  - id: acme\n    name: Acme Corp\n    aliases: [ACME Corporation]\n"
                 "  - id: acme-eu\n    name: ACME  corp\n"
                 "    aliases: [acme, Acme Europe, 'acme\u00a0corporation']\n"
                 "  - id: kh\n    name: ТОВ Харків\n"
                 "  - id: kh2\n    name: Kharkiv\n    aliases: [тов харків]\n") ==
        Lines{"8:11: name 'ACME  corp' of client 'acme-eu' matches the name 'Acme Corp' of "
              "client 'acme' (line 5): an import could not tell the two clients apart",
              "9:15: alias 'acme' of client 'acme-eu' matches the id 'acme' of client 'acme' "
              "(line 4): an import could not tell the two clients apart",
              "9:34: alias 'acme\u00a0corporation' of client 'acme-eu' matches the alias 'ACME "
              "Corporation' of client 'acme' (line 6): an import could not tell the two clients "
              "apart",
              "14:15: alias 'тов харків' of client 'kh2' matches the name 'ТОВ Харків' of client "
              "'kh' (line 11): an import could not tell the two clients apart"});
  // A later client's id that is an earlier client's name.
  CHECK(problems("  - id: first\n    name: Beta\n  - id: beta\n    name: Beta Two\n") ==
        Lines{"6:9: id 'beta' of client 'beta' matches the name 'Beta' of client 'first' (line "
              "5): an import could not tell the two clients apart"});
  // A duplicate id is reported once, as such.
  CHECK(problems("  - id: a\n    name: A1\n  - id: a\n    name: A2\n") ==
        Lines{"6:9: duplicate client id 'a' (first at line 4, column 9)"});
}

} // namespace aliases_test
