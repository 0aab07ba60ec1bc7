#include "edit/import_plan.hpp"

#include "text/diagnostic.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <tuple>

namespace acctmgr {
namespace {

/// The portfolios holding client `id` (index, client).
std::vector<std::pair<std::size_t, const Client*>> holders(std::span<const Portfolio> portfolios,
                                                           const std::string& id) {
  std::vector<std::pair<std::size_t, const Client*>> out;
  for (std::size_t i = 0; i < portfolios.size(); ++i)
    for (const Client& c : portfolios[i].clients)
      if (c.id == id) out.emplace_back(i, &c);
  return out;
}

std::string managers_of(std::span<const Portfolio> portfolios,
                        const std::vector<std::pair<std::size_t, const Client*>>& found) {
  std::string out;
  for (const auto& [i, c] : found)
    out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", portfolios[i].manager,
                       shown_file(portfolios[i].file));
  return out;
}

} // namespace

std::size_t FilePlan::count(EntryAction a) const {
  return static_cast<std::size_t>(std::count_if(
      entries.begin(), entries.end(), [a](const PlannedEntry& e) { return e.action == a; }));
}

const MonthSeries& series_of(const Client& c, ImportKind kind) {
  switch (kind) {
  case ImportKind::cost:
    return c.cost;
  case ImportKind::forecast:
    return c.forecast;
  case ImportKind::revenue:
    break;
  }
  return c.revenue;
}

ImportPlan plan_import(std::span<const AccountingRow> rows, std::span<const Portfolio> portfolios,
                       ImportKind kind, bool replace) {
  ImportPlan plan;
  // (portfolio, client, month) -> the sum so far; a map keeps client then month order.
  std::map<std::tuple<std::size_t, std::string, Month>, PlannedEntry> sums;
  for (const AccountingRow& row : rows) {
    auto found = holders(portfolios, row.client);
    if (!row.manager.empty()) {
      const bool manager_known =
          std::any_of(portfolios.begin(), portfolios.end(),
                      [&](const Portfolio& p) { return p.manager == row.manager; });
      if (!manager_known) {
        plan.problems.push_back(
            {row.manager_pos, fmt::format("no portfolio of manager '{}' was given", row.manager)});
        continue;
      }
      std::erase_if(found,
                    [&](const auto& f) { return portfolios[f.first].manager != row.manager; });
    }
    if (found.empty()) {
      plan.problems.push_back(
          {row.pos, row.manager.empty()
                        ? fmt::format("unknown client '{}': no portfolio given has it", row.client)
                        : fmt::format("unknown client '{}': {}'s portfolio does not have it",
                                      row.client, row.manager)});
      continue;
    }
    if (found.size() > 1) {
      plan.problems.push_back(
          {row.pos, fmt::format("client '{}' is in several portfolios: {}; add a 'manager' "
                                "column to tell them apart",
                                row.client, managers_of(portfolios, found))});
      continue;
    }
    const auto [index, client] = found.front();
    PlannedEntry& e = sums[{index, row.client, row.month}];
    if (e.rows == 0) {
      e.client = row.client;
      e.month = row.month;
      e.first_row = row.pos;
      e.old = series_of(*client, kind).get(row.month);
    }
    e.amount += row.amount; // checked: OverflowError
    ++e.rows;
  }
  for (auto& [key, e] : sums) {
    if (!e.old)
      e.action = EntryAction::add;
    else if (*e.old == e.amount)
      e.action = EntryAction::unchanged;
    else
      e.action = replace ? EntryAction::replace : EntryAction::conflict;
    const std::size_t index = std::get<0>(key);
    if (plan.files.empty() || plan.files.back().portfolio != index)
      plan.files.push_back(FilePlan{index, {}});
    plan.files.back().entries.push_back(std::move(e));
  }
  return plan;
}

} // namespace acctmgr
