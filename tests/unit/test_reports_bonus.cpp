#include "bonus_fixture.hpp"
#include "reports/bonus.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

TEST_CASE("target component: threshold pays at exactly the threshold, not a cent below") {
  Portfolio p = with_revenue(units(800000));
  p.bonus->threshold = Ratio(4, 5);
  // a = 800,000 / 1,000,000 = 0.8 = threshold: f = a; 48,000 × 30% × 0.8 = 11,520.00
  BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.attainment == Ratio(4, 5));
  CHECK(r.branch == TargetBranch::linear);
  CHECK(r.target_bonus == units(11520));

  // a = 799,999.99 / 1,000,000 < 0.8: f = 0
  p = with_revenue(cents(79999999));
  p.bonus->threshold = Ratio(4, 5);
  r = bonus(p, 2026, Basis::projected);
  CHECK(r.branch == TargetBranch::below_threshold);
  CHECK(r.f == Ratio());
  CHECK(r.target_bonus == Money());
}

TEST_CASE("target component: exactly 100 % is linear, above it the accelerator applies") {
  Portfolio p = with_revenue(units(1000000));
  p.bonus->accelerator = Ratio(3, 2);
  // a = 1: f = 1 (the accelerator only acts above 1); 48,000 × 30% = 14,400.00
  BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.branch == TargetBranch::linear);
  CHECK(r.target_bonus == units(14400));

  // a = 1.05: f = 1 + 0.05 × 1.5 = 1.075; 48,000 × 30% × 1.075 = 15,480.00
  p = with_revenue(units(1050000));
  p.bonus->accelerator = Ratio(3, 2);
  r = bonus(p, 2026, Basis::projected);
  CHECK(r.branch == TargetBranch::accelerated);
  CHECK(r.f == Ratio(43, 40));
  CHECK(r.target_bonus == units(15480));
  CHECK(r.total == units(15480));
}

TEST_CASE("the cap binds only when it is below m × components") {
  Portfolio p = with_revenue(units(1000000)); // target 14,400.00
  p.bonus->cap_pct = Ratio(1, 5);             // 20% × 48,000 = 9,600.00
  BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.cap_binds);
  CHECK(r.total == units(9600));
  CHECK(r.total_pct_salary == Ratio(1, 5));

  p.bonus->cap_pct = Ratio(9, 20); // 45% × 48,000 = 21,600.00 > 14,400.00
  r = bonus(p, 2026, Basis::projected);
  CHECK(!r.cap_binds);
  CHECK(r.total == units(14400));

  p.bonus->cap_pct = Ratio(3, 10); // 30% × 48,000 = 14,400.00: equal, so it does not bind
  r = bonus(p, 2026, Basis::projected);
  CHECK(!r.cap_binds);
  CHECK(r.total == units(14400));
}

TEST_CASE("multiplier: the tier with the largest from <= size, else 1") {
  Portfolio p = with_revenue(units(1000000)); // components 14,400.00
  p.bonus->multipliers = {{Money(), Ratio(1, 1)}, {units(1000000), Ratio(6, 5)}};
  // size = T = 1,000,000.00 = from of the second tier: m = 1.2; 14,400 × 1.2 = 17,280.00
  BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.size_is_target);
  CHECK(r.tier->from == units(1000000));
  CHECK(r.total == units(17280));

  // a cent below the tier: the first tier (m = 1)
  p.revenue_targets[2026] = cents(99999999);
  r = bonus(p, 2026, Basis::projected);
  CHECK(r.tier->from == Money());
  CHECK(r.multiplier == Ratio(1, 1));

  // no tier's from <= size: m = 1 and no tier; 48,000 × 30% × (1,000,000 / 999,999.99)
  // = 14,400.000144… -> 14,400.00
  p.bonus->multipliers = {{units(2000000), Ratio(3, 2)}};
  r = bonus(p, 2026, Basis::projected);
  CHECK(!r.tier);
  CHECK(r.multiplier == Ratio(1, 1));
  CHECK(r.total == units(14400));
}

