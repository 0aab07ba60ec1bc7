#include "model/decimal_text.hpp"
#include "model/money.hpp"

#include <cstdint>
#include <doctest/doctest.h>

using namespace acctmgr;

TEST_CASE("group_thousands separates the integer part in threes") {
  CHECK(group_thousands("") == "");
  CHECK(group_thousands("0") == "0");
  CHECK(group_thousands("999") == "999");
  CHECK(group_thousands("1000") == "1,000");
  CHECK(group_thousands("12345") == "12,345");
  CHECK(group_thousands("123456") == "123,456");
  CHECK(group_thousands("1234567") == "1,234,567");
  CHECK(group_thousands("-999") == "-999");
  CHECK(group_thousands("-1000") == "-1,000");
  CHECK(group_thousands("-123456") == "-123,456");
}

TEST_CASE("group_thousands leaves the decimals alone") {
  CHECK(group_thousands("0.00") == "0.00");
  CHECK(group_thousands("-0.05") == "-0.05");
  CHECK(group_thousands("999.99") == "999.99");
  CHECK(group_thousands("1000.5") == "1,000.5");
  CHECK(group_thousands("1000.123456") == "1,000.123456");
  CHECK(group_thousands("-1234567.891") == "-1,234,567.891");
  CHECK(group_thousands("-92233720368547758.08") == "-92,233,720,368,547,758.08");
}

TEST_CASE("to_display is to_string grouped in thousands") {
  CHECK(to_display(Money()) == "0.00");
  CHECK(to_display(Money::from_cents(-5)) == "-0.05");
  CHECK(to_display(Money::from_cents(99900)) == "999.00");
  CHECK(to_display(Money::from_cents(99999)) == "999.99");
  CHECK(to_display(Money::from_cents(100000)) == "1,000.00");
  CHECK(to_display(Money::from_cents(-99999)) == "-999.99");
  CHECK(to_display(Money::from_cents(-100000)) == "-1,000.00");
  CHECK(to_display(Money::from_cents(-123456789)) == "-1,234,567.89");
  CHECK(to_display(Money::from_cents(INT64_MAX)) == "92,233,720,368,547,758.07");
  CHECK(to_display(Money::from_cents(INT64_MIN)) == "-92,233,720,368,547,758.08");
}

TEST_CASE("amount_text groups exact and approximate amounts the same way") {
  CHECK(amount_text(Ratio(0, 1)) == "0.00");
  CHECK(amount_text(Ratio(999, 1)) == "999.00");
  CHECK(amount_text(Ratio(-1000, 1)) == "-1,000.00");
  CHECK(amount_text(Ratio(123456789, 100)) == "1,234,567.89");
  CHECK(amount_text(Ratio(100000005, 100000)) == "1,000.00005");
  CHECK(amount_text(Ratio(10000, 3)) == "≈ 3,333.333333");
  CHECK(amount_text(Ratio(-10000, 3)) == "≈ -3,333.333333");
}
