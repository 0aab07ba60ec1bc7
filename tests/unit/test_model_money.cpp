#include "model/money.hpp"
#include "model/ratio.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

TEST_CASE("money prints with two decimals and no separators") {
  CHECK(to_string(Money::from_cents(123450)) == "1234.50");
  CHECK(to_string(Money::from_cents(-5)) == "-0.05");
  CHECK(to_string(Money()) == "0.00");
  CHECK(to_string(Money::from_cents(INT64_MIN)) == "-92233720368547758.08");
  CHECK(to_display(Money::from_cents(123456789)) == "1,234,567.89");
  CHECK(to_display(Money::from_cents(-100000)) == "-1,000.00");
  CHECK(to_display(Money::from_cents(99999)) == "999.99");
}

TEST_CASE("money arithmetic is checked") {
  const Money max = Money::from_cents(INT64_MAX);
  CHECK_THROWS_AS(max + Money::from_cents(1), OverflowError);
  CHECK_THROWS_AS(Money::from_cents(INT64_MIN) - Money::from_cents(1), OverflowError);
  CHECK((Money::units(10) - Money::from_cents(1)).cents() == 999);
}

TEST_CASE("round_half_up rounds halves away from zero, everything else to nearest") {
  CHECK(round_half_up(5, 2) == 3);   // 2.5
  CHECK(round_half_up(-5, 2) == -3); // -2.5
  CHECK(round_half_up(7, 3) == 2);   // 2.33
  CHECK(round_half_up(8, 3) == 3);   // 2.67
  CHECK(round_half_up(1, -2) == -1); // -0.5
  CHECK(round_half_up(0, 7) == 0);
}

TEST_CASE("ratios are exact and reduced") {
  const Ratio r(50, 200);
  CHECK(r.num() == 1);
  CHECK(r.den() == 4);
  CHECK(Ratio(1, 3) + Ratio(1, 6) == Ratio(1, 2));
  CHECK(Ratio(1, 5) * Ratio(5, 2) == Ratio(1, 2));
  CHECK(Ratio(1, 3) / Ratio(2, 3) == Ratio(1, 2));
  CHECK(Ratio(2, -4) == Ratio(-1, 2));
  CHECK(Ratio(1, 3) < Ratio(34, 100));
  CHECK(!Ratio::of(Money::units(1), Money()).has_value());
  CHECK(*Ratio::of(Money::units(120), Money::units(100)) == Ratio(6, 5));
}

TEST_CASE("fixed and percent text round half-up") {
  CHECK(to_fixed(Ratio(2345, 10000), 4) == "0.2345");
  CHECK(to_fixed(Ratio(23455, 100000), 4) == "0.2346");
  CHECK(to_fixed(Ratio(-23455, 100000), 4) == "-0.2346");
  CHECK(to_fixed(Ratio(1, 3), 4) == "0.3333");
  CHECK(to_fixed(Ratio(2, 3), 4) == "0.6667");
  CHECK(to_fixed(Ratio(6, 5), 1) == "1.2");
  CHECK(to_fixed(Ratio(-1, 100000), 4) == "0.0000");
  CHECK(to_fixed(Ratio(3, 1), 0) == "3");
  CHECK(to_percent(Ratio(2345, 10000)) == "23.5%");
  CHECK(to_percent(Ratio(-1, 8)) == "-12.5%");
}

TEST_CASE("applying a ratio to money rounds once, half-up, to the cent") {
  // 48,000.00 × 30% = 14,400.00
  CHECK(apply(Money::units(48000), Ratio(3, 10)) == Money::units(14400));
  // 0.05 × 50% = 0.025 -> 0.03
  CHECK(apply(Money::from_cents(5), Ratio(1, 2)) == Money::from_cents(3));
  // 0.01 × 1/3 = 0.00333 -> 0.00
  CHECK(apply(Money::from_cents(1), Ratio(1, 3)) == Money());
  CHECK(to_money(Ratio(1001, 200)) == Money::from_cents(501)); // 5.005 -> 5.01
}
