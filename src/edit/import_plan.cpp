#include "edit/import_plan.hpp"

#include "text/diagnostic.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace acctmgr {
namespace {

using Holders = std::vector<std::pair<std::size_t, const Client*>>; ///< (portfolio, client)

/// The portfolios holding each client id, indexed once: a lookup per row, not a scan of
/// every client.
std::unordered_map<std::string_view, Holders> holders_by_id(std::span<const Portfolio> portfolios) {
  std::unordered_map<std::string_view, Holders> out;
  for (std::size_t i = 0; i < portfolios.size(); ++i)
    for (const Client& c : portfolios[i].clients)
      out[c.id].emplace_back(i, &c);
  return out;
}

std::string managers_of(std::span<const Portfolio> portfolios, const Holders& found) {
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
  const std::unordered_map<std::string_view, Holders> holders = holders_by_id(portfolios);
  std::unordered_map<std::string_view, int> invoice_lines; // invoice -> its first row's line
  for (const AccountingRow& row : rows) {
    if (row.invoice) {
      const auto [first, inserted] = invoice_lines.emplace(*row.invoice, row.invoice_pos.line);
      if (!inserted) {
        plan.problems.push_back(
            {row.invoice_pos, fmt::format("invoice '{}' again: line {} has it too (an export "
                                          "concatenated twice?); each invoice is one row",
                                          *row.invoice, first->second)});
        continue;
      }
    }
    const auto held = holders.find(row.client);
    Holders found = held == holders.end() ? Holders{} : held->second;
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