TEST_CASE("multiplier size without a target is the revenue of Y−1") {
  Portfolio p = portfolio(
      {client("acme", series({{Month(2025, 1), units(600000)}, {Month(2026, 1), units(700000)}}))});
  p.revenue_targets.clear();
  p.bonus->target_pct = Ratio();
  p.bonus->growth_pct = Ratio(1, 20);
  p.bonus->multipliers = {{units(500000), Ratio(2, 1)}, {units(600001), Ratio(3, 1)}};
  // no target: target component 0; growth 5% × (700,000 − 600,000) = 5,000.00;
  // size = 600,000.00: tier 500,000 (m = 2), total 10,000.00
  const BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.branch == TargetBranch::no_target);
  CHECK(!r.attainment);
  CHECK(!r.size_is_target);
  CHECK(r.size == units(600000));
  CHECK(r.total == units(10000));
}

TEST_CASE("each component is rounded half-up once; the total is formed from rounded parts") {
  Portfolio p = with_revenue(units(1000000));
  p.salary = cents(10001);           // 100.01
  p.bonus->target_pct = Ratio(1, 2); // 100.01 × 50% × 1 = 50.005 -> 50.01
  p.bonus->multipliers = {{Money(), Ratio(2, 1)}};
  BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.target_exact == Ratio(10001, 200));
  CHECK(r.target_bonus == cents(5001));
  // m × rounded = 2 × 50.01 = 100.02 (2 × the exact 50.005 would be 100.01)
  CHECK(r.total == cents(10002));

  // 1.5 × 50.01 = 75.015 -> 75.02: the total's own half-up rounding
  p.bonus->multipliers = {{Money(), Ratio(3, 2)}};
  r = bonus(p, 2026, Basis::projected);
  CHECK(r.multiplied == Ratio(15003, 200));
  CHECK(r.total == cents(7502));
}

TEST_CASE("growth component: a share of the increment over Y−1, never negative") {
  auto make = [](Money now) {
    Portfolio p = portfolio(
        {client("acme", series({{Month(2025, 1), units(1000000)}, {Month(2026, 3), now}}))});
    p.bonus->target_pct = Ratio();
    p.bonus->growth_pct = Ratio(1, 20);
    return bonus(p, 2026, Basis::projected);
  };
  // 5% × (1,100,000 − 1,000,000) = 5,000.00
  CHECK(make(units(1100000)).growth_bonus == units(5000));
  // 900,000 < 1,000,000: max(0, −100,000) = 0
  const BonusResult r = make(units(900000));
  CHECK(r.increment == Money());
  CHECK(r.growth_bonus == Money());
}

TEST_CASE("growth component: clients without history for Y−1 are left out of both sides") {
  // acme: 1,000,000 in 2025-01 and 1,100,000 in 2026-03. newco: no entry before 2026-02 (the
  // file does not go back to 2025), 400,000 in 2026-02: no_history for the period 2026.
  Portfolio p = portfolio(
      {client("acme", series({{Month(2025, 1), units(1000000)}, {Month(2026, 3), units(1100000)}})),
       client("newco", series({{Month(2026, 2), units(400000)}}))});
  p.bonus->growth_pct = Ratio(1, 20);
  const BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.revenue.total() == units(1500000)); // A counts all revenue: the target covers the book
  CHECK(r.growth_revenue == units(1100000));
  CHECK(r.growth_prev == units(1000000));
  CHECK(r.increment == units(100000));
  CHECK(r.growth_bonus == units(5000)); // 5 % × 100,000, not × 500,000
  REQUIRE(r.growth_left_out.size() == 1);
  CHECK(r.growth_left_out[0].id == "newco");
  CHECK(r.growth_left_out[0].revenue == units(400000));
  CHECK(r.prev_revenue == units(1000000));
}

