#pragma once

#include <compare>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>

namespace acctmgr {

/// A calendar month. Stored as a month index (year × 12 + month − 1) so that month
/// arithmetic is integer arithmetic.
class Month {
public:
  constexpr Month() = default;
  constexpr Month(int year, int month) : index_(year * 12 + (month - 1)) {}
  static constexpr Month from_index(int index) {
    Month m;
    m.index_ = index;
    return m;
  }
  /// Parses "YYYY-MM" (month 01..12); nullopt otherwise.
  static std::optional<Month> parse(std::string_view text);

  constexpr int year() const { return index_ / 12; }
  constexpr int month() const { return index_ % 12 + 1; }
  constexpr int index() const { return index_; }
  constexpr Month operator+(int months) const { return from_index(index_ + months); }
  constexpr Month operator-(int months) const { return from_index(index_ - months); }
  constexpr int operator-(Month o) const { return index_ - o.index_; }
  friend constexpr auto operator<=>(Month, Month) = default;

private:
  int index_ = 0;
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

/// Fiscal years: fiscal year N ends in calendar year N and starts in month `start` (1..12).
struct FiscalCalendar {
  int start = 1;
  int year_of(Month m) const;
  Month first_month(int fiscal_year) const;
  Month last_month(int fiscal_year) const { return first_month(fiscal_year) + 11; }
};

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
