#include "model/month.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s)
    v = v * 10 + (c - '0');
  return v;
}

} // namespace

std::optional<Month> Month::parse(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  if (!digits(text.substr(0, 4)) || !digits(text.substr(5, 2))) return std::nullopt;
  const int year = number(text.substr(0, 4)), month = number(text.substr(5, 2));
  if (year < 1 || month < 1 || month > 12) return std::nullopt;
  return Month(year, month);
}

std::string to_string(Month m) {
  return fmt::format("{:04}-{:02}", m.year(), m.month());
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  const auto month = Month::parse(text.substr(0, 7));
  if (!month || !digits(text.substr(8, 2))) return std::nullopt;
  const int day = number(text.substr(8, 2));
  if (day < 1 || day > days_in_month(month->year(), month->month())) return std::nullopt;
  return Date{month->year(), month->month(), day};
}

std::string to_string(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

} // namespace acctmgr