TEST_CASE("a handover never earns the new-client bonus and is left out of growth in transition") {
  // acme farmed: 1,000,000 -> 1,100,000. handed: won by sales 2026-02, 300,000 in 2026-04, and
  // an entry of 0 in 2025-04 (history exists, but a year ago it was sales').
  Client handed = won_client("handed", Origin::handover, Month(2026, 2),
                             series({{Month(2025, 4), Money()}, {Month(2026, 4), units(300000)}}));
  Portfolio p = portfolio(
      {client("acme", series({{Month(2025, 1), units(1000000)}, {Month(2026, 3), units(1100000)}})),
       handed});
  p.bonus->growth_pct = Ratio(1, 20);
  p.bonus->new_client = units(1000);
  const BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.revenue.total() == units(1400000)); // attainment counts the whole book
  CHECK(r.new_clients.empty());
  CHECK(r.new_client_bonus == Money());
  CHECK(r.growth_bonus == units(5000)); // 5 % × (1,100,000 − 1,000,000)
  REQUIRE(r.growth_left_out.size() == 1);
  CHECK(r.growth_left_out[0].status == GrowthStatus::handover);
  CHECK(r.growth_left_out[0].won == Month(2026, 2));
}

TEST_CASE("new, reactivated and referral clients count when won inside fiscal year Y") {
  Portfolio p = portfolio({
      won_client("before", Origin::new_client, Month(2025, 12)),
      won_client("first", Origin::new_client, Month(2026, 1)),
      won_client("last", Origin::reactivated, Month(2026, 12)),
      won_client("after", Origin::new_client, Month(2027, 1)),
      won_client("ref-before", Origin::referral, Month(2025, 12)),
      won_client("ref-first", Origin::referral, Month(2026, 1)),
      won_client("ref-last", Origin::referral, Month(2026, 12)),
      won_client("ref-after", Origin::referral, Month(2027, 1)),
      client("old", series({{Month(2026, 5), units(1000000)}})),
  });
  p.as_of = Month(2026, 12);
  p.bonus->new_client = units(1000);
  p.bonus->referral = units(500);
  // new: first + last = 2 × 1,000.00; referral: ref-first + ref-last = 2 × 500.00
  const BonusResult r = bonus(p, 2026, Basis::projected);
  REQUIRE(r.new_clients.size() == 2);
  CHECK(r.new_clients[0].id == "first");
  CHECK(r.new_clients[1].id == "last");
  CHECK(r.new_client_bonus == units(2000));
  REQUIRE(r.referrals.size() == 2);
  CHECK(r.referrals[0].id == "ref-first");
  CHECK(r.referrals[1].id == "ref-last");
  CHECK(r.referrals[1].referred_by == "Ivan Petrenko");
  CHECK(r.referral_bonus == units(1000));
  // 14,400 + 2,000 + 1,000
  CHECK(r.total == units(17400));
}

TEST_CASE("new_client_pct takes the client's revenue in Y on the same basis as A") {
  Portfolio p = portfolio({
      won_client("newco", Origin::new_client, Month(2026, 3),
                 series({{Month(2026, 4), units(10000)}}),
                 series({{Month(2026, 11), units(5000)}})),
      client("old", series({{Month(2026, 5), units(985000)}})),
  });
  p.bonus->new_client = units(1000);
  p.bonus->new_client_pct = Ratio(1, 40); // 2.5%
  // projected: 1,000 + 2.5% × (10,000 + 5,000) = 1,375.00
  BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.new_clients[0].revenue == units(15000));
  CHECK(r.new_client_bonus == units(1375));
  // actual only: 1,000 + 2.5% × 10,000 = 1,250.00
  r = bonus(p, 2026, Basis::actual_only);
  CHECK(r.new_clients[0].revenue == units(10000));
  CHECK(r.new_client_bonus == units(1250));
}

TEST_CASE("actuals only: a win dated after as_of has not happened yet") {
  Portfolio p = portfolio({won_client("soon", Origin::new_client, Month(2026, 11)),
                           won_client("ref", Origin::referral, Month(2026, 12))});
  p.bonus->new_client = units(1000);
  p.bonus->referral = units(500);
  CHECK(bonus(p, 2026, Basis::projected).new_client_bonus == units(1000));
  CHECK(bonus(p, 2026, Basis::projected).referral_bonus == units(500));
  CHECK(bonus(p, 2026, Basis::actual_only).new_clients.empty());
  CHECK(bonus(p, 2026, Basis::actual_only).referral_bonus == Money());
}

