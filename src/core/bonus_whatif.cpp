#include "core/bonus_whatif.hpp"

#include "core/decimal_text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace acctmgr {
namespace {

std::string signed_money(Money m) {
  std::string text = to_display(m);
  if (m >= Money()) text.insert(0, 1, '+');
  return text;
}

/// "+0.0500", "-0.0100", "≈ +0.0172": the sign goes after an approximation mark.
std::string signed_ratio(const Ratio& r) {
  const std::string sign = r.is_negative() ? "" : "+";
  const std::string text = ratio_text(r);
  const std::string approx = "≈ ";
  if (text.rfind(approx, 0) == 0) return approx + sign + text.substr(approx.size());
  return sign + text;
}

StatementLine line(std::string text, int level = 0) {
  return {{said(std::move(text))}, level};
}

/// "label: before → after (difference)".
StatementLine change_line(const std::string& label, Money before, Money after) {
  return line(fmt::format("{}: {} → {} ({})", label, to_display(before), to_display(after),
                          signed_money(after - before)));
}

StatementLine change_line(const std::string& label, const std::optional<Ratio>& before,
                          const std::optional<Ratio>& after) {
  if (!before || !after) return line(label + ": undefined (no target)");
  return line(fmt::format("{}: {} → {} ({})", label, ratio_text(*before), ratio_text(*after),
                          signed_ratio(*after - *before)));
}

const char* branch_name(TargetBranch b) {
  switch (b) {
  case TargetBranch::no_target:
    return "no target";
  case TargetBranch::below_threshold:
    return "below threshold";
  case TargetBranch::linear:
    return "f(a) = a";
  case TargetBranch::accelerated:
    return "accelerated";
  }
  return "";
}

Cell difference(const Cell& before, const Cell& after) {
  if (auto a = std::get_if<Money>(&after))
    if (auto b = std::get_if<Money>(&before)) return *a - *b;
  if (auto a = std::get_if<Ratio>(&after))
    if (auto b = std::get_if<Ratio>(&before)) return *a - *b;
  if (auto a = std::get_if<std::int64_t>(&after)) return *a; // the year
  return {};
}

void add_scenario_row(Table& t, const std::string& manager, const char* scenario,
                      const std::vector<NamedCell>& cells, RowKind kind = RowKind::detail) {
  std::vector<NamedCell> row{{"manager", manager}, {"scenario", std::string(scenario)}};
  row.insert(row.end(), cells.begin(), cells.end());
  t.add_row(std::move(row), kind);
}

} // namespace

void check_what_if_request(const std::vector<WhatIf>& what_ifs, Basis request) {
  // A what-if is revenue that has not happened: under actuals only it would change nothing
  // and the comparison would mislead, so the combination is refused.
  if (!what_ifs.empty() && request == Basis::actual_only)
    throw WhatIfError("--what-if adds forecast revenue, which --actual-only leaves out; "
                      "use one or the other");
  for (const WhatIf& w : what_ifs)
    if (w.amount < Money())
      throw WhatIfError(fmt::format("what-if amount {} is negative: a what-if adds revenue",
                                    to_string(w.amount)));
}

void check_what_if_clients(const std::vector<WhatIf>& what_ifs,
                           std::span<const Portfolio> portfolios) {
  for (const WhatIf& w : what_ifs) {
    bool found = false;
    std::string ids;
    for (const Portfolio& p : portfolios)
      for (const Client& c : p.clients) {
        found = found || c.id == w.client_id;
        ids += (ids.empty() ? "" : ", ") + c.id;
      }
    if (!found)
      throw WhatIfError(fmt::format("--what-if names unknown client '{}'; known clients: {}",
                                    w.client_id, ids.empty() ? "none" : ids));
  }
}

std::vector<MonthSeries::Entry> what_if_spread(const Portfolio& p, int fiscal_year, Money amount) {
  check_what_if_request({{"", amount}}, Basis::projected);
  const FiscalCalendar calendar = p.settings.calendar();
  const Month first = std::max(calendar.first_month(fiscal_year), p.as_of + 1);
  const Month last = calendar.last_month(fiscal_year);
  if (first > last)
    throw WhatIfError(fmt::format("fiscal year {} has no month after as_of {} to add a "
                                  "what-if to",
                                  fiscal_year, to_string(p.as_of)));
  const std::int64_t months = last - first + 1;
  const std::int64_t share = amount.cents() / months, left = amount.cents() % months;
  std::vector<MonthSeries::Entry> spread;
  for (std::int64_t i = 0; i < months; ++i)
    spread.emplace_back(first + static_cast<int>(i), Money::from_cents(share + (i < left ? 1 : 0)));
  return spread;
}

