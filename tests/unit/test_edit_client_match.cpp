#include "edit/client_match.hpp"
#include "edit/import_plan.hpp"
#include "export_rows.hpp"
#include "read/load.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace client_match_test {

Portfolio portfolio(std::string_view yaml, const std::string& file) {
  return parse_portfolio(yaml, file, {}, std::nullopt, Month(2026, 11));
}

using test::export_row;

/// Ann's book in UAH with a client in EUR; Bob's in USD. "Kharkiv Steel" is Ann's alias and
/// Bob's name.
std::vector<Portfolio> team() {
  std::vector<Portfolio> ps;
  ps.push_back(portfolio("manager: Ann\ncurrency: UAH\nas_of: 2026-10\nclients:\n"
                         "  - id: acme\n    name: Acme Corp\n"
                         "    aliases: [ACME Corporation, \"Acme Corp. (EMEA)\"]\n"
                         "    revenue: {2026-10: 100}\n"
                         "  - id: kh\n    name: ТОВ Харків\n    currency: EUR\n"
                         "    aliases:\n      - Kharkiv Steel\n",
                         "ann.yaml"));
  ps.push_back(portfolio("manager: Bob\ncurrency: USD\nas_of: 2026-09\nclients:\n"
                         "  - id: ks\n    name: Kharkiv  Steel\n",
                         "bob.yaml"));
  return ps;
}

/// The ids found for `value`.
std::vector<std::string> ids(const ClientIndex& index, std::string_view value) {
  std::vector<std::string> out;
  for (const ClientRef& c : index.find(value))
    out.push_back(c.client->id);
  return out;
}

std::vector<std::string> messages(const ImportPlan& plan) {
  std::vector<std::string> out;
  for (const RowProblem& p : plan.problems)
    out.push_back(std::to_string(p.pos.line) + ":" + std::to_string(p.pos.column) + ": " +
                  p.message);
  return out;
}

using Names = std::vector<std::string>;

// The tests too: names like `row` are other test files' in a unity batch.

TEST_CASE("client index: by id, name or alias, ignoring case and spacing") {
  const std::vector<Portfolio> ps = team();
  const ClientIndex index(ps);
  CHECK(ids(index, "acme") == Names{"acme"});
  CHECK(ids(index, "ACME") == Names{"acme"}); // an id in capitals
  CHECK(ids(index, "Acme Corp") == Names{"acme"});
  CHECK(ids(index, "  acme   CORP ") == Names{"acme"});
  CHECK(ids(index, "acme\u00A0corporation") == Names{"acme"});
  CHECK(ids(index, "ACME CORP. (emea)") == Names{"acme"});
  CHECK(ids(index, "тов харків") == Names{"kh"});
  CHECK(ids(index, "ТОВ ХАРКІВ") == Names{"kh"});
  CHECK(ids(index, "Acme Corp.").empty()); // nothing fuzzy
  CHECK(ids(index, "Acme Ltd").empty());
  // Ann's alias and Bob's name: both, in the order of the portfolios.
  CHECK(ids(index, "kharkiv steel") == Names{"kh", "ks"});
  CHECK(index.find("kharkiv steel")[1].portfolio == 1);
}

TEST_CASE("client index: the likely typo among ids, names and aliases, as written") {
  const std::vector<Portfolio> ps = team();
  const ClientIndex index(ps);
  CHECK(index.closest("acem", std::nullopt) == "acme");
  CHECK(index.closest("ACME Corporatoin", std::nullopt) == "ACME Corporation");
  CHECK(index.closest("тов харкив", std::nullopt) == "ТОВ Харків"); // и for і
  CHECK(index.closest("Kharkov Steel", 1) == "Kharkiv  Steel");     // Bob's only
  CHECK(index.closest("zeta", std::nullopt).empty());
  CHECK(index.closest("acem", 1).empty()); // not among Bob's clients
}

