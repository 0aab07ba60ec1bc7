#include "edit/accounting_csv.hpp"
#include "edit/import_plan.hpp"
#include "export_rows.hpp"
#include "read/load.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace {

/// The rows of `csv` in the built-in layout, any month.
std::vector<AccountingRow> builtin_rows(std::string_view csv, const std::string& file) {
  return read_export(csv, file, builtin_import_layout(), std::nullopt).rows;
}

/// Every problem as "LINE:COL: message".
std::vector<std::string> csv_problems(std::string_view csv) {
  std::vector<std::string> out;
  try {
    builtin_rows(csv, "a.csv");
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  }
  return out;
}

} // namespace

TEST_CASE("accounting csv: header in any order and case, extra columns, quoting, CRLF") {
  const auto rows = builtin_rows("\xEF\xBB\xBF"
                                 "Invoice,AMOUNT,Description,Month,client\r\n"
                                 "17,\"1250.50\",\"Consulting, \"\"phase 2\"\"\r\nline 2\","
                                 "2026-11, acme \r\n"
                                 "\r\n"
                                 "18,99,plain,2026-10,beta\n",
                                 "a.csv");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].client == "acme");
  CHECK(rows[0].month == Month(2026, 11));
  CHECK(rows[0].amount == Money::from_cents(125050));
  CHECK(rows[0].pos.line == 3); // after the quoted line break
  CHECK(rows[0].pos.column == 17);
  CHECK(rows[1].client == "beta");
  CHECK(rows[1].amount == Money::units(99));
  CHECK(rows[1].pos.line == 5); // the quoted line break and the blank line count
  CHECK(rows[1].manager.empty());
}

TEST_CASE("accounting csv: every problem at its line and column") {
  // A credit note (-5) is a row like any other (v3); a short row has its missing cells empty.
  CHECK(csv_problems("client,month,amount\n"
                     "acme,2026-13,100\n"
                     "acme,2026-11,-5\n"
                     "acme,2026-11,1.234\n"
                     ",2026-11,1\n"
                     "acme,2026-11\n"
                     "acme,2026-11,1,extra\n") ==
        std::vector<std::string>{
            "2:6: expected a month YYYY-MM, not '2026-13'",
            "4:14: amount 1.234 has more than 2 decimal places",
            "5:1: empty client",
            "6:13: empty amount",
            "7:1: 4 fields where the header has 3",
        });
  CHECK(csv_problems("client,amount\nacme,1\n") ==
        std::vector<std::string>{"1:1: the header has no 'month' column (it needs client, month "
                                 "and amount, in any order, or an import profile); its columns: "
                                 "'client', 'amount'"});
  CHECK(csv_problems("client,month,amount\nacme,2026-11,\"12\n") ==
        std::vector<std::string>{"2:14: unclosed quote: the field runs to the end of the file"});
  CHECK(csv_problems("client,month,amount\nacme,2026-11,\"12\"x\n") ==
        std::vector<std::string>{
            "2:18: text after a closing quote: a quote inside a quoted field is written \"\""});
}

namespace {

Portfolio portfolio(std::string_view yaml, const std::string& file) {
  return parse_portfolio(yaml, file, {}, std::nullopt, Month(2026, 10));
}

using test::export_row;

} // namespace

TEST_CASE("import plan: invoice rows summed, unchanged, conflicts, --replace") {
  const std::vector<Portfolio> ps{
      portfolio("manager: Olena\ncurrency: USD\nclients:\n  - id: acme\n    name: A\n"
                "    revenue: {2026-09: 100, 2026-10: 200}\n  - id: both\n    name: B\n",
                "o.yaml"),
      portfolio("manager: James\ncurrency: USD\nclients:\n  - id: both\n    name: B\n", "j.yaml")};
  const Month sep{2026, 9}, oct{2026, 10}, nov{2026, 11};
  const std::vector<AccountingRow> rows{
      export_row("acme", nov, 10050, 2),
      export_row("acme", nov, 20000, 3), // 100.50 + 200.00
      export_row("acme", sep, 10000, 4), // same as the file
      export_row("acme", oct, 25000, 5), // 250 where the file says 200
      export_row("both", nov, 100, 6, "James"),
  };
  const ImportPlan plan = plan_import(rows, ps, ImportKind::revenue, false);
  CHECK(plan.problems.empty());
  REQUIRE(plan.files.size() == 2);
  const FilePlan& o = plan.files[0];
  REQUIRE(o.entries.size() == 3);
  CHECK(o.entries[0].month == sep);
  CHECK(o.entries[0].action == EntryAction::unchanged);
  CHECK(o.entries[1].action == EntryAction::conflict);
  CHECK(o.entries[1].old == Money::units(200));
  CHECK(o.entries[2].action == EntryAction::add);
  CHECK(o.entries[2].amount == Money::from_cents(30050));
  CHECK(o.entries[2].rows == 2);
  CHECK(o.entries[2].first_row.line == 2);
  CHECK(plan.files[1].portfolio == 1);
  CHECK(plan.files[1].entries[0].action == EntryAction::add);

  const ImportPlan replaced = plan_import(rows, ps, ImportKind::revenue, true);
  CHECK(replaced.files[0].count(EntryAction::replace) == 1);
  CHECK(replaced.files[0].count(EntryAction::conflict) == 0);
  // Cost has no entries yet: all added.
  CHECK(plan_import(rows, ps, ImportKind::cost, false).files[0].count(EntryAction::add) == 3);
}

