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
  CHECK(april.months(2027) == MonthRange{Month(2026, 4), Month(2027, 3)});
  CHECK(april.quarter(2027, 3) == MonthRange{Month(2026, 10), Month(2026, 12)});
  const FiscalCalendar december{12};
  CHECK(december.year_of(Month(2025, 12)) == 2026);
  CHECK(december.months(2026).first == Month(2025, 12));
}

TEST_CASE("month arithmetic is exact from 0001-01 to 9999-12 and never leaves them") {
  const Month first = Month::min(), last = Month::max();
  CHECK(to_string(first) == "0001-01");
  CHECK(to_string(last) == "9999-12");
  CHECK(Month() == first);
  CHECK(Month::parse("0001-01") == first);
  CHECK(Month::parse("9999-12") == last);
  CHECK(!Month::parse("0000-12"));
  CHECK(!Date::parse("0000-12-31"));
  CHECK(Date::parse("0001-01-01").has_value());
  // Exact inside, saturating at both ends: no year 0000, no month 10000-01.
  CHECK(to_string(Month(1, 12) - 11) == "0001-01");
  CHECK(to_string(first - 1) == "0001-01");
  CHECK(to_string(first - 119) == "0001-01");
  CHECK(to_string(Month(9999, 1) + 11) == "9999-12");
  CHECK(to_string(last + 1) == "9999-12");
  CHECK(to_string(last + 2'000'000'000) == "9999-12");
  CHECK(to_string(first - 2'000'000'000) == "0001-01");
  CHECK(last - first == 9999 * 12 - 1);
  CHECK(to_string(Month(0, 5)) == "0001-01"); // clamped, never printed as 0000-05
  CHECK(to_string(Month(10000, 1)) == "9999-12");
}

TEST_CASE("windows that would reach before 0001-01 or after 9999-12 are clipped there") {
  // The 120-month contact window ending 0001-01 is that one month (it printed 0000--10).
  CHECK(window_ending(Month(1, 1), 120) == MonthRange{Month(1, 1), Month(1, 1)});
  CHECK(window_ending(Month(1, 12), 12) == MonthRange{Month(1, 1), Month(1, 12)});
  CHECK(window_ending(Month(1, 6), 12) == MonthRange{Month(1, 1), Month(1, 6)});
  CHECK(window_ending(Month(1, 6), 12).size() == 6);
  CHECK(window_ending(Month(2, 1), 12) == MonthRange{Month(1, 2), Month(2, 1)});
  // A year earlier: 0001-01..0001-12 has no months before it; 0001-07..0002-06 has six.
  const MonthRange year1{Month(1, 1), Month(1, 12)};
  CHECK(year1.shifted(-12).empty());
  CHECK(year1.shifted(-12).size() == 0);
  CHECK(to_string(year1.shifted(-12)) == "none");
  CHECK(MonthRange{Month(1, 7), Month(2, 6)}.shifted(-12) == MonthRange{Month(1, 1), Month(1, 6)});
  CHECK(year1.shifted(-12).shifted(12).empty()); // an empty range stays empty
  // At the top: the months after 9999-12 are none; a year after 9999-07..9999-12 is none.
  CHECK(months_after(Month(9999, 12), 3).empty());
  CHECK(months_after(Month(9999, 11), 3) == MonthRange{Month(9999, 12), Month(9999, 12)});
  CHECK(MonthRange{Month(9999, 7), Month(9999, 12)}.shifted(12).empty());
  CHECK(MonthRange{Month(9998, 7), Month(9999, 6)}.shifted(12) ==
        MonthRange{Month(9999, 7), Month(9999, 12)});
  // Walking a range ends, also at 9999-12 (where m + 1 saturates).
  int n = 0;
  for (Month m : MonthRange{Month(9999, 10), Month(9999, 12)}) {
    CHECK(m.year() == 9999);
    ++n;
  }
  CHECK(n == 3);
  for (Month m : MonthRange::none())
    CHECK(to_string(m).empty()); // never reached
}

TEST_CASE("fiscal years at the ends of the calendar are clipped to the months that exist") {
  const FiscalCalendar jan{1}, apr{4};
  // Fiscal year 1 starting in April would begin in 0000-04: it is 0001-01..0001-03.
  CHECK(apr.year_of(Month(1, 1)) == 1);
  CHECK(apr.months(1) == MonthRange{Month(1, 1), Month(1, 3)});
  CHECK(apr.months(0).empty());
  CHECK(jan.months(0).empty());
  CHECK(apr.quarter(1, 1).empty()); // 0000-04..0000-06
  CHECK(apr.quarter(1, 4) == MonthRange{Month(1, 1), Month(1, 3)});
  // Months from 9999-04 belong to fiscal year 10000, which ends at 9999-12.
  CHECK(apr.year_of(Month(9999, 4)) == 10000);
  CHECK(apr.months(10000) == MonthRange{Month(9999, 4), Month(9999, 12)});
  CHECK(jan.months(9999) == MonthRange{Month(9999, 1), Month(9999, 12)});

  auto resolved = [](const char* text, const FiscalCalendar& c, Month as_of) {
    return resolve(*PeriodSpec::parse(text), c, as_of);
  };
  // ytd, ttm and a fiscal year at 0001-03: from 0001-01, with an empty comparison.
  for (const char* spec : {"ytd", "ttm", "0001"}) {
    CAPTURE(spec);
    const auto p = resolved(spec, apr, Month(1, 3));
    REQUIRE(p);
    CHECK(p->months == MonthRange{Month(1, 1), Month(1, 3)});
    CHECK(p->comparison.empty());
  }
  // ttm at 0001-12 and at 0002-06: the comparison is what exists of the year before.
  CHECK(resolved("ttm", jan, Month(1, 12))->comparison.empty());
  const auto p = resolved("ttm", jan, Month(2, 6));
  CHECK(p->months == MonthRange{Month(1, 7), Month(2, 6)});
  CHECK(p->comparison == MonthRange{Month(1, 1), Month(1, 6)});
  // A quarter wholly before 0001-01 is no period; the caller tells it from one after as_of.
  CHECK(!resolved("0001-Q1", apr, Month(1, 3)));
  CHECK(requested_months(*PeriodSpec::parse("0001-Q1"), apr, Month(1, 3)).empty());
  CHECK(!requested_months(*PeriodSpec::parse("0001-Q4"), apr, Month(1, 3)).empty());
  // At 9999-12 with April years: ytd is 9999-04..9999-12 (fiscal year 10000).
  CHECK(resolved("ytd", apr, Month(9999, 12))->months ==
        MonthRange{Month(9999, 4), Month(9999, 12)});
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
  CHECK(canonical("0001-q1") == "0001-Q1");
  CHECK(canonical("0001") == "0001");
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
