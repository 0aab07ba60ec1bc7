#include "write/key_columns.hpp"

#include <algorithm>
#include <array>
#include <numeric>

namespace acctmgr {
namespace {

constexpr std::array<std::string_view, 8> kSummary{"manager", "revenue", "growth",   "status",
                                                   "nrr",     "margin",  "headroom", "findings"};
constexpr std::array<std::string_view, 8> kPipeline{
    "client", "name", "gap", "open", "weighted_in_year", "coverage", "weighted_12m", "won_in_year"};
constexpr std::array<std::string_view, 10> kClients{"client",   "name",    "sparkline", "revenue",
                                                    "growth",   "status",  "share",     "margin",
                                                    "coverage", "findings"};
constexpr std::array<std::string_view, 4> kFindings{"client", "code", "at_stake", "message"};
// Where the SPEC is silent (README): the review's bonus and silenced tables.
constexpr std::array<std::string_view, 6> kBonus{"manager",    "year",  "basis",
                                                 "attainment", "total", "total_pct_salary"};
constexpr std::array<std::string_view, 5> kSilenced{"client", "code", "until", "reason", "message"};

struct Keys {
  std::string_view section;
  std::span<const std::string_view> columns;
};

constexpr std::array<Keys, 6> kKeys{{{"summary", kSummary},
                                     {"pipeline", kPipeline},
                                     {"clients", kClients},
                                     {"findings", kFindings},
                                     {"bonus", kBonus},
                                     {"silenced", kSilenced}}};

/// Whether the columns `shown` fit `width` at their minimums, the last one wrapped.
bool fits(const std::vector<FitColumn>& columns, const std::vector<std::size_t>& shown, int width,
          int gap) {
  int total = gap * static_cast<int>(shown.size() - 1);
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const FitColumn& c = columns[shown[i]];
    total += i + 1 == shown.size() ? c.minimum_last : c.minimum;
  }
  return total <= width;
}

/// Removes the column named `name` from `shown`; returns its index, or nullopt when it was
/// not there.
std::optional<std::size_t> remove(const std::vector<FitColumn>& columns,
                                  std::vector<std::size_t>& shown, std::string_view name) {
  const auto it = std::find_if(shown.begin(), shown.end(),
                               [&](std::size_t i) { return columns[i].name == name; });
  if (it == shown.end()) return std::nullopt;
  const std::size_t index = *it;
  shown.erase(it);
  return index;
}

/// Every column, in table order.
KeyView whole(const std::vector<FitColumn>& columns) {
  KeyView view;
  view.shown.resize(columns.size());
  std::iota(view.shown.begin(), view.shown.end(), std::size_t{0});
  return view;
}

} // namespace

std::span<const std::string_view> key_columns(std::string_view section_key) {
  for (const Keys& k : kKeys)
    if (k.section == section_key) return k.columns;
  return {};
}

KeyView key_view(const std::vector<FitColumn>& columns, std::span<const std::string_view> keys,
                 int width, int gap) {
  const int natural = std::accumulate(columns.begin(), columns.end(), 0,
                                      [](int sum, const FitColumn& c) { return sum + c.natural; }) +
                      gap * (static_cast<int>(columns.size()) - 1);
  if (keys.empty() || columns.empty() || natural <= width) return whole(columns);
  KeyView view;
  for (std::string_view key : keys)
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i].name == key) view.shown.push_back(i);
  if (view.shown.empty()) return whole(columns); // none of its keys: a bug, shown whole
  if (view.shown.size() > 1 && !fits(columns, view.shown, width, gap))
    view.heading = remove(columns, view.shown, "manager");
  if (view.shown.size() > 1 && !fits(columns, view.shown, width, gap))
    remove(columns, view.shown, kSparkline);
  while (view.shown.size() > 1 && !fits(columns, view.shown, width, gap))
    view.shown.pop_back();
  view.hidden = columns.size() - view.shown.size() - (view.heading ? 1 : 0);
  return view;
}

} // namespace acctmgr
