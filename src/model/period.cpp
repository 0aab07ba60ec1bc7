#include "model/period.hpp"

#include "text/ascii.hpp"

#include <charconv>
#include <fmt/format.h>
#include <utility>

namespace acctmgr {

std::string to_string(const MonthRange& r) {
  return r.first == r.last ? to_string(r.first) : to_string(r.first) + ".." + to_string(r.last);
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
    return fmt::format("{}", p.year);
  case PeriodSpec::Kind::quarter:
    return fmt::format("{}-Q{}", p.year, p.quarter);
  case PeriodSpec::Kind::month:
    return to_string(p.month);
  case PeriodSpec::Kind::range:
    return to_string(p.months);
  }
  return {};
}

std::optional<Period> resolve(const PeriodSpec& spec, const FiscalCalendar& calendar, Month as_of) {
  MonthRange r;
  switch (spec.kind) {
  case PeriodSpec::Kind::ytd:
    r = {calendar.first_month(calendar.year_of(as_of)), as_of};
    break;
  case PeriodSpec::Kind::ttm:
    r = window_ending(as_of, 12);
    break;
  case PeriodSpec::Kind::fiscal_year:
    r = {calendar.first_month(spec.year), calendar.last_month(spec.year)};
    break;
  case PeriodSpec::Kind::quarter: {
    const Month first = calendar.first_month(spec.year) + 3 * (spec.quarter - 1);
    r = {first, first + 2};
    break;
  }
  case PeriodSpec::Kind::month:
    r = {spec.month, spec.month};
    break;
  case PeriodSpec::Kind::range:
    r = spec.months;
    break;
  }
  if (r.first > as_of) return std::nullopt;
  if (r.last > as_of) r.last = as_of;
  return Period{r, r.shifted(-12)};
}

} // namespace acctmgr
