// Reading accounting exports with import profiles (SPEC section 10, v3): the separator, the
// lines before the header, skip_rows, the header mapped to our fields, and every reported line
// counted in physical lines. Figures by hand in the comments.
#include "edit/accounting_csv.hpp"
#include "edit/import_profile.hpp"
#include "read/load.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <string>
#include <vector>

using namespace acctmgr;

namespace import_profile_test {

/// The profile `p` of a settings file whose `imports:` holds `body` (indented by the caller).
ImportProfile profile(std::string_view body) {
  const SettingsFile s = parse_settings_file(fmt::format("imports:\n  p:\n{}", body), "s.yaml");
  REQUIRE(s.imports.size() == 1);
  return s.imports.front();
}

/// Every problem of reading `csv` with `p` as "LINE:COL: message".
std::vector<std::string> problems(std::string_view csv, const ImportProfile& p,
                                  std::optional<Month> latest = std::nullopt) {
  std::vector<std::string> out;
  try {
    read_export(csv, "x.csv", p, latest);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(fmt::format("{}:{}: {}", d.line, d.column, d.message));
  }
  return out;
}

/// Each row as "LINE client month cents".
std::vector<std::string> rows(const AccountingExport& e) {
  std::vector<std::string> out;
  for (const AccountingRow& r : e.rows)
    out.push_back(
        fmt::format("{} {} {} {}", r.pos.line, r.client, to_string(r.month), r.amount.cents()));
  return out;
}

TEST_CASE("import profile: the separator detected from the header line") {
  CHECK(detect_separator("Customer,Date,Amount") == ',');
  CHECK(detect_separator("Kunde;Datum;Betrag") == ';');
  CHECK(detect_separator("Kunde\tDatum\tBetrag") == '\t');
  CHECK(detect_separator("a;b;c,d") == ';');            // 3 fields on ';', 2 on ','
  CHECK(detect_separator("a;b,c") == ',');              // a tie: ',' first
  CHECK(detect_separator("\"a;b;c\",d") == ',');        // quoted ';' do not split
  CHECK(detect_separator("\"x\"\"y;z\",\"w\"") == ','); // "" inside a quote
  CHECK(detect_separator("client") == ',');             // nothing splits it
  CHECK(detect_separator("") == ',');
  CHECK(count_fields("a;b;\"c;d\";e", ';') == 4);
  CHECK(count_fields("a,b", ';') == 1);
  CHECK(separator_name(';') == "';'");
  CHECK(separator_name('\t') == "tab");
}

TEST_CASE("import profile: skip counts physical lines; skip_rows patterns") {
  CHECK(after_lines("a\nb\nc", 0) == 0);
  CHECK(after_lines("a\nb\nc", 2) == 4);
  CHECK(after_lines("a\r\nb\n", 1) == 3);
  CHECK(after_lines("a\nb\n", 2) == std::string_view::npos); // nothing after line 2
  CHECK(after_lines("a", 1) == std::string_view::npos);
  CHECK(matches_skip_pattern("Total for Acme", "total*"));
  CHECK(matches_skip_pattern("TOTAL", "Total*"));
  CHECK(matches_skip_pattern("Total", "Total*")); // * is any text, none too
  CHECK_FALSE(matches_skip_pattern("Subtotal", "Total*"));
  CHECK(matches_skip_pattern("Subtotal", "*total"));
  CHECK(matches_skip_pattern("a-b-c", "a*c"));
  CHECK(matches_skip_pattern("abcbc", "a*bc"));
  CHECK_FALSE(matches_skip_pattern("abcb", "a*bc"));
  CHECK(matches_skip_pattern("", ""));
  CHECK_FALSE(matches_skip_pattern("acme", ""));
  CHECK(matches_skip_pattern("", "*"));
  CHECK(matches_skip_pattern("x", "**"));
  CHECK(matches_skip_pattern("ИТОГО по договору", "итого*")); // Cyrillic case folds too
  CHECK(matches_skip_pattern("Всего", "*ГО"));
}

TEST_CASE("import profile: a QuickBooks-like export, title lines, TOTAL and footer skipped") {
  const ImportProfile p = profile("    columns: {client: Customer, date: Date, amount: Amount, "
                                  "invoice: Num}\n"
                                  "    date_format: \"%m/%d/%Y\"\n"
                                  "    skip: 3\n"
                                  "    skip_rows: [\"\"]\n");
  CHECK(p.separator == std::nullopt);
  const std::string csv = "Invoice List\n"
                          "Northwind\n"
                          "\"November 1-30, 2026\"\n"
                          "\n"
                          "Date,Num,CUSTOMER , Amount,Memo\n"
                          "11/05/2026,1041,acme,\"1,234.56\",\"Support,\n"
                          "two lines\"\n"
                          "11/28/2026,,acme,-200.00,credit\n"
                          "10/02/2026,1043,beta,99,\n"
                          "TOTAL,,,\"1,133.56\"\n"
                          "\n"
                          "\"Monday, December 7, 2026\"\n";
  const AccountingExport e = read_export(csv, "qb.csv", p, Month(2026, 11));
  // 1,234.56 = 123456 cents; -200.00 = -20000; 99 = 9900. Line 8 follows the quoted break.
  CHECK(rows(e) == std::vector<std::string>{"6 acme 2026-11 123456", "8 acme 2026-11 -20000",
                                            "9 beta 2026-10 9900"});
  CHECK(e.skipped == 2); // TOTAL (empty client cell) and the one-field footer
  REQUIRE(e.rows[0].invoice);
  CHECK(*e.rows[0].invoice == "1041");
  CHECK(e.rows[0].invoice_pos == SourcePos{6, 12});
  CHECK_FALSE(e.rows[1].invoice); // an empty Num is no invoice
  CHECK(e.rows[0].pos == SourcePos{6, 17});
}

TEST_CASE("import profile: a 1C-like export, BOM, ';', decimal comma, currency") {
  const ImportProfile p = profile("    columns: {client: Код, date: Дата, amount: Сумма, "
                                  "currency: Валюта}\n"
                                  "    date_format: \"%d.%m.%Y\"\n"
                                  "    decimal: \",\"\n"
                                  "    skip: 1\n");
  const std::string csv = "\xEF\xBB\xBF"
                          "Реализация за ноябрь 2026\r\n"
                          "Дата;Контрагент;КОД;сумма;Валюта\r\n" // any case
                          "05.11.2026;ТОВ \"Альфа\";alpha;1\u00A0234,56;UAH\r\n"
                          "06.11.2026;\"Бета; філія\";beta;-48,20;UAH\r\n";
  const AccountingExport e = read_export(csv, "1c.csv", p, Month(2026, 11));
  // 1 234,56 = 123456 cents; -48,20 = -4820.
  CHECK(rows(e) == std::vector<std::string>{"3 alpha 2026-11 123456", "4 beta 2026-11 -4820"});
  REQUIRE(e.rows[1].currency);
  CHECK(*e.rows[1].currency == "UAH");
  CHECK(e.rows[1].currency_pos.line == 4);
  CHECK(e.rows[1].currency_pos.column == 38); // characters, not bytes
}

TEST_CASE("import profile: every problem at its physical line and column") {
  const ImportProfile p = profile("    columns: {client: Customer, month: Period, amount: Total, "
                                  "currency: Cur}\n"
                                  "    separator: \";\"\n"
                                  "    decimal: \",\"\n");
  CHECK(problems("Customer;Period;Total;Cur\n"
                 "acme;2026-11;1.234,5;usd\n"
                 "\"a\nb\";2026-12;1 23;EUR\n"
                 "acme;2026-1;;\n"
                 "acme\n"
                 "TOTAL;;99;EUR\n",
                 p, Month(2026, 11)) ==
        std::vector<std::string>{
            "2:22: expected an ISO 4217 currency code such as USD, not 'usd'",
            // The client's quoted line break puts the rest of the row on line 4.
            "4:4: month 2026-12 is after 2026-11, the last complete month: a month not yet over "
            "has no final figures",
            "4:12: amount '1 23' is not grouped by threes as 1 234 567,89 is",
            "5:6: expected a month YYYY-MM, not '2026-1'",
            "5:13: empty amount",
            "5:14: empty currency (expected an ISO 4217 code such as USD)",
            // A one-field row: its missing cells are empty, just past its end.
            "6:5: empty month (expected YYYY-MM)",
            "6:5: empty amount",
            "6:5: empty currency (expected an ISO 4217 code such as USD)",
            "7:7: empty month (expected YYYY-MM)",
        });
}

TEST_CASE("import profile: the header names, missing columns and a better separator") {
  const ImportProfile p = profile("    columns: {client: Customer, month: Month, amount: Net "
                                  "Amount}\n"
                                  "    separator: \",\"\n");
  CHECK(problems("title\nCustomer;Month;Net Amount\nacme;2026-11;1\n",
                 profile("    columns: {client: "
                         "Customer, month: "
                         "Month, amount: Net "
                         "Amount}\n"
                         "    skip: 1\n"
                         "    separator: "
                         "\",\"\n")) ==
        std::vector<std::string>{
            "2:1: the header has no 'Customer' (client), 'Month' (month) and 'Net Amount' "
            "(amount) columns of profile 'p'; its columns: 'Customer;Month;Net Amount'; split on "
            "';' it has 3 columns: is the separator ';'? (separator: \";\" in profile 'p')"});
  CHECK(problems("customer,NET AMOUNT,Other\nacme,1,x\n", p) ==
        std::vector<std::string>{"1:1: the header has no 'Month' (month) column of profile 'p'; "
                                 "its columns: 'customer', 'NET AMOUNT', 'Other'"});
  CHECK(problems("Customer,Month,Net Amount,customer\nacme,2026-11,1,x\n", p) ==
        std::vector<std::string>{"1:27: a second 'customer' column"});
  CHECK(problems("\n\n", p) ==
        std::vector<std::string>{"0:0: the CSV file is empty (expected a header line)"});
  CHECK(problems("one line\n", profile("    columns: {client: C, month: M, amount: A}\n"
                                       "    skip: 1\n")) ==
        std::vector<std::string>{"0:0: no header line after the 1 line that skip: 1 leaves out"});
  // The built-in layout says what it needs, and that a profile reads other layouts.
  CHECK(problems("client;month;amount\nacme;2026-11;1\n", builtin_import_layout()) ==
        std::vector<std::string>{
            "1:1: the header has no 'client', 'month' and 'amount' columns (it needs client, "
            "month and amount, in any order, or an import profile); its columns: "
            "'client;month;amount'; split on ';' it has 3 columns, but acctmgr's own layout is "
            "separated by commas: read it with an import profile (--profile)"});
}

TEST_CASE("import profile: without skip_rows every row is a row") {
  const ImportProfile p = profile("    columns: {client: C, month: M, amount: A}\n");
  CHECK(problems("C,M,A\nacme,2026-11,1\n,,5\nTOTAL,,6\n", p) ==
        std::vector<std::string>{"3:1: empty client", "3:2: empty month (expected YYYY-MM)",
                                 "4:7: empty month (expected YYYY-MM)"});
  // With them, matching rows are counted and dropped before any check.
  const ImportProfile skipping = profile("    columns: {client: C, month: M, amount: A}\n"
                                         "    skip_rows: [\"total*\", \"\"]\n");
  const AccountingExport e =
      read_export("C,M,A\nacme,2026-11,1\n,,5\nTOTAL,,6,extra\nTotal for acme\n", "x.csv", skipping,
                  std::nullopt);
  CHECK(rows(e) == std::vector<std::string>{"2 acme 2026-11 100"});
  CHECK(e.skipped == 3);
}

TEST_CASE("import profile: months of forecasts may come, actuals may not") {
  const ImportProfile p = profile("    columns: {client: C, date: D, amount: A}\n"
                                  "    date_format: \"%Y-%m-%d\"\n");
  const std::string csv = "C,D,A\nacme,2026-12-01,1\n";
  CHECK(problems(csv, p, Month(2026, 11)) ==
        std::vector<std::string>{"2:6: date '2026-12-01' (month 2026-12) is after 2026-11, the "
                                 "last complete month: a month not yet over has no final "
                                 "figures"});
  CHECK(rows(read_export(csv, "x.csv", p, std::nullopt)) ==
        std::vector<std::string>{"2 acme 2026-12 100"});
}

TEST_CASE("import profile: rows identical in every field, with and without invoices") {
  const ImportProfile p = profile("    columns: {client: C, month: M, amount: A, invoice: N}\n");
  const AccountingExport e =
      read_export("C,M,A,N\nacme,2026-11,1,7\nacme,2026-11,1,7\nacme,2026-11,1,\nacme,2026-11,1,\n",
                  "x.csv", p, std::nullopt);
  // Rows with an invoice are judged by it (plan_import); the two without are repeats.
  std::vector<int> repeats;
  for (const AccountingRow& r : e.rows)
    repeats.push_back(r.repeats_line);
  CHECK(repeats == std::vector<int>{0, 0, 0, 4});
}

} // namespace import_profile_test
