#pragma once

#include "model/month.hpp"

#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>

namespace acctmgr {

/// An inclusive run of months, first..last; empty when last < first. A run computed from
/// months that would reach before 0001-01 or after 9999-12 (SPEC section 3) is clipped there
/// (see clipped), and one lying wholly outside is empty.
struct MonthRange {
  Month first, last;

  /// The months of the indexes first..last (year × 12 + month − 1) that a file may hold:
  /// clipped to 0001-01..9999-12, empty() when none of them is.
  static MonthRange clipped(long long first, long long last);
  /// The range without months.
  static constexpr MonthRange none() { return {Month::max(), Month::min()}; }

  bool empty() const { return last < first; }
  bool contains(Month m) const { return first <= m && m <= last; }
  int size() const { return empty() ? 0 : last - first + 1; }
  /// The same months `months` later (earlier when negative), clipped.
  MonthRange shifted(int months) const {
    return empty() ? none()
                   : clipped(static_cast<long long>(first.index()) + months,
                             static_cast<long long>(last.index()) + months);
  }
  friend bool operator==(const MonthRange&, const MonthRange&) = default;

  /// Walks the months, oldest first: `for (Month m : range)`.
  class Iterator {
  public:
    explicit Iterator(int index) : index_(index) {}
    Month operator*() const { return Month::from_index(index_); }
    Iterator& operator++() {
      ++index_;
      return *this;
    }
    friend bool operator==(const Iterator&, const Iterator&) = default;

  private:
    int index_;
  };
  Iterator begin() const { return Iterator(first.index()); }
  Iterator end() const { return Iterator(empty() ? first.index() : last.index() + 1); }
};

/// "2026-01..2026-10", "2026-10" for one month, "none" for an empty range.
std::string to_string(const MonthRange& r);

/// The n months ending at `end`: end−n+1 .. end, clipped at 0001-01.
inline MonthRange window_ending(Month end, int n) {
  return MonthRange::clipped(static_cast<long long>(end.index()) - (n - 1), end.index());
}

/// The n months after `m`: m+1 .. m+n, clipped at 9999-12 (empty after 9999-12).
inline MonthRange months_after(Month m, int n) {
  return MonthRange::clipped(static_cast<long long>(m.index()) + 1,
                             static_cast<long long>(m.index()) + n);
}

/// Fiscal years: fiscal year N ends in calendar year N and starts in month `start` (1..12).
/// Fiscal year 1 with a start after January begins in year 0, fiscal year 10000 ends in year
/// 10000: their months are clipped like any others.
struct FiscalCalendar {
  int start = 1;
  int year_of(Month m) const;
  /// The months of fiscal year N that exist; empty when none does (a year before 1).
  MonthRange months(int fiscal_year) const;
  /// Quarter q (1..4) of fiscal year N, clipped likewise.
  MonthRange quarter(int fiscal_year, int q) const;
};

/// What the user asked for with -p/--period, before it is applied to a portfolio's calendar.
struct PeriodSpec {
  enum class Kind { ytd, ttm, fiscal_year, quarter, month, range };
  Kind kind = Kind::ytd;
  int year = 0;      // fiscal_year, quarter
  int quarter = 0;   // quarter: 1..4
  Month month;       // month
  MonthRange months; // range: calendar months, first < last
  /// Parses ytd, ttm, 2025, 2026-Q3, 2026-10 and 2026-01..2026-06 in any case ("YTD",
  /// "2026-q3"); nullopt when none of these. A range of one month is that month; a range whose
  /// first month is after its last is none of these (see reversed_range).
  static std::optional<PeriodSpec> parse(std::string_view text);
};

/// The canonical spelling, as titles show it: ytd, ttm, 2025, 2026-Q3, 2026-10,
/// 2026-01..2026-06.
std::string to_string(const PeriodSpec& p);

/// For a range written last month first ("2026-06..2026-01"), the range meant (2026-01..2026-06),
/// so that the caller can say what is wrong instead of listing every form; else nullopt.
std::optional<MonthRange> reversed_range(std::string_view text);

/// A period applied to one portfolio: its months clipped at as_of, the same months a year
/// earlier, and E, the last month of the clipped period.
struct Period {
  MonthRange months;
  MonthRange comparison;
  Month end() const { return months.last; }
};

/// The months `spec` names in a fiscal calendar at as_of, before they are clipped at as_of
/// (clipped at 0001-01 and 9999-12, so possibly empty: 0001-Q1 when fiscal years start in
/// April lies before 0001-01).
MonthRange requested_months(const PeriodSpec& spec, const FiscalCalendar& calendar, Month as_of);

/// Resolves `spec` in a fiscal calendar at as_of; nullopt when the period has no month up to
/// as_of: it lies wholly after as_of, or wholly before 0001-01 (a usage error for the caller,
/// which can tell them apart with requested_months). The comparison period is empty when it
/// would lie wholly before 0001-01.
std::optional<Period> resolve(const PeriodSpec& spec, const FiscalCalendar& calendar, Month as_of);

} // namespace acctmgr

/// `{}` prints 2026-01..2026-10 (one month: 2026-10).
template <> struct fmt::formatter<acctmgr::MonthRange> : fmt::formatter<std::string_view> {
  template <class Context> auto format(const acctmgr::MonthRange& r, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(acctmgr::to_string(r), ctx);
  }
};
