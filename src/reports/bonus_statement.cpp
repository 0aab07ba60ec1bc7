#include "reports/bonus_statement.hpp"

#include "model/decimal_text.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

std::string money(Money m) {
  return to_display(m);
}
std::string fy(int year) {
  return fmt::format("FY{}", year);
}

/// a as the formulas use it: its decimal when exact, else the division it comes from, so
/// that multiplying the shown numbers gives the shown result.
std::string attainment_operand(const BonusResult& r) {
  if (auto exact = exact_decimal(*r.attainment, 4, 8)) return *exact;
  return money(r.revenue.total()) + " / " + money(*r.target);
}

std::string f_operand(const BonusResult& r) {
  switch (r.branch) {
  case TargetBranch::no_target:
  case TargetBranch::below_threshold:
    return "0";
  case TargetBranch::linear:
    return attainment_operand(r);
  case TargetBranch::accelerated:
    if (auto exact = exact_decimal(r.f, 4, 8)) return *exact;
    return "(1 + (" + attainment_operand(r) + " − 1) × " + exact_factor_text(r.plan.accelerator) +
           ")";
  }
  return "";
}

/// "= x", or "≈ x" when x is shown approximately.
std::string equals(const std::string& value) {
  return value.rfind("≈", 0) == 0 ? value : "= " + value;
}

/// A = actuals up to as_of + the forecast entries added after it, line by line.
void revenue_lines(const BonusResult& r, StatementSection& s) {
  const BonusRevenue& a = r.revenue;
  s.lines.push_back(line(
      fmt::format("revenue A, {} ({}): {}", fy(r.year), to_string(a.basis), money(a.total()))));
  if (a.actual_range)
    s.lines.push_back(
        line(fmt::format("actuals {}: {}", to_string(*a.actual_range), money(a.actual)), 1));
  else
    s.lines.push_back(line(fmt::format("no actuals yet (as_of {})", to_string(r.as_of)), 1));
  if (!a.forecast_range) return;
  const MonthRange later = *a.forecast_range;
  if (r.request == Basis::actual_only)
    s.lines.push_back(
        line(fmt::format("forecast {}: left out (actuals only)", to_string(later)), 1));
  else if (a.forecast_entries == 0)
    s.lines.push_back(line(fmt::format("forecast {}: no entries", to_string(later)), 1));
  else
    s.lines.push_back(
        line(fmt::format("forecast {}: {} ({} {} in {} {})", to_string(later), money(a.forecast),
                         a.forecast_entries, a.forecast_entries == 1 ? "entry" : "entries",
                         a.forecast_months, a.forecast_months == 1 ? "month" : "months"),
             1));
}

StatementSection inputs(const BonusResult& r) {
  const BonusPlan& plan = r.plan;
  StatementSection s{"Inputs", {}};
  // Constant currency (SPEC section 9): every rate of Y used, before the figures it made.
  for (const FxRate& x : r.rates)
    s.lines.push_back(line(fmt::format("rate {}: 1 {} = {} {} (plan rate of {})", x.currency,
                                       x.currency, rate_text(x.rate), r.currency, fy(r.year))));
  if (!r.rates.empty())
    s.lines.push_back(line(fmt::format("in {}: each client's revenue of a year converted once; "
                                       "salary, targets and plan amounts converted and rounded "
                                       "to the cent first",
                                       r.currency),
                           1));
  s.lines.push_back(line(fmt::format("salary: {} {}", money(r.salary), r.currency)));
  revenue_lines(r, s);
  s.lines.push_back(
      line(fmt::format("revenue {} (actuals): {}", fy(r.year - 1), money(r.prev_revenue))));
  s.lines.push_back(line(r.target
                             ? fmt::format("target T, {}: {}", fy(r.year), money(*r.target))
                             : fmt::format("target T, {}: none (target_pct is 0)", fy(r.year))));
  Text from{said("plan")};
  if (!plan.file.empty()) {
    from.push_back(said(" (from "));
    from.push_back(quoted(plan.file));
    from.push_back(said(plan.pos.line > 0 ? fmt::format(":{})", plan.pos.line) : ")"));
  }
  s.lines.push_back(line(std::move(from)));
  s.lines.push_back(
      line(fmt::format("target_pct {}, threshold {}, accelerator {}", percent_text(plan.target_pct),
                       percent_text(plan.threshold), exact_factor_text(plan.accelerator)),
           1));
  s.lines.push_back(line(fmt::format("growth_pct {}", percent_text(plan.growth_pct)), 1));
  s.lines.push_back(
      line(fmt::format("new_client {} + new_client_pct {}; referral {}", money(plan.new_client),
                       percent_text(plan.new_client_pct), money(plan.referral)),
           1));
  std::string tiers;
  for (const MultiplierTier& t : plan.multipliers)
    tiers += fmt::format("{}from {} × {}", tiers.empty() ? "" : ", ", money(t.from),
                         exact_factor_text(t.factor));
  s.lines.push_back(line("multipliers: " + (tiers.empty() ? std::string("none") : tiers), 1));
  s.lines.push_back(
      line(plan.cap_pct ? "cap_pct " + percent_text(*plan.cap_pct) : std::string("no cap"), 1));
  return s;
}

