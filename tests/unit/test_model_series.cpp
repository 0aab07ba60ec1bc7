#include "model/series.hpp"

#include <doctest/doctest.h>
#include <limits>

using namespace acctmgr;

namespace {

Month series_month(const char* text) {
  return Month::parse(text).value();
}

MonthSeries::Entry series_entry(const char* month, std::int64_t cents) {
  return {series_month(month), Money::from_cents(cents)};
}

std::vector<std::pair<Month, Money>> visited(const MonthSeries& s, const char* first,
                                             const char* last) {
  std::vector<std::pair<Month, Money>> out;
  s.for_each_in({series_month(first), series_month(last)},
                [&](Month m, Money v) { out.emplace_back(m, v); });
  return out;
}

} // namespace

TEST_CASE("series: months close together, a gap and an explicit 0") {
  // Given out of order; 2026-02 has no entry, 2026-04 an explicit 0.
  const MonthSeries s(
      {series_entry("2026-03", 3000), series_entry("2026-01", 1000), series_entry("2026-04", 0)});
  CHECK(s.get(series_month("2026-01")) == Money::from_cents(1000));
  CHECK_FALSE(s.get(series_month("2026-02")).has_value());
  CHECK(s.get(series_month("2026-04")) == Money());
  CHECK_FALSE(s.has(series_month("2025-12")));
  CHECK_FALSE(s.has(series_month("2026-05")));
  CHECK(s.sum({series_month("2025-06"), series_month("2026-02")}) == Money::from_cents(1000));
  CHECK(s.sum({series_month("2026-01"), series_month("2026-12")}) == Money::from_cents(4000));
  CHECK(s.any_in({series_month("2026-04"), series_month("2026-09")})); // the 0 is an entry
  CHECK_FALSE(s.any_in({series_month("2026-02"), series_month("2026-02")}));
  CHECK_FALSE(s.any_in({series_month("2026-05"), series_month("2027-01")}));
  CHECK(s.entries() == std::vector{series_entry("2026-01", 1000), series_entry("2026-03", 3000),
                                   series_entry("2026-04", 0)});
  CHECK(visited(s, "2026-02", "2026-03") == std::vector{series_entry("2026-03", 3000)});
}

TEST_CASE("series: entries decades apart stay small and answer the same") {
  const MonthSeries s({series_entry("2090-12", 200), series_entry("2020-01", 100),
                       series_entry("2050-06", 0), series_entry("2050-07", -50)});
  CHECK(s.get(series_month("2020-01")) == Money::from_cents(100));
  CHECK(s.get(series_month("2050-06")) == Money());
  CHECK(s.get(series_month("2090-12")) == Money::from_cents(200));
  CHECK_FALSE(s.has(series_month("2050-05")));
  CHECK_FALSE(s.has(series_month("2091-01")));
  CHECK(s.sum({series_month("2000-01"), series_month("2099-12")}) == Money::from_cents(250));
  CHECK(s.sum({series_month("2020-02"), series_month("2050-06")}) == Money());
  CHECK(s.any_in({series_month("2021-01"), series_month("2050-06")}));
  CHECK_FALSE(s.any_in({series_month("2021-01"), series_month("2050-05")}));
  CHECK(visited(s, "2050-01", "2090-11") ==
        std::vector{series_entry("2050-06", 0), series_entry("2050-07", -50)});
  CHECK(s.entries() == std::vector{series_entry("2020-01", 100), series_entry("2050-06", 0),
                                   series_entry("2050-07", -50), series_entry("2090-12", 200)});
}

TEST_CASE("series: any amount is kept, even the dense form's marker") {
  const std::int64_t lowest = std::numeric_limits<std::int64_t>::min();
  const MonthSeries s({series_entry("2026-01", lowest), series_entry("2026-02", 5)});
  CHECK(s.get(series_month("2026-01")) == Money::from_cents(lowest));
  CHECK(s.entries() == std::vector{series_entry("2026-01", lowest), series_entry("2026-02", 5)});
}

TEST_CASE("series: empty") {
  const MonthSeries s;
  CHECK(s.empty());
  CHECK(s.entries().empty());
  CHECK(s.sum({series_month("2026-01"), series_month("2026-12")}) == Money());
  CHECK_FALSE(s.has(series_month("2026-01")));
}
