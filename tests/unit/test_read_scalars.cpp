#include "read/scalars.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace {
std::int64_t cents(std::string_view text) {
  return parse_amount(text, false).value->cents();
}
std::string amount_error(std::string_view text, bool quoted = false) {
  return parse_amount(text, quoted).error;
}
} // namespace

TEST_CASE("amounts are exact cents from our own number grammar") {
  CHECK(cents("0") == 0);
  CHECK(cents("120000") == 12000000);
  CHECK(cents("118500.50") == 11850050);
  CHECK(cents("0.07") == 7);
  CHECK(cents("1.5") == 150);
  CHECK(cents("10000000000000") == 1000000000000000); // 10^13 itself is allowed
  CHECK(cents("2.500") == 250);                       // trailing zeros do not add precision
  CHECK(amount_error("10000000000000.01") == "amount 10000000000000.01 is above 10^13");
  CHECK(amount_error("1.234") == "amount 1.234 has more than 2 decimal places");
  CHECK(amount_error("-5") == "amount -5 must not be negative");
  CHECK(amount_error("010") == "'010': a number must not start with 0 (octal is not supported)");
  CHECK(amount_error("5", true) == "expected a number, not a quoted string");
  for (const char* bad :
       {"0x10", "1_000", "1e3", ".inf", "+1", "1.", ".5", "", "-", "1,000", "NaN", "12 ", "0o7"})
    CHECK_MESSAGE(!parse_amount(bad, false), bad);
}

TEST_CASE("numbers keep their written precision") {
  const auto d = parse_number("-12.340", false);
  REQUIRE(d);
  CHECK(d.value->mantissa == -12340);
  CHECK(d.value->decimals == 3);
  CHECK(d.value->ratio() == Ratio(-617, 50));
  CHECK(!parse_number("1234567890123456789012345", false)); // too long to be a real figure
}

TEST_CASE("percentages: 30%, 12.5% or a fraction up to 1") {
  CHECK(*parse_percentage("30%", false).value == Ratio(3, 10));
  CHECK(*parse_percentage("12.5%", true).value == Ratio(1, 8)); // "12.5%" quoted is fine
  CHECK(*parse_percentage("0.3", false).value == Ratio(3, 10));
  CHECK(*parse_percentage("1", false).value == Ratio(1, 1));
  CHECK(*parse_percentage("0%", false).value == Ratio(0, 1));
  CHECK(parse_percentage("30", false).error == "30 is above 1 as a fraction: write 30% or 0.30");
  CHECK(parse_percentage("12.5", false).error ==
        "12.5 is above 1 as a fraction: write 12.5% or 0.125");
  CHECK(parse_percentage("-5%", false).error == "a percentage must not be negative");
  CHECK(parse_percentage("-0.1", false).error == "a percentage must not be negative");
  CHECK(!parse_percentage("0.3", true));
  CHECK(!parse_percentage("30 %", false));
  CHECK(!parse_percentage("1e1%", false));
  // Exact fractions of at most 6 decimals (4 with '%'); trailing zeros do not count.
  CHECK(*parse_percentage("12.3456%", false).value == Ratio(123456, 1000000));
  CHECK(*parse_percentage("0.123456", false).value == Ratio(123456, 1000000));
  CHECK(*parse_percentage("0.30000000", false).value == Ratio(3, 10));
  CHECK(parse_percentage("12.34567%", false).error == "12.34567% has more than 4 decimal places");
  CHECK(parse_percentage("0.1234567", false).error == "0.1234567 has more than 6 decimal places");
  // Once an OverflowError (no line to point at) building the hint or comparing share bands.
  CHECK(parse_percentage("99.9999999999999999999", false).error ==
        "99.9999999999999999999 has more than 6 decimal places");
  CHECK(parse_percentage("0.99999999999999999999999", false).error ==
        "0.99999999999999999999999 has more than 6 decimal places");
}

TEST_CASE("factors, whole numbers and headcounts") {
  CHECK(*parse_factor("1.5", false).value == Ratio(3, 2));
  CHECK(parse_factor("0", false).error == "a factor must be above 0");
  CHECK(!parse_factor("-1", false));
  CHECK(*parse_factor("1.000001", false).value == Ratio(1000001, 1000000));
  CHECK(parse_factor("1.0000001", false).error ==
        "factor 1.0000001 has more than 6 decimal places");
  CHECK(*parse_whole("12", false, 1, 12).value == 12);
  CHECK(parse_whole("13", false, 1, 12).error == "13 is out of range (1..12)");
  CHECK(parse_whole("1.5", false, 1, 12).error == "expected a whole number, not 1.5");
  CHECK(!parse_whole("3", true, 1, 12));
  CHECK(*parse_headcount("2.5", false).value == Ratio(5, 2));
  CHECK(*parse_headcount("0", false).value == Ratio(0, 1));
  CHECK(!parse_headcount("1.125", false));
  CHECK(!parse_headcount("-1", false));
}