StatementSection attainment(const BonusResult& r) {
  StatementSection s{"Attainment", {}};
  if (!r.attainment) {
    s.lines.push_back(
        line(fmt::format("no target for {} and target_pct 0: no target bonus", fy(r.year))));
    return s;
  }
  const Ratio& a = *r.attainment;
  s.lines.push_back(line(fmt::format("a = A / T = {} / {} {} ({})", money(r.revenue.total()),
                                     money(*r.target), equals(ratio_text(a)), percent2_text(a))));
  const std::string threshold = percent_text(r.plan.threshold);
  switch (r.branch) {
  case TargetBranch::no_target:
    break;
  case TargetBranch::below_threshold:
    s.lines.push_back(line(fmt::format("a < threshold {}: f(a) = 0, no target bonus", threshold)));
    break;
  case TargetBranch::linear:
    s.lines.push_back(line(
        fmt::format("threshold {} <= a <= 100%: f(a) = a {}", threshold, equals(ratio_text(r.f)))));
    break;
  case TargetBranch::accelerated: {
    // An inexact a is named rather than shown rounded inside the formula.
    const auto exact_a = exact_decimal(a, 4, 8);
    s.lines.push_back(
        line(fmt::format("a > 100%: f(a) = 1 + (a − 1) × accelerator = 1 + ({} − 1) × {} {}",
                         exact_a ? *exact_a : std::string("a"),
                         exact_factor_text(r.plan.accelerator), equals(ratio_text(r.f)))));
    break;
  }
  }
  return s;
}

Text client_label(const CreditedClient& c) {
  return {quoted(c.id), said(" ("), quoted(c.name),
          said(fmt::format("), {}, won {}", to_string(c.origin), to_string(c.won)))};
}

void new_client_lines(const BonusResult& r, StatementSection& s) {
  const BonusPlan& plan = r.plan;
  s.lines.push_back(line(fmt::format(
      "new clients = Σ (new_client + new_client_pct × client revenue {}) over {} {} {}", fy(r.year),
      r.new_clients.size(), r.new_clients.size() == 1 ? "client" : "clients",
      equals(exact_then_rounded(r.new_client_exact, r.new_client_bonus)))));
  for (const CreditedClient& c : r.new_clients) {
    Text spans = client_label(c);
    if (c.won > r.as_of) spans.push_back(said(" (after as_of: planned)"));
    spans.push_back(said(fmt::format(": {} + {} × {} {}", money(plan.new_client),
                                     percent_text(plan.new_client_pct), money(c.revenue),
                                     equals(amount_text(c.amount)))));
    s.lines.push_back(line(std::move(spans), 1));
  }
}

void referral_lines(const BonusResult& r, StatementSection& s) {
  s.lines.push_back(
      line(fmt::format("referral = referral × clients = {} × {} = {}", money(r.plan.referral),
                       r.referrals.size(), money(r.referral_bonus))));
  for (const CreditedClient& c : r.referrals) {
    Text spans = client_label(c);
    if (c.won > r.as_of) spans.push_back(said(" (after as_of: planned)"));
    spans.push_back(said(", referred by "));
    spans.push_back(quoted(c.referred_by));
    s.lines.push_back(line(std::move(spans), 1));
  }
}

