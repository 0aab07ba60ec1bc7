#include "model/period.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

TEST_CASE("months and dates parse strictly") {
  CHECK(Month::parse("2026-10") == Month(2026, 10));
  CHECK(!Month::parse("2026-13"));
  CHECK(!Month::parse("2026-00"));
  CHECK(!Month::parse("2026-1"));
  CHECK(!Month::parse("26-10"));
  CHECK(Date::parse("2024-02-29").has_value());
  CHECK(!Date::parse("2026-02-29"));
  CHECK(!Date::parse("1900-02-29"));
  CHECK(Date::parse("2000-02-29").has_value());
  CHECK(!Date::parse("2026-04-31"));
  CHECK(to_string(Month(2026, 1) - 1) == "2025-12");
  CHECK(Month(2026, 3) - Month(2025, 3) == 12);
}

TEST_CASE("fiscal year N ends in calendar year N") {
  const FiscalCalendar calendar_year{1};
  CHECK(calendar_year.year_of(Month(2026, 1)) == 2026);
  CHECK(calendar_year.year_of(Month(2026, 12)) == 2026);
  const FiscalCalendar april{4};
  CHECK(april.year_of(Month(2026, 3)) == 2026);
  CHECK(april.year_of(Month(2026, 4)) == 2027);
  CHECK(april.first_month(2027) == Month(2026, 4));
  CHECK(april.last_month(2027) == Month(2027, 3));
  const FiscalCalendar december{12};
  CHECK(december.year_of(Month(2025, 12)) == 2026);
  CHECK(december.first_month(2026) == Month(2025, 12));
}

TEST_CASE("period specs parse") {
  CHECK(PeriodSpec::parse("ytd")->kind == PeriodSpec::Kind::ytd);
  CHECK(PeriodSpec::parse("ttm")->kind == PeriodSpec::Kind::ttm);
  CHECK(PeriodSpec::parse("2025")->year == 2025);
  CHECK(PeriodSpec::parse("2026-Q3")->quarter == 3);
  CHECK(PeriodSpec::parse("2026-10")->month == Month(2026, 10));
  CHECK(!PeriodSpec::parse("2026-Q5"));
  CHECK(!PeriodSpec::parse("Q3"));
  CHECK(!PeriodSpec::parse("202"));
  CHECK(!PeriodSpec::parse("last"));
}

TEST_CASE("periods resolve against the fiscal calendar and clip at as_of") {
  const Month as_of(2026, 10);
  const FiscalCalendar jan{1}, apr{4};
  auto months = [&](const char* spec, const FiscalCalendar& c) {
    return resolve(*PeriodSpec::parse(spec), c, as_of);
  };
  CHECK(months("ytd", jan)->months == MonthRange{Month(2026, 1), Month(2026, 10)});
  CHECK(months("ytd", jan)->comparison == MonthRange{Month(2025, 1), Month(2025, 10)});
  CHECK(months("ytd", apr)->months == MonthRange{Month(2026, 4), Month(2026, 10)});
  CHECK(months("ttm", jan)->months == MonthRange{Month(2025, 11), Month(2026, 10)});
  CHECK(months("2025", jan)->months == MonthRange{Month(2025, 1), Month(2025, 12)});
  CHECK(months("2026", apr)->months == MonthRange{Month(2025, 4), Month(2026, 3)});
  // FY2027 (Apr 2026 .. Mar 2027) clipped at as_of.
  CHECK(months("2027", apr)->months == MonthRange{Month(2026, 4), Month(2026, 10)});
  CHECK(months("2026-Q3", jan)->months == MonthRange{Month(2026, 7), Month(2026, 9)});
  CHECK(months("2026-Q4", jan)->months == MonthRange{Month(2026, 10), Month(2026, 10)});
  CHECK(months("2027-Q2", apr)->months == MonthRange{Month(2026, 7), Month(2026, 9)});
  CHECK(months("2026-10", jan)->end() == Month(2026, 10));
  CHECK(!months("2026-11", jan));
  CHECK(!months("2027", jan));
  // Q3 of FY2027 is Oct..Dec 2026: it starts at as_of, so it is clipped, not refused.
  CHECK(months("2027-Q3", apr)->months == MonthRange{Month(2026, 10), Month(2026, 10)});
  CHECK(!months("2027-Q4", apr));
}

