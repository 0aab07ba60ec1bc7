#pragma once

#include "model/checked.hpp"
#include "model/money.hpp"

#include <compare>
#include <cstdint>
#include <fmt/format.h>
#include <optional>
#include <string>

namespace acctmgr {

/// The one rounding function: num / den rounded half away from zero to an integer.
/// (For the non-negative amounts of the SPEC this is "half-up".) den must be non-zero.
Int128 round_half_up(Int128 num, Int128 den);

/// An exact rational number, always reduced, denominator positive. Used for percentages,
/// growth rates, shares and every other ratio: nothing is ever a binary float.
class Ratio {
public:
  constexpr Ratio() = default;
  /// num/den, reduced; den must not be zero.
  Ratio(Int128 num, Int128 den);
  static Ratio integer(std::int64_t n) { return Ratio(n, 1); }
  /// a / b, or nullopt when b is zero.
  static std::optional<Ratio> of(Money a, Money b);

  Int128 num() const { return num_; }
  Int128 den() const { return den_; }
  bool is_zero() const { return num_ == 0; }
  bool is_negative() const { return num_ < 0; }

  friend Ratio operator+(const Ratio& a, const Ratio& b);
  friend Ratio operator-(const Ratio& a, const Ratio& b);
  friend Ratio operator*(const Ratio& a, const Ratio& b);
  /// b must not be zero.
  friend Ratio operator/(const Ratio& a, const Ratio& b);
  friend bool operator==(const Ratio& a, const Ratio& b) = default;
  friend std::strong_ordering operator<=>(const Ratio& a, const Ratio& b);

private:
  Int128 num_ = 0;
  Int128 den_ = 1;
};

/// m × r rounded half-up to the cent.
Money apply(Money m, const Ratio& r);

/// Exact Money → Ratio of currency units (cents / 100).
Ratio to_ratio(Money m);

/// Rounds r half-up to a Money amount (r in currency units).
Money to_money(const Ratio& r);

/// Fixed-point text with `decimals` digits, rounded half-up: 0.2345, -0.5000, 1.2.
std::string to_fixed(const Ratio& r, int decimals);

/// Percentage text for tables: 0.2345 with 1 decimal -> "23.5%".
std::string to_percent(const Ratio& r, int decimals = 1);

} // namespace acctmgr

/// `{}` prints a percentage with one decimal (23.5%); `{:.N%}` with N decimals; `{:.Nf}` the
/// fraction with N decimals (0.2345). Always rounded half-up from the exact value.
template <> struct fmt::formatter<acctmgr::Ratio> {
  int decimals = 1;
  bool percent = true;
  constexpr auto parse(format_parse_context& ctx) {
    auto it = ctx.begin();
    if (it != ctx.end() && *it == '.') {
      ++it;
      decimals = 0;
      while (it != ctx.end() && *it >= '0' && *it <= '9')
        decimals = decimals * 10 + (*it++ - '0');
      if (it == ctx.end() || (*it != '%' && *it != 'f'))
        throw format_error("Ratio takes {}, {:.N%} or {:.Nf}");
      percent = *it++ == '%';
    }
    if (it != ctx.end() && *it != '}') throw format_error("Ratio takes {}, {:.N%} or {:.Nf}");
    return it;
  }
  template <class Context> auto format(const acctmgr::Ratio& r, Context& ctx) const {
    const std::string text =
        percent ? acctmgr::to_percent(r, decimals) : acctmgr::to_fixed(r, decimals);
    return fmt::format_to(ctx.out(), "{}", text);
  }
};
