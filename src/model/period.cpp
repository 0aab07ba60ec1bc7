#include "model/period.hpp"

#include "text/ascii.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <utility>

namespace acctmgr {

MonthRange MonthRange::clipped(long long first, long long last) {
  first = std::max<long long>(first, Month::kMinIndex);
  last = std::min<long long>(last, Month::kMaxIndex);
  if (last < first) return none();
  return {Month::from_index(first), Month::from_index(last)};
}

std::string to_string(const MonthRange& r) {
  if (r.empty()) return "none";
  return r.first == r.last ? to_string(r.first) : to_string(r.first) + ".." + to_string(r.last);
}

int FiscalCalendar::year_of(Month m) const {
  return start == 1 || m.month() < start ? m.year() : m.year() + 1;
}

namespace {

/// The index (year × 12 + month − 1) of the first month of fiscal year N, which may lie
/// outside 0001-01..9999-12.
long long first_index(const FiscalCalendar& c, int fiscal_year) {
  return c.start == 1 ? static_cast<long long>(fiscal_year) * 12
                      : static_cast<long long>(fiscal_year - 1) * 12 + (c.start - 1);
}

} // namespace

MonthRange FiscalCalendar::months(int fiscal_year) const {
  const long long first = first_index(*this, fiscal_year);
  return MonthRange::clipped(first, first + 11);
}

MonthRange FiscalCalendar::quarter(int fiscal_year, int q) const {
  const long long first = first_index(*this, fiscal_year) + 3LL * (q - 1);
  return MonthRange::clipped(first, first + 2);
}

namespace {

/// A fiscal year as written in a period: four digits, from year 1.
std::optional<int> year_of(std::string_view s) {
  int y = 0;
  if (s.size() != 4) return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
  if (ec != std::errc() || end != s.data() + s.size() || y < 1) return std::nullopt;
  return y;
}

/// "2026-01..2026-06" as its two months in the order written.
std::optional<std::pair<Month, Month>> month_pair(std::string_view text) {
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  auto first = Month::parse(text.substr(0, dots));
  auto last = Month::parse(text.substr(dots + 2));
  if (!first || !last) return std::nullopt;
  return std::pair{*first, *last};
}

} // namespace

std::optional<PeriodSpec> PeriodSpec::parse(std::string_view text) {
  const std::string t = ascii_lower(text);
  PeriodSpec p;
  if (t == "ytd") return p;
  if (t == "ttm") {
    p.kind = Kind::ttm;
    return p;
  }
  if (auto y = year_of(t)) {
    p.kind = Kind::fiscal_year;
    p.year = *y;
    return p;
  }
  if (t.size() == 7 && t[4] == '-' && t[5] == 'q' && t[6] >= '1' && t[6] <= '4') {
    if (auto y = year_of(std::string_view(t).substr(0, 4))) {
      p.kind = Kind::quarter;
      p.year = *y;
      p.quarter = t[6] - '0';
      return p;
    }
  }
  if (auto pair = month_pair(t)) {
    const auto [first, last] = *pair;
    if (first > last) return std::nullopt;
    // One month written as a range is that month: one meaning, one spelling.
    p.kind = first == last ? Kind::month : Kind::range;
    p.month = first;
    p.months = {first, last};
    return p;
  }
  if (auto m = Month::parse(t)) {
    p.kind = Kind::month;
    p.month = *m;
    return p;
  }
  return std::nullopt;
}

std::optional<MonthRange> reversed_range(std::string_view text) {
  auto pair = month_pair(text);
  if (!pair || pair->first <= pair->second) return std::nullopt;
  return MonthRange{pair->second, pair->first};
}

std::string to_string(const PeriodSpec& p) {
  switch (p.kind) {
  case PeriodSpec::Kind::ytd:
    return "ytd";
  case PeriodSpec::Kind::ttm:
    return "ttm";
  case PeriodSpec::Kind::fiscal_year:
    return fmt::format("{:04}", p.year); // as typed: 0001, not 1
  case PeriodSpec::Kind::quarter:
    return fmt::format("{:04}-Q{}", p.year, p.quarter);
  case PeriodSpec::Kind::month:
    return to_string(p.month);
  case PeriodSpec::Kind::range:
    return to_string(p.months);
  }
  return {};
}

MonthRange requested_months(const PeriodSpec& spec, const FiscalCalendar& calendar, Month as_of) {
  switch (spec.kind) {
  case PeriodSpec::Kind::ytd: // as_of's fiscal year holds as_of: never empty
    return {calendar.months(calendar.year_of(as_of)).first, as_of};
  case PeriodSpec::Kind::ttm:
    return window_ending(as_of, 12);
  case PeriodSpec::Kind::fiscal_year:
    return calendar.months(spec.year);
  case PeriodSpec::Kind::quarter:
    return calendar.quarter(spec.year, spec.quarter);
  case PeriodSpec::Kind::month:
    return {spec.month, spec.month};
  case PeriodSpec::Kind::range:
    return spec.months;
  }
  return MonthRange::none();
}

std::optional<Period> resolve(const PeriodSpec& spec, const FiscalCalendar& calendar, Month as_of) {
  MonthRange r = requested_months(spec, calendar, as_of);
  if (r.empty() || r.first > as_of) return std::nullopt;
  if (r.last > as_of) r.last = as_of;
  return Period{r, r.shifted(-12)};
}

} // namespace acctmgr