TEST_CASE("import plan: unknown client, ambiguous id, unknown manager") {
  const std::vector<Portfolio> ps{
      portfolio("manager: Olena\ncurrency: USD\nclients:\n  - id: both\n    name: B\n", "o.yaml"),
      portfolio("manager: James\ncurrency: USD\nclients:\n  - id: both\n    name: B\n", "j.yaml")};
  const std::vector<AccountingRow> rows{export_row("nope", Month(2026, 11), 1, 2),
                                        export_row("both", Month(2026, 11), 1, 3),
                                        export_row("both", Month(2026, 11), 1, 4, "Ivan")};
  const ImportPlan plan = plan_import(rows, ps, ImportKind::revenue, false);
  REQUIRE(plan.problems.size() == 3);
  CHECK(plan.problems[0].pos.line == 2);
  CHECK(plan.problems[0].message == "unknown client 'nope': no portfolio given has it");
  CHECK(plan.problems[1].message == "'both' matches two clients: both of Olena (o.yaml) and both "
                                    "of James (j.yaml); add a 'manager' column to tell them apart");
  CHECK(plan.problems[2].pos.column == 20);
  CHECK(plan.problems[2].message == "no portfolio of manager 'Ivan' was given");
  CHECK(plan.files.empty());
}

TEST_CASE("accounting csv: a row identical to an earlier one in every field names its line") {
  const auto rows = builtin_rows("client,month,amount,note\n"
                                 "acme,2026-11,100,a\n"
                                 "beta,2026-11,5,a\n"
                                 "acme,2026-11,100,a\n"     // line 2 again
                                 "acme,2026-11,100,b\n"     // another note: no repeat
                                 "\"acme\",2026-11,100,a\n" // quoting is no field
                                 "acme,2026-11,100.00,a\n", // another text: no repeat
                                 "a.csv");
  REQUIRE(rows.size() == 6);
  std::vector<int> repeats;
  for (const AccountingRow& r : rows)
    repeats.push_back(r.repeats_line);
  CHECK(repeats == std::vector<int>{0, 0, 2, 0, 2, 0});
  // All are imported, summed: 100 × 4 + 100.00.
  const std::vector<Portfolio> ps{portfolio(
      "manager: O\ncurrency: USD\nclients:\n  - id: acme\n    name: A\n  - id: beta\n    name: "
      "B\n",
      "o.yaml")};
  const ImportPlan plan = plan_import(rows, ps, ImportKind::revenue, false);
  REQUIRE(plan.files.size() == 1);
  CHECK(plan.files[0].entries[0].amount == Money::units(500));
  CHECK(plan.files[0].entries[0].rows == 5);
}

TEST_CASE("import plan: two rows with one invoice are an error naming both lines") {
  const std::vector<Portfolio> ps{
      portfolio("manager: O\ncurrency: USD\nclients:\n  - id: acme\n    name: A\n", "o.yaml")};
  const Month nov{2026, 11};
  std::vector<AccountingRow> rows{export_row("acme", nov, 100, 2), export_row("acme", nov, 100, 3),
                                  export_row("acme", nov, 100, 4), export_row("acme", nov, 7, 5)};
  const auto invoice = [&](std::size_t i, const char* number) {
    rows[i].invoice = number;
    rows[i].invoice_pos = {rows[i].pos.line, 9};
  };
  invoice(0, "INV-1");
  invoice(1, "INV-2");
  invoice(2, "INV-1"); // line 2's invoice again
  invoice(3, "INV-3");
  const ImportPlan plan = plan_import(rows, ps, ImportKind::revenue, false);
  REQUIRE(plan.problems.size() == 1);
  CHECK(plan.problems[0].pos.line == 4);
  CHECK(plan.problems[0].pos.column == 9);
  CHECK(plan.problems[0].message == "invoice 'INV-1' again: line 2 has it too (an export "
                                    "concatenated twice?); each invoice is one row");
  // The rows with distinct invoices are summed; the repeated one is not.
  REQUIRE(plan.files.size() == 1);
  CHECK(plan.files[0].entries[0].amount == Money::from_cents(207));
  CHECK(plan.files[0].entries[0].rows == 3);
  // Without invoices, equal rows are rows like any other.
  for (AccountingRow& r : rows)
    r.invoice.reset();
  CHECK(plan_import(rows, ps, ImportKind::revenue, false).problems.empty());
}
