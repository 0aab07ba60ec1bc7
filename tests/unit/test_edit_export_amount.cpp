// The amount grammar of accounting exports (SPEC section 10, v3): hand-written cases, each
// value worked out from the text as a person reads it.
#include "edit/export_amount.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace acctmgr;

namespace export_amount_test {

/// The amount in cents, or the error.
std::string read(std::string_view text, char decimal) {
  const Parsed<Money> a = parse_export_amount(text, decimal);
  return a ? std::to_string(a.value->cents()) : a.error;
}

} // namespace export_amount_test

using export_amount_test::read;

TEST_CASE("export amount: plain, grouped and credit notes with a decimal point") {
  CHECK(read("48200", '.') == "4820000");   // no decimal part
  CHECK(read("1234.5", '.') == "123450");   // one decimal: 1234.50
  CHECK(read("1234.56", '.') == "123456");  //
  CHECK(read("1,234.56", '.') == "123456"); // grouped by ','
  CHECK(read("1,234,567.89", '.') == "123456789");
  CHECK(read("1'234.50", '.') == "123450");   // Swiss apostrophe
  CHECK(read("1 234.50", '.') == "123450");   // a space
  CHECK(read("-200.00", '.') == "-20000");    // a credit note
  CHECK(read("-1,234.56", '.') == "-123456"); //
  CHECK(read("0.05", '.') == "5");            //
  CHECK(read("-0", '.') == "0");              // a credit note of nothing
  CHECK(read("007", '.') == "700");           // digits: leading zeros are no octal here
  CHECK(read("999", '.') == "99900");         // one group, no separator
}

TEST_CASE("export amount: a decimal comma, grouped by point or by spaces") {
  CHECK(read("1 234,56", ',') == "123456");         // plain space
  CHECK(read("1\u00A0234,56", ',') == "123456");    // no-break space (Excel, 1C)
  CHECK(read("1\u202F234,56", ',') == "123456");    // narrow no-break space
  CHECK(read("1.234,56", ',') == "123456");         // German grouping
  CHECK(read("12.345.678,9", ',') == "1234567890"); // 12345678.90
  CHECK(read("-48,20", ',') == "-4820");            //
  CHECK(read("48200", ',') == "4820000");           //
  CHECK(read("1'234,5", ',') == "123450");          //
  CHECK(read("1 234 567", ',') == "123456700");     // no decimal part
}

TEST_CASE("export amount: bad groupings, marks and signs") {
  CHECK(read("12,34.5", '.') ==
        "amount '12,34.5' is not grouped by threes as 1,234,567.89 is; if ',' is its decimal "
        "mark, the import profile needs decimal: \",\"");
  CHECK(read("1 23", ',') == "amount '1 23' is not grouped by threes as 1 234 567,89 is");
  CHECK(read("1234,567.00", '.') ==
        "amount '1234,567.00' is not grouped by threes as 1,234,567.89 is; if ',' is its decimal "
        "mark, the import profile needs decimal: \",\""); // four digits before the first group
  CHECK(read("1 234'567", '.') == "amount '1 234'567' is not grouped by threes as 1,234,567.89 "
                                  "is"); // two kinds of separator
  CHECK(read("1,5", '.') == "amount '1,5' is not grouped by threes as 1,234,567.89 is; if ',' is "
                            "its decimal mark, the import profile needs decimal: \",\"");
  CHECK(read("1,234,", '.') ==
        "amount '1,234,' is not grouped by threes as 1,234,567.89 is; if ',' is its decimal "
        "mark, the import profile needs decimal: \",\"");
  CHECK(read("1.234", '.') == "amount 1.234 has more than 2 decimal places");
  CHECK(read("1,234.567", '.') == "amount 1,234.567 has more than 2 decimal places");
  CHECK(read("12,345", ',') == "amount 12,345 has more than 2 decimal places");
  CHECK(read("1.234.567", '.') ==
        "amount '1.234.567' has more than one decimal mark '.'; if '.' groups its digits, the "
        "import profile needs decimal: \",\"");
  CHECK(read("1.234,56", '.') ==
        "amount '1.234,56' has ',' after its decimal mark '.'; if ',' is its decimal mark, the "
        "import profile needs decimal: \",\"");
  CHECK(read("1,234.56", ',') ==
        "amount '1,234.56' has '.' after its decimal mark ','; if '.' is its decimal mark, the "
        "import profile needs decimal: \".\"");
  CHECK(read("", '.') == "empty amount");
  CHECK(read("+5", '.') == "expected an amount such as -1234.56 or 1,234.56, not '+5'");
  CHECK(read("--5", '.') == "expected an amount such as -1234.56 or 1,234.56, not '--5'");
  CHECK(read("5-", '.') == "expected an amount such as -1234.56 or 1,234.56, not '5-'");
  CHECK(read("-", '.') == "expected an amount such as -1234.56 or 1,234.56, not '-'");
  CHECK(read("12.", '.') == "expected an amount such as -1234.56 or 1,234.56, not '12.'");
  CHECK(read(".5", '.') == "expected an amount such as -1234.56 or 1,234.56, not '.5'");
  CHECK(read(",234", '.') == "expected an amount such as -1234.56 or 1,234.56, not ',234'");
  CHECK(read("1,,234", '.') == "expected an amount such as -1234.56 or 1,234.56, not '1,,234'");
  CHECK(read("$1,234.56", '.') ==
        "expected an amount such as -1234.56 or 1,234.56, not '$1,234.56'");
  CHECK(read("(200.00)", '.') == "expected an amount such as -1234.56 or 1,234.56, not '(200.00)'");
  CHECK(read("1e3", '.') == "expected an amount such as -1234.56 or 1,234.56, not '1e3'");
  CHECK(read("12,5x", ',') == "expected an amount such as -1234,56 or 1 234,56, not '12,5x'");
  CHECK(read("- 5", '.') == "expected an amount such as -1234.56 or 1,234.56, not '- 5'");
}

TEST_CASE("export amount: at most 10^13 in size") {
  CHECK(read("10000000000000", '.') == "1000000000000000"); // 10^13 exactly
  CHECK(read("-10,000,000,000,000.00", '.') == "-1000000000000000");
  CHECK(read("10000000000000.01", '.') == "amount 10000000000000.01 is above 10^13 in size");
  CHECK(read("100000000000000", '.') == "amount 100000000000000 is above 10^13 in size");
  CHECK(read("0000000000000000000000001", '.') == "100"); // zeros count for nothing
  CHECK(read("99999999999999999999999999", '.') ==
        "amount 99999999999999999999999999 is above 10^13 in size");
}
