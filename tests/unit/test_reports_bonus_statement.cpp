#include "bonus_fixture.hpp"
#include "model/decimal_text.hpp"
#include "reports/bonus_statement.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

/// Every line of a statement as plain text, with its section heading in front.
std::vector<std::string> lines_of(const Statement& s) {
  std::vector<std::string> out;
  for (const StatementSection& section : s.sections)
    for (const StatementLine& l : section.lines) {
      std::string text = section.heading + ": ";
      for (const Span& span : l.spans)
        text += span.text;
      out.push_back(text);
    }
  return out;
}

bool has_line(const Statement& s, const std::string& wanted) {
  for (const std::string& l : lines_of(s))
    if (l == wanted) return true;
  return false;
}

} // namespace

TEST_CASE("decimal text is exact when the value terminates and marked ≈ when not") {
  CHECK(amount_text(Ratio(10001, 200)) == "50.005");
  CHECK(amount_text(Ratio(123456789, 100)) == "1,234,567.89");
  CHECK(amount_text(Ratio(1, 3)) == "≈ 0.333333");
  CHECK(ratio_text(Ratio(21, 20)) == "1.0500");
  CHECK(ratio_text(Ratio(641, 800)) == "0.80125");
  CHECK(ratio_text(Ratio(2, 3)) == "≈ 0.6667");
  CHECK(percent_text(Ratio(3, 10)) == "30%");
  CHECK(percent_text(Ratio(1, 40)) == "2.5%");
  CHECK(percent2_text(Ratio(211, 200)) == "105.50%");
  CHECK(percent2_text(Ratio(1, 3)) == "≈ 33.33%");
  CHECK(exact_factor_text(Ratio(6, 5)) == "1.2");
  CHECK(exact_factor_text(Ratio(1, 1)) == "1");
  CHECK(group_thousands("-1234567.5") == "-1,234,567.5");
  CHECK(group_thousands("999") == "999");
}

TEST_CASE("statement: the rounding tie shows the exact value and the half-up cent") {
  Portfolio p = with_revenue(units(1000000));
  p.salary = cents(10001);
  p.bonus->target_pct = Ratio(1, 2);
  const Statement s = bonus_statement(bonus(p, 2026, Basis::projected));
  // 100.01 × 50% × 1 = 50.005 -> 50.01
  CHECK(has_line(s, "Components: target = salary × target_pct × f(a) = 100.01 × 50% × 1.0000 = "
                    "50.005, rounded half-up to 50.01"));
  CHECK(has_line(s, "Total: total = m × sum = 50.01 (≈ 50.00% of salary)"));
}

TEST_CASE("statement: an inexact attainment is multiplied as the division A / T") {
  Portfolio p = with_revenue(units(2000000));
  p.revenue_targets[2026] = units(3000000);
  const Statement s = bonus_statement(bonus(p, 2026, Basis::projected));
  CHECK(has_line(s, "Attainment: a = A / T = 2,000,000.00 / 3,000,000.00 ≈ 0.6667 (≈ 66.67%)"));
  // 48,000 × 30% × 2/3 = 9,600 exactly: the shown operands give the shown result
  CHECK(has_line(s, "Components: target = salary × target_pct × f(a) = 48,000.00 × 30% × "
                    "2,000,000.00 / 3,000,000.00 = 9,600.00"));
}

TEST_CASE("statement: threshold branch, tier, cap and credited clients are named") {
  Portfolio p = portfolio({
      client("acme", series({{Month(2026, 2), units(700000)}})),
      won_client("newco", Origin::reactivated, Month(2026, 12)),
      won_client("globex", Origin::referral, Month(2026, 4)),
  });
  p.bonus->threshold = Ratio(4, 5);
  p.bonus->new_client = units(1000);
  p.bonus->referral = units(500);
  p.bonus->multipliers = {{units(2000000), Ratio(3, 2)}};
  p.bonus->cap_pct = Ratio(1, 50); // 2% × 48,000 = 960.00
  const Statement s = bonus_statement(bonus(p, 2026, Basis::projected));
  // a = 0.7 < 0.8: no target bonus
  CHECK(has_line(s, "Attainment: a < threshold 80%: f(a) = 0, no target bonus"));
  CHECK(
      has_line(s, "Components: target = salary × target_pct × f(a) = 48,000.00 × 30% × 0 = 0.00"));
  CHECK(has_line(s, "Components: newco (Client newco), reactivated, won 2026-12 (after as_of: "
                    "planned): 1,000.00 + 0% × 0.00 = 1,000.00"));
  CHECK(has_line(s, "Components: globex (Client globex), referral, won 2026-04, referred by "
                    "Ivan Petrenko"));
  CHECK(has_line(s, "Total: multiplier: size = T = 1,000,000.00; no tier starts at or below "
                    "it: m = 1"));
  // 0 + 0 + 1,000 + 500 = 1,500 > cap 960
  CHECK(has_line(s, "Total: cap = cap_pct × salary = 2% × 48,000.00 = 960.00: binds (960.00 < "
                    "1,500.00)"));
  CHECK(has_line(s, "Total: total = min(cap, m × sum) = 960.00 (2.00% of salary)"));
  // names from files are marked untrusted for the renderers
  CHECK(s.title[1].kind == Span::Kind::quoted);
  CHECK(s.title[1].text == "Olena Kovalenko");
}
