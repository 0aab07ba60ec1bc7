#pragma once

#include "model/month.hpp"

#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>

namespace acctmgr {

/// An inclusive run of months, first <= last.
struct MonthRange {
  Month first, last;
  bool contains(Month m) const { return first <= m && m <= last; }
  int size() const { return last - first + 1; }
  MonthRange shifted(int months) const { return {first + months, last + months}; }
  friend bool operator==(const MonthRange&, const MonthRange&) = default;
};

/// "2026-01..2026-10", or "2026-10" for one month.
std::string to_string(const MonthRange& r);

/// The n months ending at `end`: end−n+1 .. end.
inline MonthRange window_ending(Month end, int n) {
  return {end - (n - 1), end};
}

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

/// Resolves `spec` in a fiscal calendar at as_of; nullopt when the period lies wholly after
/// as_of (a usage error for the caller).
std::optional<Period> resolve(const PeriodSpec& spec, const FiscalCalendar& calendar, Month as_of);

} // namespace acctmgr

/// `{}` prints 2026-01..2026-10 (one month: 2026-10).
template <> struct fmt::formatter<acctmgr::MonthRange> : fmt::formatter<std::string_view> {
  template <class Context> auto format(const acctmgr::MonthRange& r, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(acctmgr::to_string(r), ctx);
  }
};
