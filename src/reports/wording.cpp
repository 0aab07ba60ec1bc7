#include "reports/wording.hpp"

#include <fmt/format.h>

namespace acctmgr {

std::string reads_apart(const Ratio& value, const Ratio& threshold,
                        std::string (*text)(const Ratio&, int), int min, int max) {
  int decimals = min;
  while (decimals < max && text(value, decimals) == text(threshold, decimals))
    ++decimals;
  return text(value, decimals);
}

std::string percent_vs(const Ratio& value, const Ratio& threshold) {
  return reads_apart(value, threshold, to_percent, 1, 4);
}

std::string change_words(const Ratio& change) {
  return change.is_negative() ? "fell " + to_percent(Ratio() - change)
                              : "rose " + to_percent(change);
}

std::string month_list(const std::vector<Month>& months) {
  return fmt::format("{}", fmt::join(months, ", "));
}

std::string last_seen(const std::optional<Date>& d) {
  return d ? to_string(*d) : "never";
}

} // namespace acctmgr
