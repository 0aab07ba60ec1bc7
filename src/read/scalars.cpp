#include "read/scalars.hpp"

#include "text/utf8.hpp"

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

/// A non-negative decimal (or any, when `signed_ok`) with at most `decimals` places (trailing
/// zeros beyond are fine: the value is what must be exact), as a count of 10^-decimals units.
Parsed<Int128> fixed_point(std::string_view text, bool quoted, int decimals, const char* what,
                           bool signed_ok = false) {
  auto n = parse_number(text, quoted);
  if (!n) return n.error;
  if (n.value->negative() && !signed_ok)
    return fmt::format("{} {} must not be negative", what, text);
  Decimal d = *n.value;
  while (d.decimals > decimals && d.mantissa % 10 == 0)
    d.mantissa /= 10, --d.decimals;
  if (d.decimals > decimals)
    return fmt::format("{} {} has more than {} decimal places", what, text, decimals);
  return d.mantissa * pow10(decimals - d.decimals);
}

/// Separators people put between groups of three digits: comma, space, apostrophe,
/// underscore, point (German), and the no-break and thin spaces that spreadsheets and word
/// processors paste in (Ukrainian, French, Swiss number formats).
constexpr std::string_view group_separators[] = {",",      " ",      "'",      "_",     ".",
                                                 "\u00A0", "\u202F", "\u2009", "\u2019"};

std::size_t count_digits(std::string_view text, std::size_t from) {
  std::size_t i = from;
  while (i < text.size() && is_digit(text[i]))
    ++i;
  return i - from;
}

/// The separator at `at`, if one of group_separators is there.
std::string_view separator_at(std::string_view text, std::size_t at) {
  for (std::string_view sep : group_separators)
    if (text.substr(at).starts_with(sep)) return sep;
  return {};
}

/// How to write `text` when it is an amount whose only fault is its separators: groups of
/// three digits ("46,000", "46 000", "46'000", "46_000", "1.234.567,50") or a decimal comma
/// ("46,50"). Empty when `text` is not such a number. The sign, if any, is kept.
std::string separator_hint(std::string_view text) {
  std::string sign;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    sign = text.substr(0, 1);
    text.remove_prefix(1);
  }
  std::size_t i = count_digits(text, 0);
  if (i == 0) return {};
  std::string digits(text.substr(0, i));
  std::string_view sep;
  int groups = 0;
  if (i <= 3 && text[0] != '0') {
    for (std::string_view next; !(next = separator_at(text, i)).empty(); ++groups) {
      const std::size_t group = i + next.size();
      if ((!sep.empty() && next != sep) || count_digits(text, group) != 3) break;
      sep = next;
      digits += text.substr(group, 3);
      i = group + 3;
    }
  }
  if (i == text.size())
    return groups > 0 ? fmt::format("write {}{}, without separators", sign, digits) : "";
  // What is left may be the decimals, after a point or (European style) a comma that is not
  // the group separator.
  const char mark = text[i];
  const std::size_t decimals = count_digits(text, i + 1);
  if ((mark != '.' && mark != ',') || sep == std::string_view(&mark, 1) || decimals == 0 ||
      i + 1 + decimals != text.size())
    return {};
  const std::string number = fmt::format("{}{}.{}", sign, digits, text.substr(i + 1));
  if (groups > 0) return fmt::format("write {}, without separators", number);
  if (mark == ',' && decimals <= 2) return fmt::format("write {}, with a decimal point", number);
  return {};
}

/// `error` for a value that is not in our number grammar, with how to write it when only
/// its separators are at fault (also in a quoted string, which is never a number).
std::string with_separator_hint(std::string error, std::string_view text, bool quoted) {
  if (parse_number(text, false)) return error; // a number: the fault lies elsewhere
  const std::string hint = separator_hint(text);
  if (hint.empty()) return error;
  return fmt::format("{}: {}{}", error, hint, quoted ? " (and without quotes)" : "");
}

/// In a flow mapping `{2026-01: 46,000}` the comma ends the entry: YAML reads 46, then a key
/// `000`. Such a key reaches the month or year parser, which says what probably happened.
std::string split_amount_hint(std::string_view key) {
  const std::size_t digits = count_digits(key, 0);
  const bool fragment =
      digits == 3 && (key.size() == 3 ||
                      (key[3] == '.' && key.size() > 4 && count_digits(key, 4) == key.size() - 4));
  if (!fragment) return {};
  return fmt::format(" (if '{}' is the end of an amount such as 46,{} inside {{ }}, where a "
                     "comma starts a new entry: write 46{}, without separators)",
                     key, key, key);
}

