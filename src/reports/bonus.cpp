#include "reports/bonus.hpp"

#include "model/decimal_text.hpp"
#include "reports/conversion.hpp"
#include "reports/growth.hpp"
#include "reports/overflow_context.hpp"

#include <fmt/format.h>
#include <set>

namespace acctmgr {

namespace {

std::vector<std::string> messages_of(const std::vector<BonusProblem>& problems) {
  std::vector<std::string> out;
  for (const BonusProblem& problem : problems)
    out.push_back(problem.message);
  return out;
}

/// Fiscal year Y cut at as_of: the months of actuals and the months of forecast.
struct YearSplit {
  std::optional<MonthRange> actual; ///< Y ∩ (.. as_of]
  std::optional<MonthRange> later;  ///< Y ∩ (as_of ..)
};

YearSplit split(const MonthRange& y, Month as_of) {
  YearSplit s;
  if (y.empty()) return s; // the year before fiscal year 1
  if (y.first <= as_of) s.actual = MonthRange{y.first, std::min(y.last, as_of)};
  if (y.last > as_of) s.later = MonthRange{std::max(y.first, as_of + 1), y.last};
  return s;
}

Money actuals(const Client& c, const std::optional<MonthRange>& r) {
  return r ? c.revenue.sum(*r) : Money();
}

/// A client's forecast after as_of in Y, when the request adds forecasts.
Money forecast(const Client& c, const YearSplit& s, Basis request) {
  return request == Basis::projected && s.later ? c.forecast.sum(*s.later) : Money();
}

/// A client's revenue of Y on the request's basis, converted at the rate of Y: one sum,
/// converted once (SPEC section 9).
Money year_revenue_of(const Portfolio& p, const Client& c, const YearSplit& s, Basis request,
                      int fiscal_year) {
  return convert(actuals(c, s.actual) + forecast(c, s, request), client_rate(p, c, fiscal_year));
}

BonusRevenue year_revenue(const Portfolio& p, const YearSplit& s, Basis request, int fiscal_year) {
  BonusRevenue r;
  r.actual_range = s.actual;
  r.forecast_range = s.later;
  std::set<Month> months;
  for (const Client& c : p.clients) {
    const auto where = overflow_context(p, c);
    // The forecast part is what the converted sum adds to the converted actuals, so that
    // actual + forecast is A exactly (each client's revenue of Y is converted once).
    const Money actual = convert(actuals(c, s.actual), client_rate(p, c, fiscal_year));
    r.actual += actual;
    r.forecast += year_revenue_of(p, c, s, request, fiscal_year) - actual;
    if (request != Basis::projected || !s.later) continue;
    c.forecast.for_each_in(*s.later, [&](Month m, Money) {
      ++r.forecast_entries;
      months.insert(m);
    });
  }
  r.forecast_months = static_cast<int>(months.size());
  r.basis = r.forecast_entries > 0 ? RevenueBasis::projected : RevenueBasis::actual;
  return r;
}

/// The client's growth status when it is not comparable for the period Y (its months up to
/// as_of, against the same months of Y−1: handover, no_history or partial_history), else
/// none: a year that has not begun has no history to lack.
std::optional<GrowthStatus> not_comparable_for_year(const Client& c, const Settings& s,
                                                    const YearSplit& y) {
  if (!y.actual) return std::nullopt;
  const Growth g = client_growth(c, s, {*y.actual, y.actual->shifted(-12)});
  if (is_comparable(g)) return std::nullopt;
  return g.status;
}

/// Wins count when `won` falls in Y; with actuals only, a win after as_of has not happened
/// yet and does not count (it is a plan, like a forecast).
bool won_in(const Client& c, const MonthRange& y, Month as_of, Basis request) {
  if (!c.won || !y.contains(*c.won)) return false;
  return request == Basis::projected || *c.won <= as_of;
}

void target_component(BonusResult& r) {
  const BonusPlan& plan = r.plan;
  if (!r.attainment) {
    r.branch = TargetBranch::no_target;
    r.f = Ratio();
  } else if (*r.attainment < plan.threshold) {
    r.branch = TargetBranch::below_threshold;
    r.f = Ratio();
  } else if (*r.attainment <= Ratio::integer(1)) {
    r.branch = TargetBranch::linear;
    r.f = *r.attainment;
  } else {
    r.branch = TargetBranch::accelerated;
    r.f = Ratio::integer(1) + (*r.attainment - Ratio::integer(1)) * plan.accelerator;
  }
  r.target_exact = to_ratio(r.salary) * plan.target_pct * r.f;
  r.target_bonus = to_money(r.target_exact);
}

void client_components(BonusResult& r, const Portfolio& p, const YearSplit& s) {
  const auto total = overflow_context(p);
  const BonusPlan& plan = r.plan;
  for (const Client& c : p.clients) {
    if (!won_in(c, r.months, r.as_of, r.request)) continue;
    const auto where = overflow_context(p, c);
    CreditedClient credit{c.id, c.name, c.origin, *c.won, c.referred_by, {}, {}};
    if (c.origin == Origin::new_client || c.origin == Origin::reactivated) {
      credit.revenue = year_revenue_of(p, c, s, r.request, r.year);
      credit.amount = to_ratio(plan.new_client) + plan.new_client_pct * to_ratio(credit.revenue);
      r.new_client_exact = r.new_client_exact + credit.amount;
      r.new_clients.push_back(std::move(credit));
    } else if (c.origin == Origin::referral) {
      credit.amount = to_ratio(plan.referral);
      r.referrals.push_back(std::move(credit));
    }
  }
  r.new_client_bonus = to_money(r.new_client_exact);
  const auto count = static_cast<std::int64_t>(r.referrals.size());
  r.referral_bonus = to_money(to_ratio(plan.referral) * Ratio::integer(count));
}

void multiplier_and_cap(BonusResult& r) {
  r.size_is_target = r.target.has_value();
  r.size = r.target ? *r.target : r.prev_revenue;
  for (const MultiplierTier& t : r.plan.multipliers)
    if (t.from <= r.size && (!r.tier || t.from > r.tier->from)) r.tier = t;
  r.multiplier = r.tier ? r.tier->factor : Ratio::integer(1);
  r.multiplied = to_ratio(r.components) * r.multiplier;
  if (r.plan.cap_pct) {
    r.cap_exact = to_ratio(r.salary) * *r.plan.cap_pct;
    r.cap_binds = *r.cap_exact < r.multiplied;
  }
  r.total = to_money(r.cap_binds ? *r.cap_exact : r.multiplied);
  r.total_pct_salary = Ratio::of(r.total, r.salary);
}

} // namespace

BonusInputError::BonusInputError(std::string file, int year, std::vector<BonusProblem> problems)
    : std::runtime_error(fmt::format("{}", fmt::join(messages_of(problems), "; "))),
      file_(std::move(file)), year_(year), problems_(std::move(problems)) {}

std::vector<std::string> BonusInputError::problems() const {
  return messages_of(problems_);
}

int default_bonus_year(const Portfolio& p) {
  return p.settings.calendar().year_of(p.as_of);
}

namespace {

/// bonus_problems, each with where to point at it.
std::vector<BonusProblem> located_bonus_problems(const Portfolio& p, int fiscal_year) {
  std::vector<BonusProblem> problems;
  // A missing key has no line of its own: the problem points at the portfolio's `manager:`.
  const auto add = [&](std::string message, std::string key = {}) {
    problems.push_back({std::move(message), p.manager_pos, std::move(key)});
  };
  if (!p.bonus) add("no bonus plan: add a `bonus:` section to the portfolio or to acctmgr.yaml");
  if (!p.salary) add("no salary: the bonus is a share of the annual `salary:`");
  if (p.bonus && p.bonus->target_pct > Ratio()) {
    const auto t = p.revenue_targets.find(fiscal_year);
    if (t == p.revenue_targets.end())
      add(fmt::format("no revenue target for fiscal year {} (targets.revenue) while the bonus "
                      "plan pays target_pct {}",
                      fiscal_year, percent_text(p.bonus->target_pct)),
          "targets");
    else if (t->second.is_zero())
      add(fmt::format("revenue target for fiscal year {} is 0: attainment is undefined while "
                      "the bonus plan pays target_pct {}",
                      fiscal_year, percent_text(p.bonus->target_pct)),
          "targets");
  }
  return problems;
}

} // namespace

std::vector<std::string> bonus_problems(const Portfolio& p, int fiscal_year) {
  return messages_of(located_bonus_problems(p, fiscal_year));
}

BonusResult bonus(const Portfolio& p, int fiscal_year, Basis request) {
  if (auto problems = located_bonus_problems(p, fiscal_year); !problems.empty())
    throw BonusInputError(p.file, fiscal_year, std::move(problems));
  const auto where = overflow_context(p);
  const FiscalCalendar calendar = p.settings.calendar();
  BonusResult r;
  r.file = p.file;
  r.manager = p.manager;
  r.currency = reporting_currency(p);
  r.year = fiscal_year;
  r.rates = rates_used(p, fiscal_year, true);
  r.months = calendar.months(fiscal_year);
  r.as_of = p.as_of;
  r.request = request;
  // The portfolio's own amounts at the rate of Y, rounded first (SPEC section 9).
  const Ratio own = portfolio_rate(p, fiscal_year);
  r.plan = *p.bonus;
  r.plan.new_client = convert(r.plan.new_client, own);
  r.plan.referral = convert(r.plan.referral, own);
  for (MultiplierTier& tier : r.plan.multipliers)
    tier.from = convert(tier.from, own);
  r.salary = convert(*p.salary, own);

  const YearSplit year = split(r.months, p.as_of);
  r.revenue = year_revenue(p, year, request, fiscal_year);
  const YearSplit prev_year = split(r.months.shifted(-12), p.as_of);
  for (const Client& c : p.clients) {
    const auto client = overflow_context(p, c);
    const Money before = convert(actuals(c, prev_year.actual), client_rate(p, c, fiscal_year));
    r.prev_revenue += before;
    const Money now = year_revenue_of(p, c, year, request, fiscal_year);
    if (const auto status = not_comparable_for_year(c, p.settings, year)) {
      r.growth_left_out.push_back({c.id, c.name, now, *status, c.won, c.revenue.first_month()});
    } else {
      r.growth_revenue += now;
      r.growth_prev += before;
    }
  }
  if (auto t = p.revenue_targets.find(fiscal_year); t != p.revenue_targets.end()) {
    r.target = convert(t->second, own);
    r.attainment = Ratio::of(r.revenue.total(), *r.target);
  }

  target_component(r);
  r.increment = std::max(Money(), r.growth_revenue - r.growth_prev);
  r.growth_exact = r.plan.growth_pct * to_ratio(r.increment);
  r.growth_bonus = to_money(r.growth_exact);
  client_components(r, p, year);
  r.components = r.target_bonus + r.growth_bonus + r.new_client_bonus + r.referral_bonus;
  multiplier_and_cap(r);
  return r;
}

std::vector<Column> bonus_columns() {
  return {column("year", CellKind::count),
          column("basis", CellKind::status),
          column("revenue", CellKind::amount),
          column("target", CellKind::amount),
          column("attainment", CellKind::ratio),
          column("target_bonus", CellKind::amount),
          column("growth_bonus", CellKind::amount),
          column("new_client_bonus", CellKind::amount),
          column("referral_bonus", CellKind::amount),
          column("multiplier", CellKind::factor),
          column("cap", CellKind::amount),
          column("total", CellKind::amount),
          column("total_pct_salary", CellKind::ratio)};
}

std::vector<NamedCell> bonus_cells(const BonusResult& r) {
  return {{"year", static_cast<std::int64_t>(r.year)},
          {"basis", std::string(to_string(r.revenue.basis))},
          {"revenue", r.revenue.total()},
          {"target", optional_cell(r.target)},
          {"attainment", optional_cell(r.attainment)},
          {"target_bonus", r.target_bonus},
          {"growth_bonus", r.growth_bonus},
          {"new_client_bonus", r.new_client_bonus},
          {"referral_bonus", r.referral_bonus},
          {"multiplier", r.multiplier},
          {"cap", r.cap_exact ? Cell(to_money(*r.cap_exact)) : Cell()},
          {"total", r.total},
          {"total_pct_salary", optional_cell(r.total_pct_salary)}};
}

Table bonus_table(const std::vector<BonusResult>& results) {
  std::vector<Column> columns{column("manager", CellKind::text)};
  for (Column& c : bonus_columns())
    columns.push_back(std::move(c));
  Table t("bonus", std::move(columns));
  for (const BonusResult& r : results) {
    std::vector<NamedCell> cells{{"manager", r.manager}};
    for (NamedCell& c : bonus_cells(r))
      cells.push_back(std::move(c));
    t.add_row(std::move(cells));
    t.add_note({quoted(r.manager), said(": fiscal year "), count(r.year), said(" ("),
                months(r.months), said("), as of "), month(r.as_of), said(", "),
                said(to_string(r.revenue.basis)), said(" ("), quoted(r.currency), said(")")});
    if (!r.rates.empty()) t.add_note(rates_note(r.manager, r.currency, r.year, r.rates));
    if (!r.growth_left_out.empty()) {
      Text note{quoted(r.manager),
                said(": left out of the growth component (not comparable with fiscal year "),
                count(r.year - 1), said("): ")};
      for (std::size_t i = 0; i < r.growth_left_out.size(); ++i) {
        if (i > 0) note.push_back(said(", "));
        note.push_back(quoted(r.growth_left_out[i].id));
        note.push_back(said(fmt::format(" ({})", to_string(r.growth_left_out[i].status))));
      }
      t.add_note(std::move(note));
    }
  }
  return t;
}

std::optional<Finding> plan_range_finding(const Portfolio& p) {
  if (!p.bonus) return std::nullopt;
  const Ratio& pct = p.bonus->target_pct;
  // The range is guidance for plan design, not a limit: inclusive at both ends.
  if (pct >= Ratio(1, 5) && pct <= Ratio(2, 5)) return std::nullopt;
  Finding f;
  f.file = p.bonus->file.empty() ? p.file : p.bonus->file;
  f.line = p.bonus->pos.line;
  f.manager = p.manager;
  f.code = Code::plan_range;
  f.severity = term_of(kFindingCodes, Code::plan_range).severity;
  f.message = fmt::format("bonus plan target_pct {} is outside the usual 20–40% of salary",
                          to_percent(pct, 1));
  return f;
}

} // namespace acctmgr
