#pragma once

#include "document/table.hpp"
#include "model/finding.hpp"
#include "model/money.hpp"
#include "model/month.hpp"
#include "model/period.hpp"
#include "model/portfolio.hpp"
#include "model/ratio.hpp"
#include "model/vocabulary.hpp"
#include "reports/growth.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace acctmgr {

/// What the caller asks A to be: actuals plus the forecast after as_of, or actuals only.
enum class Basis { projected, actual_only };

/// What A turned out to be: `projected` when at least one forecast entry was added.
enum class RevenueBasis { actual, projected };

inline constexpr std::array<Term<RevenueBasis>, 2> kRevenueBases{{
    {RevenueBasis::actual, "actual", "revenue of the year from actuals only"},
    {RevenueBasis::projected, "projected", "actuals up to as_of plus the forecast after it"},
}};
static_assert(is_complete(kRevenueBases));

/// "actual", "projected".
inline const char* to_string(RevenueBasis b) {
  return term_of(kRevenueBases, b).name;
}

/// Which branch of f(a) paid the target component (SPEC section 6).
enum class TargetBranch {
  no_target,       ///< target_pct is 0 and there is no target: the component is 0
  below_threshold, ///< a < threshold: f = 0
  linear,          ///< threshold <= a <= 1: f = a
  accelerated,     ///< a > 1: f = 1 + (a − 1) × accelerator
};

/// One reason a portfolio cannot be paid a bonus, with where the CLI points at it.
struct BonusProblem {
  std::string message;
  /// The portfolio's `manager:` key: every portfolio has one, and a missing key has no line.
  SourcePos pos;
  /// The top-level key the problem is about, to point at instead of `pos` when the file has
  /// it ("targets" for a missing or zero target); empty when the key itself is missing.
  std::string key;
};

/// A portfolio that cannot be paid a bonus for a year (no plan, no salary, no target).
/// The CLI prints each problem as `FILE:LINE:COL: error: problem` with the line and a caret,
/// like the loader's, and exits 2.
class BonusInputError : public std::runtime_error {
public:
  BonusInputError(std::string file, int year, std::vector<BonusProblem> problems);
  const std::string& file() const { return file_; }
  int year() const { return year_; }
  /// The messages, in order.
  std::vector<std::string> problems() const;
  /// The problems with their positions, in the same order.
  const std::vector<BonusProblem>& located() const { return problems_; }

private:
  std::string file_;
  int year_;
  std::vector<BonusProblem> problems_;
};

/// A client credited by the new/reactivated or the referral component.
struct CreditedClient {
  std::string id;
  std::string name;
  Origin origin = Origin::new_client;
  Month won;
  std::string referred_by; ///< referral clients only
  Money revenue;           ///< its revenue in Y on the same basis as A (new/reactivated)
  Ratio amount;            ///< exact credit: new_client + new_client_pct × revenue, or referral
};

/// A client left out of the growth component, with its share of A.
struct LeftOutClient {
  std::string id;
  std::string name;
  Money revenue;
  /// no_history, partial_history or handover
  GrowthStatus status = GrowthStatus::no_history;
  std::optional<Month> won;          ///< a handover's month
  std::optional<Month> history_from; ///< its first revenue entry: the file holds it from there
};

/// Where A comes from: actuals up to as_of and the forecast entries added after it.
struct BonusRevenue {
  std::optional<MonthRange> actual_range;   ///< Y up to as_of; none when Y starts after it
  std::optional<MonthRange> forecast_range; ///< Y after as_of; none when Y ended by as_of
  Money actual;                             ///< actuals of Y up to as_of
  Money forecast;                           ///< forecast entries of Y after as_of that were added
  int forecast_entries = 0;                 ///< how many entries (client × month) were added
  int forecast_months = 0;                  ///< how many distinct months they cover
  RevenueBasis basis = RevenueBasis::actual;
  Money total() const { return actual + forecast; }
};

/// Every figure of one manager's bonus for fiscal year Y, with the intermediates a
/// statement needs to be checked by hand.
struct BonusResult {
  std::string file, manager, currency; ///< currency: the reporting currency, else the file's
  int year = 0;
  /// The plan rates of Y the figures were converted at (SPEC section 9); empty without a
  /// reporting currency or when everything is in it. Salary, targets and the plan's amounts
  /// below are already converted.
  std::vector<FxRate> rates;
  MonthRange months; ///< fiscal year Y
  Month as_of;
  Basis request = Basis::projected;
  BonusPlan plan;
  Money salary;

  BonusRevenue revenue; ///< A and how it was formed
  Money prev_revenue;   ///< actuals of Y−1 (up to as_of), every client
  /// Clients not comparable for the period Y (no or partial revenue history for Y−1, or in
  /// transition after a handover): left out of both sides of the growth component (SPEC
  /// section 6, v2), still counted in A.
  std::vector<LeftOutClient> growth_left_out;
  Money growth_revenue;        ///< A over the comparable clients
  Money growth_prev;           ///< actuals of Y−1 over the comparable clients
  std::optional<Money> target; ///< T; none without a target for Y
  std::optional<Ratio> attainment;

  TargetBranch branch = TargetBranch::no_target;
  Ratio f;            ///< f(a), 0 without a target
  Ratio target_exact; ///< salary × target_pct × f(a)
  Money target_bonus; ///< rounded half-up once
  Money increment;    ///< max(0, growth_revenue − growth_prev)
  Ratio growth_exact; ///< growth_pct × increment
  Money growth_bonus;
  std::vector<CreditedClient> new_clients;
  Ratio new_client_exact;
  Money new_client_bonus;
  std::vector<CreditedClient> referrals;
  Money referral_bonus; ///< referral × count: exact in cents
  Money components;     ///< sum of the four rounded components

  Money size; ///< T, or without a target the revenue of Y−1
  bool size_is_target = false;
  std::optional<MultiplierTier> tier; ///< none when no tier's `from` <= size (m = 1)
  Ratio multiplier{1, 1};
  Ratio multiplied;                      ///< m × components, exact
  std::optional<Ratio> cap_exact;        ///< cap_pct × salary; none without a cap
  bool cap_binds = false;                ///< the cap is strictly below m × components
  Money total;                           ///< min(cap, m × components), rounded half-up once
  std::optional<Ratio> total_pct_salary; ///< total / salary; none for a salary of 0
};

/// The fiscal year a bonus is for by default: the one containing as_of.
int default_bonus_year(const Portfolio& p);

/// Why `bonus` cannot be computed for year Y (empty when it can): no plan, no salary,
/// no (non-zero) target while target_pct > 0. The messages of BonusInputError::located().
std::vector<std::string> bonus_problems(const Portfolio& p, int fiscal_year);

/// The bonus of fiscal year Y (SPEC section 6). Throws BonusInputError.
BonusResult bonus(const Portfolio& p, int fiscal_year, Basis request);

/// The SPEC's bonus table: manager,year,basis,revenue,target,attainment,target_bonus,
/// growth_bonus,new_client_bonus,referral_bonus,multiplier,cap,total,total_pct_salary.
Table bonus_table(const std::vector<BonusResult>& results);

/// The bonus table's columns after `manager` (shared with the what-if comparison table).
std::vector<Column> bonus_columns();
/// One bonus row's cells for bonus_columns().
std::vector<NamedCell> bonus_cells(const BonusResult& r);

/// PLAN_RANGE (info): the plan's target_pct lies outside the trade's 20–40 % of salary. Located
/// at the plan's `bonus:` key in the file it came from (the portfolio or acctmgr.yaml).
std::optional<Finding> plan_range_finding(const Portfolio& p);

} // namespace acctmgr
