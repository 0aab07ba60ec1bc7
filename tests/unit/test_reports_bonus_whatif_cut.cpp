// What-ifs that cut (a client lowers its budget), what-ifs qualified by portfolio file, and
// bonus input errors located for FILE:LINE:COL messages.
#include "bonus_fixture.hpp"
#include "read/schema_reader.hpp"
#include "reports/bonus_whatif.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// acme: 900,000 actuals in FY2026 and a forecast of 100.00 + 50.00 for 2026-11 and 2026-12;
// globex: revenue in FY2025 only, and no forecast.
Portfolio with_forecast(std::string file = "team/olena-kovalenko.yaml") {
  Portfolio p =
      portfolio({client("acme", series({{Month(2026, 6), units(900000)}}),
                        series({{Month(2026, 11), units(100)}, {Month(2026, 12), units(50)}})),
                 client("globex", series({{Month(2025, 6), units(1)}}))});
  p.file = std::move(file);
  return p;
}

std::string refusal(const std::vector<WhatIf>& what_ifs, std::span<const Portfolio> portfolios) {
  try {
    check_what_if_clients(what_ifs, portfolios, closest); // io's, as the CLI passes it
  } catch (const WhatIfError& e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("a negative what-if is spread like a positive one, each share negative") {
  Portfolio p = with_forecast();
  p.as_of = Month(2026, 9); // 2026-10, -11, -12 remain
  const auto spread = what_if_spread(p, 2026, cents(-10001));
  REQUIRE(spread.size() == 3);
  CHECK(spread[0].second == cents(-3334)); // the leftover cents go to the earliest months
  CHECK(spread[1].second == cents(-3334));
  CHECK(spread[2].second == cents(-3333));
  // The mirror image of the same amount added.
  const auto added = what_if_spread(p, 2026, cents(10001));
  for (std::size_t i = 0; i < spread.size(); ++i)
    CHECK(spread[i].second == Money() - added[i].second);
}

TEST_CASE("a cut lowers the forecast, down to 0 and no further") {
  const Portfolio p = with_forecast();
  const Portfolio q = with_what_if(p, "acme", units(-150));
  CHECK(q.clients[0].forecast.get(Month(2026, 11)) == units(25));  // 100 − 75
  CHECK(q.clients[0].forecast.get(Month(2026, 12)) == units(-25)); // 50 − 75: the year is 0
  CHECK_THROWS_WITH_AS(with_what_if(p, "acme", cents(-15001)),
                       "--what-if acme=-150.01 would make the forecast of acme (Olena Kovalenko) "
                       "for 2026-11..2026-12, the rest of fiscal year 2026, negative: it is "
                       "150.00, so a cut can be at most -150.00",
                       WhatIfError);
  // A client without forecast has nothing to cut.
  CHECK_THROWS_AS(with_what_if(p, "globex", cents(-1)), WhatIfError);
  // Several cuts on one client add up.
  const BonusComparison c =
      compare_what_if(p, 2026, Basis::projected, {{"acme", units(-100)}, {"acme", units(-50)}});
  CHECK(c.what_if.revenue.total() == c.current.revenue.total() - units(150));
  CHECK_THROWS_AS(
      compare_what_if(p, 2026, Basis::projected, {{"acme", units(-100)}, {"acme", cents(-5001)}}),
      WhatIfError);
}

TEST_CASE("a negative what-if lowers the payout by what the plan says") {
  const BonusComparison c =
      compare_what_if(with_forecast(), 2026, Basis::projected, {{"acme", units(-150)}});
  // A = 900,150 -> 900,000 on T 1,000,000: target 48,000 × 30% × a
  CHECK(c.current.target_bonus == cents(1296216)); // 14,400 × 0.90015 = 12,962.16
  CHECK(c.what_if.target_bonus == units(12960));   // 14,400 × 0.9
}

TEST_CASE("a portfolio is named by its file name without extension, or its path") {
  CHECK(names_portfolio("olena-kovalenko", "team/olena-kovalenko.yaml"));
  CHECK(names_portfolio("team/olena-kovalenko", "team/olena-kovalenko.yaml"));
  CHECK(names_portfolio("team/olena-kovalenko.yaml", "team/olena-kovalenko.yaml"));
  CHECK(names_portfolio("olena", "olena"));
  CHECK(names_portfolio("olena.v2", "team.d/olena.v2.yml"));
  CHECK(!names_portfolio("olena", "team/olena-kovalenko.yaml"));
  CHECK(!names_portfolio("team", "team/olena-kovalenko.yaml"));
  CHECK(what_if_target({"acme", units(1)}) == "acme");
  CHECK(what_if_target({"acme", units(1), "olena"}) == "olena:acme");
}

TEST_CASE("an id in several portfolios must be qualified; the qualifier picks one") {
  const std::vector<Portfolio> team{with_forecast("team/olena-kovalenko.yaml"),
                                    with_forecast("team/taras-bondar.yaml")};
  CHECK(refusal({{"acme", units(1000)}}, team) ==
        "--what-if acme: client 'acme' is in 2 portfolios; name one as FILE:CLIENT, the file "
        "name without extension: olena-kovalenko:acme=+1000.00 or taras-bondar:acme=+1000.00");
  CHECK(refusal({{"acme", units(1000), "taras-bondar"}}, team).empty());
  const std::vector<WhatIf> qualified{{"acme", units(1000), "taras-bondar"}};
  CHECK(what_ifs_for(team[0], qualified).empty());
  CHECK(what_ifs_for(team[1], qualified).size() == 1);
  // Two files of the same name in different directories: the path tells them apart.
  const std::vector<Portfolio> twins{with_forecast("a/olena.yaml"), with_forecast("b/olena.yaml")};
  CHECK(refusal({{"acme", units(-5), "olena"}}, twins)
            .ends_with("a/olena:acme=-5.00 or b/olena:acme=-5.00"));
  CHECK(refusal({{"acme", units(-5), "b/olena"}}, twins).empty());
}

TEST_CASE("unknown clients and files are refused with a did-you-mean") {
  const std::vector<Portfolio> team{with_forecast("team/olena.yaml")};
  CHECK(refusal({{"acne", units(1)}}, team) ==
        "--what-if names unknown client 'acne' (did you mean 'acme'?); known clients: acme, "
        "globex");
  CHECK(refusal({{"zzz", units(1)}}, team) ==
        "--what-if names unknown client 'zzz'; known clients: acme, globex");
  CHECK(refusal({{"acme", units(1), "olna"}}, team) ==
        "--what-if olna:acme: no portfolio file named 'olna' (did you mean 'olena'?); files: "
        "olena");
  CHECK(refusal({{"acne", units(1), "olena"}}, team) ==
        "--what-if names unknown client 'acne' in olena (did you mean 'acme'?); known clients "
        "in olena: acme, globex");
  // Without a suggester (core on its own) the message has no hint.
  CHECK_THROWS_WITH_AS(check_what_if_clients({{"acne", units(1)}}, team),
                       "--what-if names unknown client 'acne'; known clients: acme, globex",
                       WhatIfError);
}

TEST_CASE("bonus input errors point at manager:, or at targets: for a target") {
  Portfolio p = with_revenue(units(1));
  p.manager_pos = {2, 1};
  p.salary.reset();
  try {
    bonus(p, 2027, Basis::projected);
    FAIL("expected BonusInputError");
  } catch (const BonusInputError& e) {
    REQUIRE(e.located().size() == 2);
    CHECK(e.located()[0].message.starts_with("no salary"));
    CHECK(e.located()[0].pos.line == 2);
    CHECK(e.located()[0].key.empty()); // a missing key has no line of its own
    CHECK(e.located()[1].message.starts_with("no revenue target for fiscal year 2027"));
    CHECK(e.located()[1].pos.line == 2);
    CHECK(e.located()[1].key == "targets"); // the CLI points there when the file has it
    CHECK(e.problems() == std::vector<std::string>{e.located()[0].message, e.located()[1].message});
  }
  CHECK(bonus_problems(p, 2027).size() == 2);
}
