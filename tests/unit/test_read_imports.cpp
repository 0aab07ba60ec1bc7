// `imports:` in the settings file (SPEC section 10, v3): profiles as read, and every rule a
// profile is checked by, each at its line and column.
#include "read/load.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <string>
#include <vector>

using namespace acctmgr;

namespace read_imports_test {

/// Every problem of a settings file holding `text` as "LINE:COL: message".
std::vector<std::string> problems(std::string_view text) {
  std::vector<std::string> out;
  try {
    parse_settings_file(text, "acctmgr.yaml");
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(fmt::format("{}:{}: {}", d.line, d.column, d.message));
  }
  return out;
}

using Problems = std::vector<std::string>;

TEST_CASE("imports: profiles as read, in the file's order") {
  const SettingsFile s = parse_settings_file(
      "imports:\n"
      "  default:\n"
      "    columns: {client: Customer, date: Invoice Date, amount: Net Amount, currency: Cur}\n"
      "    date_format: \"%d.%m.%Y\"\n"
      "    decimal: \",\"\n"
      "    separator: tab\n"
      "    skip: 2\n"
      "    skip_rows: [\"Total*\", \"\"]\n"
      "  plain:\n"
      "    columns:\n"
      "      amount: Amount\n"
      "      client: Client\n"
      "      month: Month\n",
      "acctmgr.yaml");
  REQUIRE(s.imports.size() == 2);
  const ImportProfile& d = s.imports[0];
  CHECK(d.name == "default");
  CHECK(d.pos == SourcePos{2, 3});
  REQUIRE(d.columns.size() == 4);
  CHECK(d.columns[1].field == ImportField::date);
  CHECK(d.columns[1].header == "Invoice Date");
  CHECK(d.columns[1].pos == SourcePos{3, 39});
  CHECK(d.date_format == "%d.%m.%Y");
  CHECK(d.decimal == ',');
  CHECK(d.separator == '\t');
  CHECK(d.skip == 2);
  CHECK(d.skip_rows == std::vector<std::string>{"Total*", ""});
  const ImportProfile& p = s.imports[1];
  CHECK(p.name == "plain");
  CHECK(p.columns.front().field == ImportField::amount); // the file's order
  CHECK(p.decimal == '.');
  CHECK(p.separator == std::nullopt); // detected
  CHECK(p.skip == 0);
  CHECK(p.skip_rows.empty());
  CHECK(p.column(ImportField::manager) == nullptr);
  CHECK(parse_settings_file("settings: {growth_target: 20%}\n", "a.yaml").imports.empty());
}

TEST_CASE("imports: unknown keys, missing columns, month or date") {
  CHECK(problems("imports:\n"
                 "  x:\n"
                 "    columns: {client: C, month: M, ammount: A}\n"
                 "    date_fromat: \"%d\"\n") ==
        read_imports_test::Problems{
            "3:14: missing required key 'amount'",
            "3:36: unknown key 'ammount' (did you mean 'amount'?)",
            "4:5: unknown key 'date_fromat' (did you mean 'date_format'?)",
        });
  CHECK(problems("imports:\n  x:\n    skip: 1\n") ==
        read_imports_test::Problems{"3:5: missing required key 'columns'"});
  CHECK(problems("imports:\n  x:\n    columns: {amount: A, month: M}\n") ==
        read_imports_test::Problems{"3:14: missing required key 'client'"});
  CHECK(problems("imports:\n  x:\n    columns: {client: C, amount: A}\n") ==
        read_imports_test::Problems{
            "3:14: columns need month (YYYY-MM cells) or date (read with date_format)"});
  CHECK(problems("imports:\n  x:\n    columns: {client: C, amount: A, month: M, date: D}\n"
                 "    date_format: \"%Y-%m-%d\"\n") ==
        read_imports_test::Problems{"3:14: columns map both month and date: map one (month for "
                                    "YYYY-MM cells, or date with date_format)"});
  CHECK(problems("imports:\n  x:\n    columns: {client: C, amount: A, date: D}\n") ==
        read_imports_test::Problems{"2:3: profile 'x' maps a date column but has no date_format "
                                    "(such as \"%d.%m.%Y\")"});
  CHECK(problems("imports:\n  x:\n    columns: {client: C, amount: A, month: M}\n"
                 "    date_format: \"%Y-%m-%d\"\n") ==
        read_imports_test::Problems{"4:5: date_format reads a date column, and columns map none "
                                    "(map date, or leave date_format out)"});
}

TEST_CASE("imports: a header mapped twice, bad values") {
  CHECK(problems("imports:\n  x:\n    columns: {client: Num, month: M, amount: A, invoice: "
                 "\" num \"}\n") ==
        read_imports_test::Problems{"3:58: column ' num ' is mapped twice, to client and to "
                                    "invoice: each field needs a column of its own"});
  CHECK(problems("imports:\n  x:\n    columns: {client: C, month: M, amount: A}\n"
                 "    decimal: \";\"\n"
                 "    separator: \"|\"\n"
                 "    skip: -1\n"
                 "    skip_rows: [Total*, ~]\n") ==
        read_imports_test::Problems{
            "4:14: decimal is \".\" or \",\", not ';'",
            "5:16: separator is \",\", \";\" or tab, not '|' (leave it out to detect it from the "
            "header line)",
            "6:11: -1 is out of range (0..1000)",
            "7:25: expected a pattern of client cells, not nothing (write \"\" for an empty cell)",
        });
  CHECK(problems("imports:\n  x:\n    columns: {client: C, date: D, amount: A}\n"
                 "    date_format: \"%d.%m.%y\"\n") ==
        read_imports_test::Problems{"4:18: date_format \"%d.%m.%y\" has %y: two-digit years are "
                                    "ambiguous, write %Y (four digits)"});
  CHECK(problems("imports:\n  QuickBooks:\n    columns: {client: C, month: M, amount: A}\n") ==
        read_imports_test::Problems{
            "2:3: profile name 'QuickBooks': a name is lower-case letters, digits, '_', '.' and "
            "'-', starting with a letter or digit"});
  CHECK(problems("imports:\n  x:\n") ==
        read_imports_test::Problems{"2:3: expected a mapping, not nothing"});
  CHECK(problems("imports:\n  x:\n    columns: {client: \"\", month: M, amount: A}\n") ==
        read_imports_test::Problems{"3:23: must not be empty"});
}

} // namespace read_imports_test
