#pragma once

#include "model/checked.hpp"

#include <compare>
#include <cstdint>
#include <fmt/format.h>
#include <string>

namespace acctmgr {

/// An amount of money in integer minor units (cents). Arithmetic is checked: an overflow
/// throws OverflowError instead of wrapping. There is no conversion from or to double.
class Money {
public:
  constexpr Money() = default;
  static constexpr Money from_cents(std::int64_t cents) { return Money(cents); }
  /// Whole units, e.g. Money::units(1200) is 1200.00.
  static Money units(std::int64_t whole) { return Money(checked_mul<std::int64_t>(whole, 100)); }

  constexpr std::int64_t cents() const { return cents_; }
  constexpr bool is_zero() const { return cents_ == 0; }

  friend Money operator+(Money a, Money b) { return Money(checked_add(a.cents_, b.cents_)); }
  friend Money operator-(Money a, Money b) { return Money(checked_sub(a.cents_, b.cents_)); }
  Money& operator+=(Money o) { return *this = *this + o; }
  Money& operator-=(Money o) { return *this = *this - o; }
  friend constexpr auto operator<=>(Money, Money) = default;

private:
  constexpr explicit Money(std::int64_t cents) : cents_(cents) {}
  std::int64_t cents_ = 0;
};

/// Absolute value; checked.
Money abs(Money m);

/// Plain decimal with exactly two decimals and no separators: "-1234.50".
std::string to_string(Money m);

/// Human form with thousands separators for tables: "-1,234.50".
std::string to_display(Money m);

} // namespace acctmgr

/// `{}` prints the human form with thousands separators (1,234.50), `{:p}` the plain form
/// (1234.50): Money formats itself, nothing else converts it to text.
template <> struct fmt::formatter<acctmgr::Money> {
  bool plain = false;
  constexpr auto parse(format_parse_context& ctx) {
    auto it = ctx.begin();
    if (it != ctx.end() && *it == 'p') plain = true, ++it;
    if (it != ctx.end() && *it != '}') throw format_error("Money takes {} or {:p}");
    return it;
  }
  template <class Context> auto format(acctmgr::Money m, Context& ctx) const {
    const std::string text = plain ? acctmgr::to_string(m) : acctmgr::to_display(m);
    return fmt::format_to(ctx.out(), "{}", text);
  }
};
