#include "core/period.hpp"

#include <charconv>
#include <fmt/format.h>

namespace acctmgr {

std::string to_string(const MonthRange& r) {
  return r.first == r.last ? to_string(r.first) : to_string(r.first) + ".." + to_string(r.last);
}

std::optional<PeriodSpec> PeriodSpec::parse(std::string_view text) {
  PeriodSpec p;
  if (text == "ytd") return p;
  if (text == "ttm") {
    p.kind = Kind::ttm;
    return p;
  }
  auto year_of = [](std::string_view s) -> std::optional<int> {
    int y = 0;
    if (s.size() != 4) return std::nullopt;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
    if (ec != std::errc() || end != s.data() + s.size() || y < 1) return std::nullopt;
    return y;
  };
  if (auto y = year_of(text)) {
    p.kind = Kind::fiscal_year;
    p.year = *y;
    return p;
  }
  if (text.size() == 7 && text[4] == '-' && text[5] == 'Q' && text[6] >= '1' && text[6] <= '4') {
    if (auto y = year_of(text.substr(0, 4))) {
      p.kind = Kind::quarter;
      p.year = *y;
      p.quarter = text[6] - '0';
      return p;
    }
  }
  if (auto m = Month::parse(text)) {
    p.kind = Kind::month;
    p.month = *m;
    return p;
  }
  return std::nullopt;
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
  }
  if (r.first > as_of) return std::nullopt;
  if (r.last > as_of) r.last = as_of;
  return Period{r, r.shifted(-12)};
}

} // namespace acctmgr
