#pragma once

#include "model/checked.hpp"
#include "model/money.hpp"
#include "model/month.hpp"
#include "model/ratio.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace acctmgr {

/// A scalar's value or, when it is not acceptable, the reason (one line, for a Diagnostic).
template <class T> struct Parsed {
  std::optional<T> value;
  std::string error;
  Parsed(T v) : value(std::move(v)) {}
  Parsed(std::string e) : error(std::move(e)) {}
  Parsed(const char* e) : error(e) {}
  explicit operator bool() const { return value.has_value(); }
};

/// A decimal number exactly as written: mantissa / 10^decimals.
struct Decimal {
  Int128 mantissa = 0;
  int decimals = 0;
  bool negative() const { return mantissa < 0; }
  Ratio ratio() const;
};

/// Our one number grammar, -?(0|[1-9][0-9]*)(\.[0-9]+)?, on a plain (unquoted) scalar only:
/// no octal, hex, 1_000, 1e3, .inf or +1.
Parsed<Decimal> parse_number(std::string_view text, bool quoted);

/// An amount of money: >= 0, at most 2 decimal places, at most 10^13. An amount written
/// with thousands separators (46,000, 46 000, 46'000, 46_000) or a decimal comma is refused
/// with how to write it ("write 46000, without separators"): a separator is never guessed,
/// since 46.000 already means 46.
Parsed<Money> parse_amount(std::string_view text, bool quoted);

/// An amount with an optional sign, + or -, as typed on the command line (a what-if cut:
/// `acme=-50000`); otherwise as parse_amount on a plain scalar.
Parsed<Money> parse_signed_amount(std::string_view text);

/// A percentage: "30%", "12.5%" or a fraction 0..1 such as 0.3; never negative.
Parsed<Ratio> parse_percentage(std::string_view text, bool quoted);

/// A positive factor such as an accelerator or a multiplier (at most 100).
Parsed<Ratio> parse_factor(std::string_view text, bool quoted);

/// An exchange rate (SPEC section 9): a positive exact decimal with at most 8 decimal places
/// (trailing zeros beyond are fine), at most 10^6: 1 unit of a currency in the reporting one.
Parsed<Ratio> parse_rate(std::string_view text, bool quoted);

/// Live touches a week (live_per_week): above 0, at most 2 decimals, at most 100.
Parsed<Ratio> parse_per_week(std::string_view text, bool quoted);

/// A whole number in [lo, hi].
Parsed<int> parse_whole(std::string_view text, bool quoted, int lo, int hi);

/// A headcount: >= 0, at most 2 decimals (fractional FTEs).
Parsed<Ratio> parse_headcount(std::string_view text, bool quoted);

/// A month written YYYY-MM, from 0001-01 to 9999-12. A value of three digits gets a hint: as a key
/// it is most likely the tail of an amount such as 46,000 that a flow mapping `{...}` split at its
/// comma.
Parsed<Month> parse_month(std::string_view text);

/// A real date written YYYY-MM-DD, from 0001-01-01 on.
Parsed<Date> parse_date(std::string_view text);

/// A 4-digit (fiscal) year 0001..9999 used as a key (with parse_month's hint for a split
/// amount).
Parsed<int> parse_year(std::string_view text);

/// [a-z0-9][a-z0-9_.-]*
bool is_valid_id(std::string_view text);

/// Three upper-case ASCII letters, ISO 4217 style.
bool is_currency_code(std::string_view text);

/// Why a text value cannot be used (a byte that is not UTF-8, a control character, even one
/// written as an escape), or nullopt. `multiline` allows line feeds and tabs (free-text notes).
std::optional<std::string> text_problem(std::string_view text, bool multiline);

} // namespace acctmgr