Portfolio with_what_if(const Portfolio& p, const std::string& client_id, Money amount,
                       std::optional<int> fiscal_year) {
  check_what_if_clients({{client_id, amount}}, std::span(&p, 1));
  Portfolio out = p;
  const auto it = std::find_if(out.clients.begin(), out.clients.end(),
                               [&](const Client& c) { return c.id == client_id; });
  std::map<Month, Money> forecast(it->forecast.entries().begin(), it->forecast.entries().end());
  for (const auto& [month, share] :
       what_if_spread(p, fiscal_year.value_or(default_bonus_year(p)), amount))
    forecast[month] += share;
  it->forecast = MonthSeries({forecast.begin(), forecast.end()});
  return out;
}

BonusComparison compare_what_if(const Portfolio& p, int fiscal_year, Basis request,
                                const std::vector<WhatIf>& changes) {
  check_what_if_request(changes, request);
  BonusComparison c;
  c.changes = changes;
  c.current = bonus(p, fiscal_year, request);
  Portfolio changed = p;
  for (const WhatIf& w : changes) {
    changed = with_what_if(changed, w.client_id, w.amount, fiscal_year);
    c.spreads.push_back(what_if_spread(p, fiscal_year, w.amount));
  }
  c.what_if = bonus(changed, fiscal_year, request);
  return c;
}

Statement what_if_statement(const BonusComparison& c) {
  const BonusResult &now = c.current, &then = c.what_if;
  Statement st;
  st.title = {said("What-if: "), quoted(now.manager),
              said(fmt::format(", fiscal year {} ({}), as of {}", now.year, to_string(now.months),
                               to_string(now.as_of)))};
  StatementSection changes{"Changes (added to the forecast)", {}};
  for (std::size_t i = 0; i < c.changes.size(); ++i) {
    changes.lines.push_back(
        {{quoted(c.changes[i].client_id), said(" " + signed_money(c.changes[i].amount))}, 0});
    std::string months;
    for (const auto& [month, share] : c.spreads[i])
      months +=
          fmt::format("{}{} +{}", months.empty() ? "" : ", ", to_string(month), to_display(share));
    changes.lines.push_back(line(months, 1));
  }
  StatementSection payout{"Payout: current → what-if (difference)", {}};
  payout.lines.push_back(change_line("revenue A", now.revenue.total(), then.revenue.total()));
  payout.lines.push_back(change_line("attainment", now.attainment, then.attainment));
  payout.lines.push_back(change_line("target bonus", now.target_bonus, then.target_bonus));
  if (now.branch != then.branch)
    payout.lines.push_back(
        line(fmt::format("branch: {} → {}", branch_name(now.branch), branch_name(then.branch)), 1));
  payout.lines.push_back(change_line("growth bonus", now.growth_bonus, then.growth_bonus));
  payout.lines.push_back(
      change_line("new client bonus", now.new_client_bonus, then.new_client_bonus));
  payout.lines.push_back(change_line("referral bonus", now.referral_bonus, then.referral_bonus));
  payout.lines.push_back(change_line("sum of components", now.components, then.components));
  payout.lines.push_back(line(fmt::format("multiplier: {} → {}", exact_factor_text(now.multiplier),
                                          exact_factor_text(then.multiplier))));
  if (now.cap_exact)
    payout.lines.push_back(line(fmt::format("cap {}: {} → {}", to_display(to_money(*now.cap_exact)),
                                            now.cap_binds ? "binds" : "does not bind",
                                            then.cap_binds ? "binds" : "does not bind")));
  payout.lines.push_back(change_line("total", now.total, then.total));
  st.sections = {std::move(changes), std::move(payout)};
  return st;
}

Table what_if_table(const std::vector<BonusComparison>& comparisons) {
  std::vector<Column> columns{column("manager", CellKind::text),
                              column("scenario", CellKind::status)};
  for (Column& col : bonus_columns())
    columns.push_back(std::move(col));
  Table t("bonus what-if", std::move(columns));
  for (const BonusComparison& c : comparisons) {
    const std::vector<NamedCell> before = bonus_cells(c.current), after = bonus_cells(c.what_if);
    std::vector<NamedCell> diff;
    for (std::size_t i = 0; i < before.size(); ++i)
      diff.push_back({before[i].column, difference(before[i].value, after[i].value)});
    add_scenario_row(t, c.current.manager, "current", before);
    add_scenario_row(t, c.current.manager, "what_if", after);
    add_scenario_row(t, c.current.manager, "difference", diff, RowKind::total);
    std::string what;
    for (const WhatIf& w : c.changes)
      what += fmt::format("{}{} {}", what.empty() ? "" : ", ", w.client_id, signed_money(w.amount));
    t.add_note({quoted(c.current.manager), said(": fiscal year "), count(c.current.year),
                said(", what-if "), quoted(what),
                said(" spread over the forecast months after as_of "), month(c.current.as_of),
                said(" ("), quoted(c.current.currency), said(")")});
  }
  return t;
}

} // namespace acctmgr
