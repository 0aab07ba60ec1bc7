#include "edit/import_plan.hpp"

#include "edit/client_match.hpp"
#include "text/diagnostic.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace acctmgr {
namespace {

/// "acme of Ann Example (book.yaml), acme of Bob Other (other.yaml)": clients a row could mean.
std::string clients_of(std::span<const Portfolio> portfolios, std::span<const ClientRef> found) {
  std::string out;
  for (std::size_t k = 0; k < found.size(); ++k)
    out += fmt::format("{}{} of {} ({})",
                       k == 0                  ? ""
                       : k + 1 == found.size() ? " and "
                                               : ", ",
                       found[k].client->id, portfolios[found[k].portfolio].manager,
                       shown_file(portfolios[found[k].portfolio].file));
  return out;
}

/// Places rows with their clients, each problem a RowProblem.
class RowPlacer {
public:
  RowPlacer(std::span<const Portfolio> portfolios, std::vector<RowProblem>& problems)
      : portfolios_(portfolios), index_(portfolios), problems_(problems) {}

  /// The client `row` names, or nullopt after reporting why there is none.
  std::optional<ClientRef> place(const AccountingRow& row) {
    std::vector<ClientRef> found;
    const std::span<const ClientRef> all = index_.find(row.client);
    std::optional<std::size_t> managers; // the portfolio of the row's manager
    if (!row.manager.empty()) {
      const auto it = std::find_if(portfolios_.begin(), portfolios_.end(),
                                   [&](const Portfolio& p) { return p.manager == row.manager; });
      if (it == portfolios_.end()) {
        problems_.push_back(
            {row.manager_pos, fmt::format("no portfolio of manager '{}' was given", row.manager)});
        return std::nullopt;
      }
      // Two portfolios of one manager are refused when loaded: this is the one.
      managers = static_cast<std::size_t>(it - portfolios_.begin());
      std::copy_if(all.begin(), all.end(), std::back_inserter(found),
                   [&](const ClientRef& c) { return c.portfolio == *managers; });
    } else {
      found.assign(all.begin(), all.end());
    }
    if (found.empty()) {
      const std::string_view hint = index_.closest(row.client, managers);
      problems_.push_back(
          {row.pos,
           fmt::format("unknown client '{}': {}{}", row.client,
                       managers ? fmt::format("{}'s portfolio does not have it", row.manager)
                                : std::string("no portfolio given has it"),
                       hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint))});
      return std::nullopt;
    }
    if (found.size() > 1) {
      problems_.push_back(
          {row.pos,
           fmt::format("'{}' matches {} clients: {}; add a 'manager' column to tell "
                       "them apart",
                       row.client, found.size() == 2 ? "two" : std::to_string(found.size()),
                       clients_of(portfolios_, found))});
      return std::nullopt;
    }
    const Client& client = *found.front().client;
    if (row.currency && *row.currency != client.currency) {
      problems_.push_back(
          {row.currency_pos,
           fmt::format("{}, client '{}' is in {}: acctmgr never converts imported amounts (the "
                       "plan's rate is not the invoice's)",
                       row.currency->empty() ? "the row has no currency"
                                             : fmt::format("the row is in {}", *row.currency),
                       client.id, client.currency)});
      return std::nullopt;
    }
    return found.front();
  }

private:
  std::span<const Portfolio> portfolios_;
  ClientIndex index_;
  std::vector<RowProblem>& problems_;
};

/// One client and month being summed: the entry and the lines of its rows.
struct Sum {
  PlannedEntry entry;
  std::vector<int> lines;
};

/// "the rows for acme 2026-10 net to -150.00 (lines 4, 9): ...": a month cannot be negative.
RowProblem negative_sum(const Sum& s, ImportKind kind) {
  std::string lines;
  for (const int line : s.lines)
    lines += fmt::format("{}{}", lines.empty() ? "" : ", ", line);
  return {s.entry.first_row,
          fmt::format("the rows for {} {} net to {} (line{} {}): a month's {} cannot be negative",
                      s.entry.client, to_string(s.entry.month), s.entry.amount,
                      s.lines.size() == 1 ? "" : "s", lines, to_string(kind))};
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
  std::map<std::tuple<std::size_t, std::string_view, Month>, Sum> sums;
  RowPlacer placer(portfolios, plan.problems);
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
    const std::optional<ClientRef> found = placer.place(row);
    if (!found) continue;
    const Client& client = *found->client;
    Sum& s = sums[{found->portfolio, client.id, row.month}];
    PlannedEntry& e = s.entry;
    if (e.rows == 0) {
      e.client = client.id;
      e.month = row.month;
      e.first_row = row.pos;
      e.old = series_of(client, kind).get(row.month);
    }
    e.amount += row.amount; // checked: OverflowError
    ++e.rows;
    s.lines.push_back(row.pos.line);
  }
  // Forecasts are about months to come; actuals after as_of are what `close` is for.
  const bool actuals = kind != ImportKind::forecast;
  for (auto& [key, s] : sums) {
    PlannedEntry& e = s.entry;
    if (e.amount < Money()) {
      plan.problems.push_back(negative_sum(s, kind));
      continue;
    }
    if (!e.old)
      e.action = EntryAction::add;
    else if (*e.old == e.amount)
      e.action = EntryAction::unchanged;
    else
      e.action = replace ? EntryAction::replace : EntryAction::conflict;
    const std::size_t index = std::get<0>(key);
    if (plan.files.empty() || plan.files.back().portfolio != index)
      plan.files.push_back(FilePlan{index, {}, portfolios[index].as_of, {}});
    FilePlan& fp = plan.files.back();
    if (actuals && e.month > fp.as_of) fp.after_as_of.push_back(e.month);
    fp.entries.push_back(std::move(e));
  }
  // In the CSV's order: a negative month at its first row, among the rows' own problems.
  std::stable_sort(plan.problems.begin(), plan.problems.end(),
                   [](const RowProblem& a, const RowProblem& b) {
                     return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
                   });
  for (FilePlan& fp : plan.files) {
    std::sort(fp.after_as_of.begin(), fp.after_as_of.end());
    fp.after_as_of.erase(std::unique(fp.after_as_of.begin(), fp.after_as_of.end()),
                         fp.after_as_of.end());
  }
  return plan;
}

} // namespace acctmgr
