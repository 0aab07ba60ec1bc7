#include "cli/clock.hpp"

#include <ctime>

namespace acctmgr::cli {

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

Month last_complete_month() {
  return today().month_of() - 1;
}

} // namespace acctmgr::cli
