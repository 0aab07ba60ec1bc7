#include "cli/clock.hpp"

#include <chrono>
#include <ctime>

namespace acctmgr::cli {

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

Month last_complete_month() {
  const auto d = std::chrono::year_month_day(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return Month(static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month()))) - 1;
}

} // namespace acctmgr::cli
