#pragma once

#include <compare>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>

namespace acctmgr {

/// A calendar month a file may hold: 0001-01 to 9999-12 (SPEC section 3). Stored as a month
/// index (year × 12 + month − 1) so that month arithmetic is integer arithmetic. Every Month is
/// one of those months: arithmetic saturates (0001-01 − 1 is 0001-01, 9999-12 + 1 is 9999-12),
/// so no computation can make a year 0000 or a negative month. A run of months that would
/// reach past either end is clipped by MonthRange (period.hpp), which says so by being shorter
/// or empty: use it, not `m + 1` in a loop, to walk months.
class Month {
public:
  /// 0001-01.
  constexpr Month() = default;
  /// Year 1..9999, month 1..12; anything else is clamped to the nearest end.
  constexpr Month(int year, int month)
      : index_(clamped(static_cast<long long>(year) * 12 + (month - 1))) {}
  /// The month of an index (year × 12 + month − 1), clamped to 0001-01..9999-12.
  static constexpr Month from_index(long long index) {
    Month m;
    m.index_ = clamped(index);
    return m;
  }
  static constexpr Month min() { return from_index(kMinIndex); }
  static constexpr Month max() { return from_index(kMaxIndex); }
  /// Parses "YYYY-MM" (year 0001..9999, month 01..12); nullopt otherwise.
  static std::optional<Month> parse(std::string_view text);

  constexpr int year() const { return index_ / 12; }
  constexpr int month() const { return index_ % 12 + 1; }
  constexpr int index() const { return index_; }
  /// `months` later (earlier when negative), saturating at 0001-01 and 9999-12.
  constexpr Month operator+(int months) const {
    return from_index(static_cast<long long>(index_) + months);
  }
  constexpr Month operator-(int months) const {
    return from_index(static_cast<long long>(index_) - months);
  }
  /// Months from `o` to this one: 2026-03 − 2025-03 = 12.
  constexpr int operator-(Month o) const { return index_ - o.index_; }
  friend constexpr auto operator<=>(Month, Month) = default;

  static constexpr int kMinIndex = 1 * 12;         ///< 0001-01
  static constexpr int kMaxIndex = 9999 * 12 + 11; ///< 9999-12

private:
  static constexpr int clamped(long long index) {
    return static_cast<int>(index < kMinIndex ? kMinIndex : index > kMaxIndex ? kMaxIndex : index);
  }
  int index_ = kMinIndex;
};

/// "YYYY-MM".
std::string to_string(Month m);

/// A real calendar date.
struct Date {
  int year = 0, month = 0, day = 0;
  /// Parses "YYYY-MM-DD" and checks that the day exists (leap years included).
  static std::optional<Date> parse(std::string_view text);
  Month month_of() const { return Month(year, month); }
  friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

/// "YYYY-MM-DD".
std::string to_string(const Date& d);

/// Days in a month of a year (Gregorian).
int days_in_month(int year, int month);

} // namespace acctmgr

/// `{}` prints YYYY-MM.
template <> struct fmt::formatter<acctmgr::Month> : fmt::formatter<std::string_view> {
  template <class Context> auto format(acctmgr::Month m, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(acctmgr::to_string(m), ctx);
  }
};

/// `{}` prints YYYY-MM-DD.
template <> struct fmt::formatter<acctmgr::Date> : fmt::formatter<std::string_view> {
  template <class Context> auto format(const acctmgr::Date& d, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(acctmgr::to_string(d), ctx);
  }
};
