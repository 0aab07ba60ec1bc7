#include "reports/bonus_whatif.hpp"

#include "model/decimal_text.hpp"

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

/// Where a file name's extension starts (its size when it has none): `.yaml` in
/// `team/olena.yaml`, nothing in `.hidden` or `team.d/olena`.
std::size_t extension_at(std::string_view path) {
  const std::size_t slash = path.rfind('/'), dot = path.rfind('.');
  const std::size_t name = slash == std::string_view::npos ? 0 : slash + 1;
  return dot == std::string_view::npos || dot <= name ? path.size() : dot;
}

bool holds(const Portfolio& p, const std::string& client_id) {
  return std::any_of(p.clients.begin(), p.clients.end(),
                     [&](const Client& c) { return c.id == client_id; });
}

/// "a, b, c", or "none".
std::string listed(const std::vector<std::string_view>& words) {
  return words.empty() ? "none" : fmt::format("{}", fmt::join(words, ", "));
}

/// " (did you mean 'acme'?)" when `suggest` finds a likely typo of `word`, else "".
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates,
                         Suggest suggest) {
  const std::string_view near = suggest ? suggest(word, candidates) : std::string_view();
  return near.empty() ? "" : fmt::format(" (did you mean '{}'?)", near);
}

/// The file name without directory and extension: how a what-if qualifies a client.
std::string_view file_stem(const std::string& file) {
  const std::string_view path = file;
  const std::string_view without_ext = path.substr(0, extension_at(path));
  return without_ext.substr(without_ext.rfind('/') + 1);
}

std::string unknown_portfolio(const WhatIf& w, std::span<const Portfolio> portfolios,
                              Suggest suggest) {
  std::vector<std::string_view> stems;
  for (const Portfolio& p : portfolios)
    stems.push_back(file_stem(p.file));
  return fmt::format("--what-if {}: no portfolio file named '{}'{}; files: {}", what_if_target(w),
                     w.portfolio, did_you_mean(w.portfolio, stems, suggest), listed(stems));
}

std::string unknown_client(const WhatIf& w, const std::vector<const Portfolio*>& named,
                           Suggest suggest) {
  std::vector<std::string_view> ids;
  for (const Portfolio* p : named)
    for (const Client& c : p->clients)
      ids.push_back(c.id);
  const std::string where = w.portfolio.empty() ? "" : fmt::format(" in {}", w.portfolio);
  return fmt::format("--what-if names unknown client '{}'{}{}; known clients{}: {}", w.client_id,
                     where, did_you_mean(w.client_id, ids, suggest), where, listed(ids));
}

/// Refuses an id that several portfolios hold, with the qualified forms to choose from: each
/// file's stem, or its path without extension when stems collide.
std::string ambiguous_client(const WhatIf& w, const std::vector<const Portfolio*>& holders) {
  std::vector<std::string> choices;
  for (const Portfolio* p : holders) {
    const std::string_view stem = file_stem(p->file);
    const bool unique = std::count_if(holders.begin(), holders.end(), [&](const Portfolio* q) {
                          return file_stem(q->file) == stem;
                        }) == 1;
    const std::string_view path = p->file;
    WhatIf choice = w;
    choice.portfolio = unique ? stem : path.substr(0, extension_at(path));
    choices.push_back(fmt::format("{}={}{}", what_if_target(choice), w.amount < Money() ? "" : "+",
                                  to_string(w.amount)));
  }
  std::string list;
  for (std::size_t i = 0; i < choices.size(); ++i)
    list += fmt::format("{}{}", i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ", choices[i]);
  return fmt::format("--what-if {}: client '{}' is in {} portfolios; name one as "
                     "FILE:CLIENT, the file name without extension: {}",
                     what_if_target(w), w.client_id, holders.size(), list);
}

} // namespace

std::string what_if_target(const WhatIf& w) {
  return w.portfolio.empty() ? w.client_id : w.portfolio + ":" + w.client_id;
}

bool names_portfolio(std::string_view qualifier, const std::string& file) {
  const std::string_view path = file;
  return qualifier == file_stem(file) || qualifier == path ||
         qualifier == path.substr(0, extension_at(path));
}

void check_what_if_request(const std::vector<WhatIf>& what_ifs, Basis request) {
  // A what-if is revenue that has not happened: under actuals only it would change nothing
  // and the comparison would mislead, so the combination is refused.
  if (!what_ifs.empty() && request == Basis::actual_only)
    throw WhatIfError("--what-if adds forecast revenue, which --actual-only leaves out; "
                      "use one or the other");
}

