#include "model/ratio.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

Int128 abs128(Int128 v) {
  return v < 0 ? checked_sub<Int128>(0, v) : v;
}

Int128 gcd128(Int128 a, Int128 b) {
  a = abs128(a);
  b = abs128(b);
  while (b != 0) {
    const Int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

std::string to_decimal(Int128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  std::string digits;
  // Digits are taken from the negative side so that no value overflows.
  for (Int128 n = negative ? v : -v; n != 0; n /= 10)
    digits.insert(digits.begin(), static_cast<char>('0' - static_cast<int>(n % 10)));
  return negative ? "-" + digits : digits;
}

Int128 pow10(int n) {
  Int128 p = 1;
  for (int i = 0; i < n; ++i)
    p = checked_mul<Int128>(p, 10);
  return p;
}

} // namespace

Int128 round_half_up(Int128 num, Int128 den) {
  if (den == 0) throw std::domain_error("division by zero");
  if (den < 0) {
    num = checked_sub<Int128>(0, num);
    den = checked_sub<Int128>(0, den);
  }
  const Int128 q = num / den;
  const Int128 r = num % den; // same sign as num
  // |r| >= den/2  <=>  2|r| >= den; r < den so 2|r| cannot overflow for den < 2^126.
  if (2 * abs128(r) >= den) return num < 0 ? q - 1 : q + 1;
  return q;
}

Ratio::Ratio(Int128 num, Int128 den) {
  if (den == 0) throw std::domain_error("ratio with zero denominator");
  if (den < 0) {
    num = checked_sub<Int128>(0, num);
    den = checked_sub<Int128>(0, den);
  }
  const Int128 g = gcd128(num, den);
  num_ = g > 1 ? num / g : num;
  den_ = g > 1 ? den / g : den;
}

std::optional<Ratio> Ratio::of(Money a, Money b) {
  if (b.is_zero()) return std::nullopt;
  return Ratio(a.cents(), b.cents());
}

Ratio operator+(const Ratio& a, const Ratio& b) {
  const Int128 g = gcd128(a.den_, b.den_);
  const Int128 da = a.den_ / g;
  return Ratio(checked_add(checked_mul(a.num_, b.den_ / g), checked_mul(b.num_, da)),
               checked_mul(da, b.den_));
}

Ratio operator-(const Ratio& a, const Ratio& b) {
  return a + Ratio(checked_sub<Int128>(0, b.num_), b.den_);
}

Ratio operator*(const Ratio& a, const Ratio& b) {
  // Cross-reduce first so that intermediate products stay as small as possible.
  const Int128 g1 = gcd128(a.num_, b.den_);
  const Int128 g2 = gcd128(b.num_, a.den_);
  const Int128 n1 = g1 > 1 ? a.num_ / g1 : a.num_, d2 = g1 > 1 ? b.den_ / g1 : b.den_;
  const Int128 n2 = g2 > 1 ? b.num_ / g2 : b.num_, d1 = g2 > 1 ? a.den_ / g2 : a.den_;
  return Ratio(checked_mul(n1, n2), checked_mul(d1, d2));
}

Ratio operator/(const Ratio& a, const Ratio& b) {
  if (b.num_ == 0) throw std::domain_error("division by zero");
  return a * Ratio(b.den_, b.num_);
}

std::strong_ordering operator<=>(const Ratio& a, const Ratio& b) {
  const Int128 l = checked_mul(a.num_, b.den_);
  const Int128 r = checked_mul(b.num_, a.den_);
  return l < r ? std::strong_ordering::less
               : (l > r ? std::strong_ordering::greater : std::strong_ordering::equal);
}

Money apply(Money m, const Ratio& r) {
  return to_money(to_ratio(m) * r);
}

Ratio to_ratio(Money m) {
  return Ratio(m.cents(), 100);
}

Money to_money(const Ratio& r) {
  const Int128 cents = round_half_up(checked_mul<Int128>(r.num(), 100), r.den());
  if (cents > INT64_MAX || cents < INT64_MIN) throw OverflowError();
  return Money::from_cents(static_cast<std::int64_t>(cents));
}

std::string to_fixed(const Ratio& r, int decimals) {
  const Int128 scaled = round_half_up(checked_mul(r.num(), pow10(decimals)), r.den());
  const bool negative = scaled < 0;
  std::string digits = to_decimal(negative ? -scaled : scaled);
  if (decimals > 0) {
    if (digits.size() <= static_cast<std::size_t>(decimals))
      digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(decimals), 1, '.');
  }
  if (negative) digits.insert(0, 1, '-');
  return digits;
}

std::string to_percent(const Ratio& r, int decimals) {
  return to_fixed(r * Ratio(100, 1), decimals) + "%";
}

} // namespace acctmgr