TEST_CASE("import plan: rows by name and alias go to the client's id") {
  const std::vector<Portfolio> ps = team();
  const Month oct{2026, 10};
  const std::vector<AccountingRow> rows{export_row("ACME Corporation", oct, 100'00, 2),
                                        export_row("acme corp", oct, 50'00, 3)};
  const ImportPlan plan = plan_import(rows, ps, ImportKind::revenue, false);
  CHECK(plan.problems.empty());
  REQUIRE(plan.files.size() == 1);
  REQUIRE(plan.files[0].entries.size() == 1);
  const PlannedEntry& e = plan.files[0].entries[0];
  CHECK(e.client == "acme");
  CHECK(e.amount == Money::units(150)); // 100 + 50
  CHECK(e.old == Money::units(100));
  CHECK(e.action == EntryAction::conflict);
  CHECK(e.rows == 2);
}

TEST_CASE("import plan: unknown names with a hint, a name two clients answer to, the manager") {
  const std::vector<Portfolio> ps = team();
  const Month oct{2026, 10};
  const std::vector<AccountingRow> rows{
      export_row("Acme Corporatoin", oct, 1, 2), export_row("zeta", oct, 1, 3),
      export_row("Kharkiv Steel", oct, 1, 4),    export_row("kharkiv steel", oct, 1, 5, "Bob"),
      export_row("acme", oct, 1, 6, "Bob"),
  };
  const ImportPlan plan = plan_import(rows, ps, ImportKind::revenue, false);
  CHECK(messages(plan) ==
        Names{"2:1: unknown client 'Acme Corporatoin': no portfolio given has it (did you mean "
              "'ACME Corporation'?)",
              "3:1: unknown client 'zeta': no portfolio given has it",
              "4:1: 'Kharkiv Steel' matches two clients: kh of Ann (ann.yaml) and ks of Bob "
              "(bob.yaml); add a 'manager' column to tell them apart",
              "6:1: unknown client 'acme': Bob's portfolio does not have it"});
  // The manager column settled line 5: Bob's client.
  REQUIRE(plan.files.size() == 1);
  CHECK(plan.files[0].portfolio == 1);
  CHECK(plan.files[0].entries[0].client == "ks");
}

TEST_CASE("import plan: one id in two portfolios is a name two clients answer to") {
  const std::vector<Portfolio> ps{
      portfolio("manager: Olena\ncurrency: USD\nclients:\n  - id: both\n    name: B\n", "o.yaml"),
      portfolio("manager: James\ncurrency: USD\nclients:\n  - id: both\n    name: B\n", "j.yaml"),
      portfolio("manager: Ivan\ncurrency: USD\nclients:\n  - id: other\n    name: b\n", "i.yaml")};
  const std::vector<AccountingRow> rows{export_row("both", Month(2026, 10), 1, 2),
                                        export_row("b", Month(2026, 10), 1, 3)};
  CHECK(messages(plan_import(rows, ps, ImportKind::revenue, false)) ==
        Names{"2:1: 'both' matches two clients: both of Olena (o.yaml) and both of James "
              "(j.yaml); add a 'manager' column to tell them apart",
              "3:1: 'b' matches 3 clients: both of Olena (o.yaml), both of James (j.yaml) and "
              "other of Ivan (i.yaml); add a 'manager' column to tell them apart"});
}

TEST_CASE("import plan: a currency column must say the client's currency") {
  const std::vector<Portfolio> ps = team();
  const Month oct{2026, 10};
  std::vector<AccountingRow> rows{export_row("acme", oct, 1, 2), export_row("acme", oct, 1, 3),
                                  export_row("kh", oct, 1, 4), export_row("kh", oct, 1, 5),
                                  export_row("ks", oct, 1, 6)};
  const char* currencies[] = {"UAH", "USD", "EUR", "", "USD"};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    rows[i].currency = currencies[i];
    rows[i].currency_pos = {rows[i].pos.line, 12};
  }
  const ImportPlan plan = plan_import(rows, ps, ImportKind::revenue, false);
  // acme is in its portfolio's UAH, kh in its own EUR, ks in Bob's USD.
  CHECK(messages(plan) ==
        Names{"3:12: the row is in USD, client 'acme' is in UAH: acctmgr never converts imported "
              "amounts (the plan's rate is not the invoice's)",
              "5:12: the row has no currency, client 'kh' is in EUR: acctmgr never converts "
              "imported amounts (the plan's rate is not the invoice's)"});
  // The rows in the client's currency are planned; the others are not summed.
  REQUIRE(plan.files.size() == 2);
  CHECK(plan.files[0].entries[0].amount == Money::from_cents(1));
  CHECK(plan.files[0].entries[1].client == "kh");
  CHECK(plan.files[0].entries[1].amount == Money::from_cents(1));
}

TEST_CASE("import plan: credit notes net; a month netting below 0 names every line") {
  const std::vector<Portfolio> ps = team();
  const Month sep{2026, 9}, oct{2026, 10}, nov{2026, 11};
  const std::vector<AccountingRow> rows{
      export_row("acme", nov, 500'00, 2),
      export_row("Acme Corp", nov, -200'00, 3), // 500 - 200 = 300
      export_row("kh", oct, 100'00, 4),
      export_row("kh", nov, 50'00, 5),
      export_row("ТОВ ХАРКІВ", oct, -250'00, 6), // 100 - 250 = -150
      export_row("kh", sep, -10'00, 7),          // -10 alone
      export_row("acme", sep, 10'00, 8),
      export_row("acme", sep, -10'00, 9), // 0: a month of nothing
  };
  const ImportPlan plan = plan_import(rows, ps, ImportKind::revenue, false);
  CHECK(messages(plan) ==
        Names{"4:1: the rows for kh 2026-10 net to -150.00 (lines 4, 6): a month's revenue "
              "cannot be negative",
              "7:1: the rows for kh 2026-09 net to -10.00 (line 7): a month's revenue cannot be "
              "negative"});
  REQUIRE(plan.files.size() == 1);
  const std::vector<PlannedEntry>& e = plan.files[0].entries;
  REQUIRE(e.size() == 3); // acme 2026-09, acme 2026-11, kh 2026-11
  CHECK(e[0].month == sep);
  CHECK(e[0].amount == Money());
  CHECK(e[1].amount == Money::units(300));
  CHECK(e[1].rows == 2);
  CHECK(e[2].amount == Money::units(50));
  // The cost kind names itself.
  const std::vector<AccountingRow> cost{export_row("acme", oct, -1, 2)};
  CHECK(messages(plan_import(cost, ps, ImportKind::cost, false)) ==
        Names{"2:1: the rows for acme 2026-10 net to -0.01 (line 2): a month's cost cannot be "
              "negative"});
}

TEST_CASE("import plan: months after a portfolio's as_of, for actuals") {
  const std::vector<Portfolio> ps = team(); // Ann's as_of 2026-10, Bob's 2026-09
  const Month sep{2026, 9}, oct{2026, 10}, nov{2026, 11};
  const std::vector<AccountingRow> rows{export_row("acme", nov, 1, 2), export_row("kh", oct, 1, 3),
                                        export_row("kh", nov, 1, 4),   export_row("ks", nov, 1, 5),
                                        export_row("ks", oct, 1, 6),   export_row("ks", sep, 1, 7)};
  const ImportPlan plan = plan_import(rows, ps, ImportKind::revenue, false);
  REQUIRE(plan.files.size() == 2);
  CHECK(plan.files[0].as_of == oct);
  CHECK(plan.files[0].after_as_of == std::vector<Month>{nov}); // once, for two clients
  CHECK(plan.files[1].as_of == sep);
  CHECK(plan.files[1].after_as_of == std::vector<Month>{oct, nov});
  CHECK(plan_import(rows, ps, ImportKind::cost, false).files[1].after_as_of.size() == 2);
  // A forecast is of months to come.
  for (const FilePlan& fp : plan_import(rows, ps, ImportKind::forecast, false).files)
    CHECK(fp.after_as_of.empty());
  // Nothing after as_of: nothing to say.
  const std::vector<AccountingRow> closed{export_row("acme", oct, 1, 2)};
  CHECK(plan_import(closed, ps, ImportKind::revenue, false).files[0].after_as_of.empty());
}

} // namespace client_match_test