TEST_CASE("months, dates, years, ids, currency codes") {
  CHECK(*parse_month("2026-03").value == Month(2026, 3));
  CHECK(!parse_month("2026-13"));
  CHECK(!parse_month("2026-3"));
  CHECK(*parse_date("2024-02-29").value == Date{2024, 2, 29});
  CHECK(parse_date("2026-02-29").error == "2026-02-29 is not a date in the calendar");
  CHECK(parse_date("2026-1-1").error == "expected a date YYYY-MM-DD, not '2026-1-1'");
  CHECK(*parse_year("2026").value == 2026);
  CHECK(!parse_year("26"));
  // Years are 0001-9999 wherever a year appears (SPEC section 12), keys included.
  CHECK(*parse_year("0999").value == 999);
  CHECK(*parse_year("0001").value == 1);
  CHECK(parse_year("0000").error == "expected a year from 0001 to 9999, not '0000'");
  CHECK(parse_year("10000").error == "expected a 4-digit year, not '10000'");
  CHECK(*parse_month("0001-01").value == Month(1, 1));
  CHECK(parse_month("0000-12").error == "expected a month from 0001-01 to 9999-12, not '0000-12'");
  CHECK(parse_month("0000-13").error == "expected a month YYYY-MM, not '0000-13'");
  CHECK(parse_month("10000-01").error == "expected a month YYYY-MM, not '10000-01'");
  CHECK(parse_date("0000-01-05").error ==
        "expected a date from 0001-01-01 to 9999-12-31, not '0000-01-05'");
  CHECK(*parse_date("0001-01-01").value == Date{1, 1, 1});
  CHECK(is_valid_id("acme"));
  CHECK(is_valid_id("0day.co_uk-2"));
  CHECK(!is_valid_id("Acme"));
  CHECK(!is_valid_id("-acme"));
  CHECK(!is_valid_id(""));
  CHECK(!is_valid_id("ac me"));
  CHECK(is_currency_code("USD"));
  CHECK(!is_currency_code("usd"));
  CHECK(!is_currency_code("USDT"));
}

TEST_CASE("text values refuse control characters, escapes included") {
  CHECK(!text_problem("Олена Коваленко", false));
  CHECK(*text_problem("a\x1b[31m", false) == "control character U+001B is not allowed in text");
  CHECK(text_problem("a\nb", false));
  CHECK(!text_problem("a\nb\tc", true));
  CHECK(text_problem("a\xC2\x85", true)); // U+0085, a C1 control
  CHECK(text_problem(std::string_view("a\0b", 3), true));
}

TEST_CASE("amounts with thousands separators are refused with how to write them") {
  CHECK(amount_error("46,000") == "expected a number, not '46,000': write 46000, without "
                                  "separators");
  for (const char* written : {"46 000", "46'000", "46_000", "46\u00A0000", "46\u202F000"})
    CHECK_MESSAGE(amount_error(written).ends_with(": write 46000, without separators"), written);
  CHECK(amount_error("1,234,567.89").ends_with(": write 1234567.89, without separators"));
  CHECK(amount_error("1.234.567,50").ends_with(": write 1234567.50, without separators"));
  CHECK(amount_error("46 000,5").ends_with(": write 46000.5, without separators"));
  CHECK(amount_error("46,50").ends_with(": write 46.50, with a decimal point"));
  // A quoted amount is a string whatever it holds; the hint says so too.
  CHECK(amount_error("46,000", true) == "expected a number, not a quoted string: write 46000, "
                                        "without separators (and without quotes)");
  CHECK(amount_error("46000", true) == "expected a number, not a quoted string");
  // Not a grouped number: no guess. 1.234 is a valid number with too many decimals, and
  // 46.000 a valid 46.
  for (const char* other : {"46,000,0", "46,0000", "4600,000", "1,2,3", "046,000", "1.234",
                            "46, 000", "46,000 000", ",000"})
    CHECK_MESSAGE(amount_error(other).find("write") == std::string::npos, other);
  CHECK(cents("46.000") == 4600);
}

TEST_CASE("a key cut from an amount by a flow mapping's comma gets the same hint") {
  // {2026-01: 46,000} is YAML for {2026-01: 46, 000: null}.
  CHECK(parse_month("000").error ==
        "expected a month YYYY-MM, not '000' (if '000' is the end of an amount such as 46,000 "
        "inside { }, where a comma starts a new entry: write 46000, without separators)");
  CHECK(parse_year("500.50").error.ends_with("write 46500.50, without separators)"));
  CHECK(parse_month("2026-13").error == "expected a month YYYY-MM, not '2026-13'");
  CHECK(parse_year("20266").error == "expected a 4-digit year, not '20266'");
}

TEST_CASE("signed amounts for the command line: +, - or none") {
  CHECK(parse_signed_amount("+50000").value->cents() == 5000000);
  CHECK(parse_signed_amount("-50000.5").value->cents() == -5000050);
  CHECK(parse_signed_amount("12").value->cents() == 1200);
  CHECK(parse_signed_amount("-0").value->cents() == 0);
  CHECK(parse_signed_amount("-5.001").error == "amount -5.001 has more than 2 decimal places");
  CHECK(parse_signed_amount("-10000000000000.01").error ==
        "amount -10000000000000.01 is above 10^13 in size");
  CHECK(parse_signed_amount("-50,000").error ==
        "expected a number, not '-50,000': write -50000, without separators");
  for (const char* bad : {"+-5", "--5", "-+5", "++5", "+", "-", "", "5e3", "0x10"})
    CHECK_MESSAGE(!parse_signed_amount(bad), bad);
}