/// Whether `text` is a month or date (as `parse` reads them) but for its year 0000.
template <class Parse> bool with_year_zero(std::string_view text, Parse parse) {
  if (!text.starts_with("0000")) return false;
  std::string year_one(text);
  year_one[3] = '1';
  return parse(year_one).has_value();
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
  if (!cents) return with_separator_hint(std::move(cents.error), text, quoted);
  if (*cents.value > pow10(15)) return fmt::format("amount {} is above 10^13", text);
  return Money::from_cents(static_cast<std::int64_t>(*cents.value));
}

Parsed<Money> parse_signed_amount(std::string_view text) {
  // Our grammar has the minus; the plus only the command line has, as in `acme=+50000`.
  const std::string_view number = text.starts_with('+') ? text.substr(1) : text;
  if (number.size() < text.size() && number.starts_with('-')) return expected_number(text, false);
  auto cents = fixed_point(number, false, 2, "amount", true);
  if (!cents) return with_separator_hint(std::move(cents.error), text, false);
  if (*cents.value > pow10(15) || *cents.value < -pow10(15))
    return fmt::format("amount {} is above 10^13 in size", text);
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

Parsed<Ratio> parse_rate(std::string_view text, bool quoted) {
  auto units = fixed_point(text, quoted, 8, "rate");
  if (!units) return units.error;
  if (*units.value == 0)
    return fmt::format("a rate must be above 0: 1 unit of the currency in the reporting "
                       "currency (such as 1.085), not {}",
                       text);
  // No plan rate between two currencies in use is a million to one; a larger one is a typo.
  if (*units.value > pow10(14)) return fmt::format("rate {} is implausibly large", text);
  return Ratio(*units.value, pow10(8));
}

Parsed<Ratio> parse_per_week(std::string_view text, bool quoted) {
  auto n = parse_number(text, quoted);
  if (!n) return n.error;
  const Ratio r = n.value->ratio();
  if (r <= Ratio::integer(0))
    return fmt::format("expected live touches a week above 0 (such as 5 or 2.5), not {}", text);
  if (trimmed(*n.value).decimals > 2)
    return fmt::format("{} touches a week has more than 2 decimal places", text);
  if (r > Ratio::integer(100))
    return fmt::format("{} touches a week is implausibly many (at most 100)", text);
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
  if (with_year_zero(text, Month::parse))
    return fmt::format("expected a month from 0001-01 to 9999-12, not '{}'", text);
  return fmt::format("expected a month YYYY-MM, not '{}'{}", text, split_amount_hint(text));
}

Parsed<Date> parse_date(std::string_view text) {
  if (auto d = Date::parse(text)) return *d;
  if (with_year_zero(text, Date::parse))
    return fmt::format("expected a date from 0001-01-01 to 9999-12-31, not '{}'", text);
  if (Month::parse(text.substr(0, 7)) && text.size() == 10 && text[7] == '-')
    return fmt::format("{} is not a date in the calendar", text);
  return fmt::format("expected a date YYYY-MM-DD, not '{}'", text);
}

Parsed<int> parse_year(std::string_view text) {
  if (text.size() != 4 || count_digits(text, 0) != 4)
    return fmt::format("expected a 4-digit year, not '{}'{}", text, split_amount_hint(text));
  int y = 0;
  for (char c : text)
    y = y * 10 + (c - '0');
  if (y == 0) return "expected a year from 0001 to 9999, not '0000'";
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
  // The loader refuses invalid bytes before any value is read; `log --note` comes from a
  // command line, which may be in a legacy encoding (Café typed in a Latin-1 terminal).
  for (std::size_t i = 0; i < text.size();) {
    const utf8::Decoded d = utf8::decode(text, i);
    if (!d.cp)
      return fmt::format("invalid UTF-8 byte 0x{:02X}: text must be UTF-8",
                         static_cast<unsigned char>(text[i]));
    i += d.length;
  }
  if (const auto cp = utf8::first_control(text, multiline ? U"\n\t" : U""))
    return fmt::format("control character U+{:04X} is not allowed in text",
                       static_cast<std::uint32_t>(*cp));
  return std::nullopt;
}

} // namespace acctmgr