StatementSection components(const BonusResult& r) {
  StatementSection s{"Components", {}};
  s.lines.push_back(line(fmt::format("target = salary × target_pct × f(a) = {} × {} × {} {}",
                                     money(r.salary), percent_text(r.plan.target_pct), f_operand(r),
                                     equals(exact_then_rounded(r.target_exact, r.target_bonus)))));
  const bool left_out = !r.growth_left_out.empty();
  s.lines.push_back(line(fmt::format(
      "growth = growth_pct × max(0, A − revenue {}){} = {} × max(0, {} − {}) = {} × {} {}",
      fy(r.year - 1), left_out ? " over the comparable clients" : "",
      percent_text(r.plan.growth_pct), money(r.growth_revenue), money(r.growth_prev),
      percent_text(r.plan.growth_pct), money(r.increment),
      equals(exact_then_rounded(r.growth_exact, r.growth_bonus)))));
  // A client whose file does not go back to Y−1 (or not all of it), or that sales handed
  // over, brought no increment of the manager's to pay on.
  for (const LeftOutClient& c : r.growth_left_out) {
    std::string why = fmt::format("no revenue history for {}", fy(r.year - 1));
    if (c.status == GrowthStatus::handover && c.won)
      why = fmt::format("handed over by sales in {}", to_string(*c.won));
    if (c.status == GrowthStatus::partial_history && c.history_from)
      why = fmt::format("revenue history only from {}, part of {} unknown",
                        to_string(*c.history_from), fy(r.year - 1));
    s.lines.push_back(line({said("left out: "), quoted(c.id), said(" ("), quoted(c.name),
                            said(fmt::format("), {}: {} of A", why, money(c.revenue)))},
                           1));
  }
  new_client_lines(r, s);
  referral_lines(r, s);
  return s;
}

StatementSection total(const BonusResult& r) {
  StatementSection s{"Total", {}};
  s.lines.push_back(line(fmt::format(
      "sum of components = {} + {} + {} + {} = {}", money(r.target_bonus), money(r.growth_bonus),
      money(r.new_client_bonus), money(r.referral_bonus), money(r.components))));
  const std::string size = r.size_is_target ? fmt::format("size = T = {}", money(r.size))
                                            : fmt::format("size = revenue {} = {} (no target)",
                                                          fy(r.year - 1), money(r.size));
  s.lines.push_back(
      line(r.tier ? fmt::format("multiplier: {}; tier from {} applies: m = {}", size,
                                money(r.tier->from), exact_factor_text(r.multiplier))
                  : fmt::format("multiplier: {}; no tier starts at or below it: m = 1", size)));
  s.lines.push_back(line(fmt::format("m × sum = {} × {} {}", exact_factor_text(r.multiplier),
                                     money(r.components), equals(amount_text(r.multiplied)))));
  if (r.cap_exact) {
    const std::string cap =
        fmt::format("cap = cap_pct × salary = {} × {} {}", percent_text(*r.plan.cap_pct),
                    money(r.salary), equals(amount_text(*r.cap_exact)));
    s.lines.push_back(line(r.cap_binds
                               ? fmt::format("{}: binds ({} < {})", cap, amount_text(*r.cap_exact),
                                             amount_text(r.multiplied))
                               : fmt::format("{}: does not bind", cap)));
  } else {
    s.lines.push_back(line("no cap"));
  }
  std::string result =
      fmt::format("total = {}{}", r.cap_exact ? "min(cap, m × sum) " : "m × sum ",
                  equals(exact_then_rounded(r.cap_binds ? *r.cap_exact : r.multiplied, r.total)));
  if (r.total_pct_salary)
    result += fmt::format(" ({} of salary)", percent2_text(*r.total_pct_salary));
  s.lines.push_back(line(result));
  return s;
}

} // namespace

std::string exact_then_rounded(const Ratio& exact, Money rounded) {
  if (to_ratio(rounded) == exact) return money(rounded);
  return amount_text(exact) + ", rounded half-up to " + money(rounded);
}

Statement bonus_statement(const BonusResult& r) {
  Statement st;
  st.title = {said("Bonus statement: "), quoted(r.manager),
              said(fmt::format(", fiscal year {} ({}), as of {}", r.year, to_string(r.months),
                               to_string(r.as_of)))};
  st.sections = {inputs(r), attainment(r), components(r), total(r)};
  return st;
}

} // namespace acctmgr