TEST_CASE("periods are read in any case and printed in one canonical spelling") {
  auto canonical = [](const char* text) { return to_string(*PeriodSpec::parse(text)); };
  CHECK(canonical("YTD") == "ytd");
  CHECK(canonical("Ttm") == "ttm");
  CHECK(canonical("2026-q3") == "2026-Q3");
  CHECK(canonical("2026-Q3") == "2026-Q3");
  CHECK(canonical("2025") == "2025");
  CHECK(canonical("2026-10") == "2026-10");
  CHECK(canonical("2026-01..2026-06") == "2026-01..2026-06");
  // A range of one month is that month.
  CHECK(canonical("2026-10..2026-10") == "2026-10");
  CHECK(PeriodSpec::parse("2026-10..2026-10")->kind == PeriodSpec::Kind::month);
  CHECK(!PeriodSpec::parse("2026-q5"));
  CHECK(!PeriodSpec::parse("YTD "));
}

TEST_CASE("month ranges: first to last, written in order") {
  const auto spec = PeriodSpec::parse("2026-01..2026-06");
  REQUIRE(spec);
  CHECK(spec->kind == PeriodSpec::Kind::range);
  CHECK(spec->months == MonthRange{Month(2026, 1), Month(2026, 6)});
  // Across a year end.
  CHECK(PeriodSpec::parse("2025-11..2026-02")->months ==
        MonthRange{Month(2025, 11), Month(2026, 2)});
  // Last month first: not a period, but the caller learns which range was meant.
  CHECK(!PeriodSpec::parse("2026-06..2026-01"));
  CHECK(reversed_range("2026-06..2026-01") == MonthRange{Month(2026, 1), Month(2026, 6)});
  CHECK(!reversed_range("2026-01..2026-06"));
  CHECK(!reversed_range("ytd"));
  // Both ends must be months.
  CHECK(!PeriodSpec::parse("2026-01..2026-13"));
  CHECK(!PeriodSpec::parse("2026-01.."));
  CHECK(!PeriodSpec::parse("..2026-06"));
  CHECK(!PeriodSpec::parse("2026-01...2026-06"));
  CHECK(!PeriodSpec::parse("2026-01..2026-06..2026-09"));
  CHECK(!PeriodSpec::parse("2026-Q1..2026-Q2"));
  CHECK(!PeriodSpec::parse("2025..2026"));
}

TEST_CASE("a month range resolves to its months, clipped at as_of, compared a year earlier") {
  const FiscalCalendar jan{1}, apr{4};
  auto resolved = [](const char* text, const FiscalCalendar& c, Month as_of) {
    return resolve(*PeriodSpec::parse(text), c, as_of);
  };
  // Jan..Jun 2026 with as_of 2026-10: six months, compared with Jan..Jun 2025; E = 2026-06.
  const auto h1 = resolved("2026-01..2026-06", jan, Month(2026, 10));
  REQUIRE(h1);
  CHECK(h1->months == MonthRange{Month(2026, 1), Month(2026, 6)});
  CHECK(h1->comparison == MonthRange{Month(2025, 1), Month(2025, 6)});
  CHECK(h1->end() == Month(2026, 6));
  CHECK(h1->months.size() == 6);
  // Calendar months whatever the fiscal year: the range does not move with April starts.
  CHECK(resolved("2026-01..2026-06", apr, Month(2026, 10))->months ==
        MonthRange{Month(2026, 1), Month(2026, 6)});
  // Nov 2025 .. Feb 2026 crosses a year end; compared with Nov 2024 .. Feb 2025.
  const auto winter = resolved("2025-11..2026-02", jan, Month(2026, 10));
  CHECK(winter->comparison == MonthRange{Month(2024, 11), Month(2025, 2)});
  // Months after as_of are dropped: Sep..Dec 2026 at as_of 2026-10 is Sep..Oct, compared with
  // Sep..Oct 2025.
  const auto clipped = resolved("2026-09..2026-12", jan, Month(2026, 10));
  CHECK(clipped->months == MonthRange{Month(2026, 9), Month(2026, 10)});
  CHECK(clipped->comparison == MonthRange{Month(2025, 9), Month(2025, 10)});
  // Starting at as_of: one month. Starting after it: wholly after, refused by the caller.
  CHECK(resolved("2026-10..2027-03", jan, Month(2026, 10))->months ==
        MonthRange{Month(2026, 10), Month(2026, 10)});
  CHECK(!resolved("2026-11..2027-03", jan, Month(2026, 10)));
}