void check_what_if_clients(const std::vector<WhatIf>& what_ifs,
                           std::span<const Portfolio> portfolios, Suggest suggest) {
  for (const WhatIf& w : what_ifs) {
    std::vector<const Portfolio*> named, holders;
    for (const Portfolio& p : portfolios)
      if (w.portfolio.empty() || names_portfolio(w.portfolio, p.file)) named.push_back(&p);
    if (named.empty()) throw WhatIfError(unknown_portfolio(w, portfolios, suggest));
    for (const Portfolio* p : named)
      if (holds(*p, w.client_id)) holders.push_back(p);
    if (holders.empty()) throw WhatIfError(unknown_client(w, named, suggest));
    if (holders.size() > 1) throw WhatIfError(ambiguous_client(w, holders));
  }
}

std::vector<WhatIf> what_ifs_for(const Portfolio& p, const std::vector<WhatIf>& all) {
  std::vector<WhatIf> out;
  for (const WhatIf& w : all)
    if ((w.portfolio.empty() || names_portfolio(w.portfolio, p.file)) && holds(p, w.client_id))
      out.push_back(w);
  return out;
}

std::vector<MonthSeries::Entry> what_if_spread(const Portfolio& p, int fiscal_year, Money amount) {
  const FiscalCalendar calendar = p.settings.calendar();
  const MonthRange year = calendar.months(fiscal_year);
  // The months of the year after as_of (none after 9999-12).
  const MonthRange rest =
      year.empty() ? year
                   : MonthRange::clipped(std::max(year.first.index(), p.as_of.index() + 1),
                                         year.last.index());
  if (rest.empty())
    throw WhatIfError(fmt::format("fiscal year {} has no month after as_of {} to add a "
                                  "what-if to",
                                  fiscal_year, to_string(p.as_of)));
  // A cut is spread as the same amount added, each share negated: equal shares, the
  // leftover cents on the earliest months, whatever the sign.
  const std::int64_t sign = amount < Money() ? -1 : 1;
  const std::int64_t magnitude = sign * amount.cents(), months = rest.size();
  const std::int64_t share = magnitude / months, left = magnitude % months;
  std::vector<MonthSeries::Entry> spread;
  for (std::int64_t i = 0; i < months; ++i)
    spread.emplace_back(rest.first + static_cast<int>(i),
                        Money::from_cents(sign * (share + (i < left ? 1 : 0))));
  return spread;
}

Portfolio with_what_if(const Portfolio& p, const std::string& client_id, Money amount,
                       std::optional<int> fiscal_year) {
  check_what_if_clients({{client_id, amount}}, std::span(&p, 1));
  const int year = fiscal_year.value_or(default_bonus_year(p));
  const std::vector<MonthSeries::Entry> spread = what_if_spread(p, year, amount);
  Portfolio out = p;
  const auto it = std::find_if(out.clients.begin(), out.clients.end(),
                               [&](const Client& c) { return c.id == client_id; });
  const MonthRange rest{spread.front().first, spread.back().first};
  const Money before = it->forecast.sum(rest);
  // A budget cut removes forecast revenue; below nothing there is nothing left to cut.
  if (before + amount < Money())
    throw WhatIfError(fmt::format("--what-if {}={} would make the forecast of {} ({}) for {}, "
                                  "the rest of fiscal year {}, negative: it is {}, so a cut can "
                                  "be at most -{}",
                                  client_id, to_string(amount), client_id, p.manager,
                                  to_string(rest), year, to_display(before), to_string(before)));
  const std::vector<MonthSeries::Entry> entries = it->forecast.entries();
  std::map<Month, Money> forecast(entries.begin(), entries.end());
  for (const auto& [month, share] : spread)
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
    for (const Client& client : p.clients)
      if (client.id == w.client_id) c.currencies.push_back(client.currency);
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
  StatementSection changes{"Changes (added to the forecast, in the client's currency)", {}};
  for (std::size_t i = 0; i < c.changes.size(); ++i) {
    changes.lines.push_back(
        {{quoted(c.changes[i].client_id),
          said(fmt::format(" {}{}{}", signed_money(c.changes[i].amount),
                           c.currencies[i].empty() ? "" : " ", c.currencies[i]))},
         0});
    std::string months;
    for (const auto& [month, share] : c.spreads[i])
      months +=
          fmt::format("{}{} {}", months.empty() ? "" : ", ", to_string(month), signed_money(share));
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