TEST_CASE("fiscal year starting in April: FY2027 is 2026-04 .. 2027-03") {
  Portfolio p = portfolio({
      client("acme", series({{Month(2025, 3), units(50)}, // FY2025
                             {Month(2025, 4), units(300000)},
                             {Month(2026, 3), units(100000)}, // last month of FY2026
                             {Month(2026, 4), units(800000)}, // first month of FY2027
                             {Month(2026, 10), units(200000)}})),
      won_client("mar26", Origin::new_client, Month(2026, 3)),
      won_client("apr26", Origin::new_client, Month(2026, 4)),
      won_client("mar27", Origin::new_client, Month(2027, 3)),
      won_client("apr27", Origin::new_client, Month(2027, 4)),
  });
  p.settings.fiscal_year_start = 4;
  p.revenue_targets = {{2027, units(1000000)}};
  p.bonus->growth_pct = Ratio(1, 10);
  p.bonus->new_client = units(100);
  CHECK(default_bonus_year(p) == 2027);
  const BonusResult r = bonus(p, 2027, Basis::projected);
  CHECK(r.months == MonthRange{Month(2026, 4), Month(2027, 3)});
  CHECK(r.revenue.total() == units(1000000)); // 800,000 + 200,000
  CHECK(r.prev_revenue == units(400000));     // 300,000 + 100,000 (not the 50 of FY2025)
  CHECK(r.target_bonus == units(14400));      // a = 1
  CHECK(r.growth_bonus == units(60000));      // 10% × 600,000
  REQUIRE(r.new_clients.size() == 2);         // apr26 and mar27 (planned)
  CHECK(r.new_clients[0].id == "apr26");
  CHECK(r.new_clients[1].id == "mar27");
}

TEST_CASE("A: actuals up to as_of plus forecast after it; basis says which") {
  Portfolio p = portfolio({
      client("acme", series({{Month(2026, 10), units(600000)}, {Month(2025, 12), units(7)}}),
             // the 2026-10 forecast is superseded by the actual; 2027-01 is outside Y
             series({{Month(2026, 10), units(1)},
                     {Month(2026, 11), units(100000)},
                     {Month(2026, 12), units(100000)},
                     {Month(2027, 1), units(9)}})),
      client("beta", series({}), series({{Month(2026, 12), units(200000)}})),
  });
  BonusResult r = bonus(p, 2026, Basis::projected);
  CHECK(r.revenue.actual == units(600000));
  CHECK(r.revenue.forecast == units(400000));
  CHECK(r.revenue.forecast_entries == 3);
  CHECK(r.revenue.forecast_months == 2);
  CHECK(r.revenue.basis == RevenueBasis::projected);
  CHECK(r.attainment == Ratio(1, 1));

  r = bonus(p, 2026, Basis::actual_only);
  CHECK(r.revenue.total() == units(600000));
  CHECK(r.revenue.forecast_entries == 0);
  CHECK(r.revenue.basis == RevenueBasis::actual);
  CHECK(r.attainment == Ratio(3, 5));

  // a projection that finds no forecast entry is an actual
  p.clients[0].forecast = {};
  p.clients[1].forecast = {};
  r = bonus(p, 2026, Basis::projected);
  CHECK(r.revenue.basis == RevenueBasis::actual);

  // a past fiscal year is all actuals even when projecting
  p.revenue_targets[2025] = units(100);
  r = bonus(p, 2025, Basis::projected);
  CHECK(r.revenue.total() == units(7));
  CHECK(r.revenue.basis == RevenueBasis::actual);
}

