#include "io/scalars.hpp"

#include "io/utf8.hpp"

#include <cstdint>
#include <fmt/format.h>

namespace acctmgr {
namespace {

// Enough for any amount or ratio we accept and far from Int128's limits.
constexpr std::size_t max_digits = 24;

Int128 pow10(int n) {
  Int128 r = 1;
  while (n-- > 0)
    r *= 10;
  return r;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::string expected_number(std::string_view text, bool quoted) {
  if (quoted) return "expected a number, not a quoted string";
  return fmt::format("expected a number, not '{}'", text);
}

/// Percentages and factors are exact fractions of at most this many decimal places (a
/// percentage written with '%' has two fewer). Real plans need far fewer; without a limit a
/// figure such as 0.99999999999999999999999 overflows 128-bit products as soon as it is
/// compared with another, and the file is refused without a line to point at.
constexpr int max_ratio_decimals = 6;

/// `n` without trailing zeros after the point (0.300 is 0.3): the value is what counts.
Decimal trimmed(Decimal n) {
  while (n.decimals > 0 && n.mantissa % 10 == 0)
    n.mantissa /= 10, --n.decimals;
  return n;
}

/// A non-negative decimal with at most `decimals` places (trailing zeros beyond are fine:
/// the value is what must be exact), as a count of 10^-decimals units.
Parsed<Int128> fixed_point(std::string_view text, bool quoted, int decimals, const char* what) {
  auto n = parse_number(text, quoted);
  if (!n) return n.error;
  if (n.value->negative()) return fmt::format("{} {} must not be negative", what, text);
  Decimal d = *n.value;
  while (d.decimals > decimals && d.mantissa % 10 == 0)
    d.mantissa /= 10, --d.decimals;
  if (d.decimals > decimals)
    return fmt::format("{} {} has more than {} decimal places", what, text, decimals);
  return d.mantissa * pow10(decimals - d.decimals);
}

} // namespace

Ratio Decimal::ratio() const {
  return Ratio(mantissa, pow10(decimals));
}

Parsed<Decimal> parse_number(std::string_view text, bool quoted) {
  if (quoted) return expected_number(text, quoted);
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) ++i;
  const std::size_t int_begin = i;
  while (i < text.size() && is_digit(text[i]))
    ++i;
  const std::size_t int_digits = i - int_begin;
  if (int_digits == 0) return expected_number(text, quoted);
  if (int_digits > 1 && text[int_begin] == '0')
    return fmt::format("'{}': a number must not start with 0 (octal is not supported)", text);
  std::size_t frac_digits = 0;
  if (i < text.size() && text[i] == '.') {
    const std::size_t frac_begin = ++i;
    while (i < text.size() && is_digit(text[i]))
      ++i;
    frac_digits = i - frac_begin;
    if (frac_digits == 0) return expected_number(text, quoted);
  }
  if (i != text.size()) return expected_number(text, quoted);
  if (int_digits + frac_digits > max_digits) return fmt::format("'{}' is far too large", text);
  Decimal d;
  for (char c : text.substr(int_begin)) {
    if (c != '.') d.mantissa = d.mantissa * 10 + (c - '0');
  }
  if (negative) d.mantissa = -d.mantissa;
  d.decimals = static_cast<int>(frac_digits);
  return d;
}

Parsed<Money> parse_amount(std::string_view text, bool quoted) {
  auto cents = fixed_point(text, quoted, 2, "amount");
  if (!cents) return cents.error;
  if (*cents.value > pow10(15)) return fmt::format("amount {} is above 10^13", text);
  return Money::from_cents(static_cast<std::int64_t>(*cents.value));
}

Parsed<Ratio> parse_percentage(std::string_view text, bool quoted) {
  if (text.ends_with('%')) {
    auto n = parse_number(text.substr(0, text.size() - 1), false);
    if (!n) return fmt::format("expected a percentage like 30% or 0.30, not '{}'", text);
    if (n.value->negative()) return "a percentage must not be negative";
    if (trimmed(*n.value).decimals > max_ratio_decimals - 2)
      return fmt::format("{} has more than {} decimal places", text, max_ratio_decimals - 2);
    if (n.value->ratio() > Ratio::integer(1000))
      return fmt::format("{} is implausibly large", text);
    return n.value->ratio() / Ratio::integer(100);
  }
  if (quoted) return "expected a percentage like 30% or 0.30, not a quoted number";
  auto n = parse_number(text, quoted);
  if (!n) return fmt::format("expected a percentage like 30% or 0.30, not '{}'", text);
  if (n.value->negative()) return "a percentage must not be negative";
  if (trimmed(*n.value).decimals > max_ratio_decimals)
    return fmt::format("{} has more than {} decimal places", text, max_ratio_decimals);
  if (n.value->ratio() > Ratio::integer(1))
    return fmt::format("{} is above 1 as a fraction: write {}% or {}", text, text,
                       to_fixed(n.value->ratio() / Ratio::integer(100), n.value->decimals + 2));
  return n.value->ratio();
}

Parsed<Ratio> parse_factor(std::string_view text, bool quoted) {
  auto n = parse_number(text, quoted);
  if (!n) return n.error;
  const Ratio r = n.value->ratio();
  if (r <= Ratio::integer(0)) return "a factor must be above 0";
  if (trimmed(*n.value).decimals > max_ratio_decimals)
    return fmt::format("factor {} has more than {} decimal places", text, max_ratio_decimals);
  if (r > Ratio::integer(100)) return fmt::format("factor {} is implausibly large", text);
  return r;
}

Parsed<int> parse_whole(std::string_view text, bool quoted, int lo, int hi) {
  auto n = parse_number(text, quoted);
  if (!n) return n.error;
  if (n.value->decimals != 0) return fmt::format("expected a whole number, not {}", text);
  if (n.value->mantissa < lo || n.value->mantissa > hi)
    return fmt::format("{} is out of range ({}..{})", text, lo, hi);
  return static_cast<int>(n.value->mantissa);
}

Parsed<Ratio> parse_headcount(std::string_view text, bool quoted) {
  auto hundredths = fixed_point(text, quoted, 2, "headcount");
  if (!hundredths) return hundredths.error;
  if (*hundredths.value > pow10(8)) return fmt::format("headcount {} is implausibly large", text);
  return Ratio(*hundredths.value, 100);
}

Parsed<Month> parse_month(std::string_view text) {
  if (auto m = Month::parse(text)) return *m;
  return fmt::format("expected a month YYYY-MM, not '{}'", text);
}

Parsed<Date> parse_date(std::string_view text) {
  if (auto d = Date::parse(text)) return *d;
  if (Month::parse(text.substr(0, 7)) && text.size() == 10 && text[7] == '-')
    return fmt::format("{} is not a date in the calendar", text);
  return fmt::format("expected a date YYYY-MM-DD, not '{}'", text);
}

Parsed<int> parse_year(std::string_view text) {
  if (text.size() != 4 || text[0] < '1' || text[0] > '9' || !is_digit(text[1]) ||
      !is_digit(text[2]) || !is_digit(text[3]))
    return fmt::format("expected a 4-digit year, not '{}'", text);
  int y = 0;
  for (char c : text)
    y = y * 10 + (c - '0');
  return y;
}

bool is_valid_id(std::string_view text) {
  const auto first_ok = [](char c) { return (c >= 'a' && c <= 'z') || is_digit(c); };
  if (text.empty() || !first_ok(text[0])) return false;
  for (char c : text)
    if (!first_ok(c) && c != '_' && c != '.' && c != '-') return false;
  return true;
}

bool is_currency_code(std::string_view text) {
  if (text.size() != 3) return false;
  for (char c : text)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

std::optional<std::string> text_problem(std::string_view text, bool multiline) {
  if (const auto cp = utf8::first_control(text, multiline ? U"\n\t" : U""))
    return fmt::format("control character U+{:04X} is not allowed in text",
                       static_cast<std::uint32_t>(*cp));
  return std::nullopt;
}

} // namespace acctmgr