TEST_CASE("no plan, no salary, no target: input errors naming file and year") {
  Portfolio p = with_revenue(units(1));
  p.bonus.reset();
  p.salary.reset();
  p.revenue_targets.clear();
  try {
    bonus(p, 2026, Basis::projected);
    FAIL("expected BonusInputError");
  } catch (const BonusInputError& e) {
    CHECK(e.file() == "olena.yaml");
    CHECK(e.year() == 2026);
    REQUIRE(e.problems().size() == 2); // without a plan there is no target_pct to need T
    CHECK(e.problems()[0].find("no bonus plan") == 0);
    CHECK(e.problems()[1].find("no salary") == 0);
  }

  p = with_revenue(units(1));
  CHECK_THROWS_WITH_AS(bonus(p, 2027, Basis::projected),
                       "no revenue target for fiscal year 2027 (targets.revenue) while the "
                       "bonus plan pays target_pct 30%",
                       BonusInputError);
  p.revenue_targets[2026] = Money();
  CHECK_THROWS_AS(bonus(p, 2026, Basis::projected), BonusInputError);

  // target_pct 0 needs no target
  p.bonus->target_pct = Ratio();
  CHECK_NOTHROW(bonus(p, 2027, Basis::projected));
}

TEST_CASE("bonus table: the SPEC's columns, cap as an amount, undefined cells empty") {
  Portfolio p = with_revenue(units(1050000));
  p.bonus->cap_pct = Ratio(9, 20);
  const Table t = bonus_table({bonus(p, 2026, Basis::projected)});
  std::string names;
  for (const Column& c : t.columns())
    names += (names.empty() ? "" : ",") + c.name;
  CHECK(names == "manager,year,basis,revenue,target,attainment,target_bonus,growth_bonus,"
                 "new_client_bonus,referral_bonus,multiplier,cap,total,total_pct_salary");
  CHECK(t.columns()[10].kind == CellKind::factor);
  REQUIRE(t.rows().size() == 1);
  const auto& cells = t.rows()[0].cells;
  CHECK(std::get<std::string>(cells[2]) == "actual");
  CHECK(std::get<Ratio>(cells[5]) == Ratio(21, 20));
  CHECK(std::get<Money>(cells[11]) == units(21600));
  // accelerator 1 by default: f = 1 + 0.05 × 1 = 1.05; 48,000 × 30% × 1.05 = 15,120.00
  CHECK(std::get<Money>(cells[12]) == units(15120));
  CHECK(std::get<Ratio>(cells[13]) == Ratio(63, 200)); // 15,120 / 48,000 = 0.315

  p.bonus->cap_pct.reset();
  p.revenue_targets.clear();
  p.bonus->target_pct = Ratio();
  const Table u = bonus_table({bonus(p, 2026, Basis::projected)});
  CHECK(std::holds_alternative<std::monostate>(u.rows()[0].cells[4]));
  CHECK(std::holds_alternative<std::monostate>(u.rows()[0].cells[5]));
  CHECK(std::holds_alternative<std::monostate>(u.rows()[0].cells[11]));
}

TEST_CASE("PLAN_RANGE: target_pct outside 20–40 % (inclusive) is an info finding at the plan") {
  Portfolio p = with_revenue(units(1));
  p.bonus->target_pct = Ratio(1, 5); // 20%: inside
  CHECK(!plan_range_finding(p));
  p.bonus->target_pct = Ratio(2, 5); // 40%: inside
  CHECK(!plan_range_finding(p));
  p.bonus->target_pct = Ratio(401, 1000); // 40.1%
  p.bonus->file = "acctmgr.yaml";         // a company plan from the settings file
  auto f = plan_range_finding(p);
  REQUIRE(f);
  CHECK(f->file == "acctmgr.yaml");
  CHECK(f->line == 12);
  CHECK(f->client.empty());
  CHECK(f->code == Code::plan_range);
  CHECK(f->severity == Severity::info);
  CHECK(f->message == "bonus plan target_pct 40.1% is outside the usual 20–40% of salary");
  p.bonus->target_pct = Ratio(199, 1000); // 19.9%
  CHECK(plan_range_finding(p));
  p.bonus.reset();
  CHECK(!plan_range_finding(p));
}
