// Date formats of import profiles (SPEC section 10, v3): which formats are accepted, and dates
// read with them, by hand.
#include "read/date_format.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace acctmgr;

namespace date_format_test {

/// The date as YYYY-MM-DD, or the error.
std::string read(std::string_view text, std::string_view format) {
  const Parsed<Date> d = parse_date_as(text, format);
  return d ? to_string(*d.value) : d.error;
}

std::string problem(std::string_view format) {
  return date_format_problem(format).value_or("ok");
}

} // namespace date_format_test

using date_format_test::problem;
using date_format_test::read;

TEST_CASE("date format: %Y, %m and %d once each, with literal characters") {
  CHECK(problem("%d.%m.%Y") == "ok");
  CHECK(problem("%m/%d/%Y") == "ok");
  CHECK(problem("%Y-%m-%d") == "ok");
  CHECK(problem("%Y%m%d") == "ok");
  CHECK(problem("%d %m %Y г.") == "ok"); // literal text, Cyrillic too
  CHECK(problem("%d.%m.%y") ==
        "date_format \"%d.%m.%y\" has %y: two-digit years are ambiguous, write %Y (four digits)");
  CHECK(problem("%d.%m") == "date_format \"%d.%m\" has no %Y: it needs %Y, %m and %d, once each");
  CHECK(problem("%Y-%m") == "date_format \"%Y-%m\" has no %d: it needs %Y, %m and %d, once each");
  CHECK(problem("%d.%d.%Y") == "date_format \"%d.%d.%Y\" has %d twice");
  CHECK(problem("%d.%m.%Y %H:%M") == "date_format \"%d.%m.%Y %H:%M\" has '%H': it knows %Y, %m "
                                     "and %d");
  CHECK(problem("%d.%m.%Y%") == "date_format \"%d.%m.%Y%\" has '%': it knows %Y, %m and %d");
  CHECK(problem("%d.%m.20%Y") ==
        "date_format \"%d.%m.20%Y\" has a digit: only %Y, %m and %d stand for digits");
  CHECK(problem("") == "date_format \"\" has no %Y: it needs %Y, %m and %d, once each");
}

TEST_CASE("date format: shapes for messages") {
  CHECK(date_format_shape("%d.%m.%Y") == "DD.MM.YYYY");
  CHECK(date_format_shape("%m/%d/%Y") == "MM/DD/YYYY");
  CHECK(date_format_shape("%Y%m%d") == "YYYYMMDD");
}

TEST_CASE("date format: dates read with a format") {
  CHECK(read("05.11.2026", "%d.%m.%Y") == "2026-11-05");
  CHECK(read("5.11.2026", "%d.%m.%Y") == "2026-11-05");  // one digit, as strptime reads it
  CHECK(read("11/05/2026", "%m/%d/%Y") == "2026-11-05"); // US: month first
  CHECK(read("1/5/2026", "%m/%d/%Y") == "2026-01-05");
  CHECK(read("05/11/2026", "%d/%m/%Y") == "2026-11-05"); // Xero in the UK: day first
  CHECK(read("2026-11-05", "%Y-%m-%d") == "2026-11-05");
  CHECK(read("20261105", "%Y%m%d") == "2026-11-05");     // packed: two digits each
  CHECK(read("29.02.2028", "%d.%m.%Y") == "2028-02-29"); // a leap year
  CHECK(read("0001-01-01", "%Y-%m-%d") == "0001-01-01");
}

TEST_CASE("date format: dates that do not fit or do not exist") {
  CHECK(read("2026-11-05", "%d.%m.%Y") ==
        "expected a date DD.MM.YYYY (date_format \"%d.%m.%Y\"), not '2026-11-05'");
  CHECK(read("05.11.26", "%d.%m.%Y") ==
        "expected a date DD.MM.YYYY (date_format \"%d.%m.%Y\"), not '05.11.26'");
  CHECK(read("05.11.20261", "%d.%m.%Y") ==
        "expected a date DD.MM.YYYY (date_format \"%d.%m.%Y\"), not '05.11.20261'");
  CHECK(read("005.11.2026", "%d.%m.%Y") ==
        "expected a date DD.MM.YYYY (date_format \"%d.%m.%Y\"), not '005.11.2026'");
  CHECK(read("05.11.2026 14:30", "%d.%m.%Y") ==
        "expected a date DD.MM.YYYY (date_format \"%d.%m.%Y\"), not '05.11.2026 14:30'");
  CHECK(read("2026115", "%Y%m%d") ==
        "expected a date YYYYMMDD (date_format \"%Y%m%d\"), not '2026115'");
  CHECK(read("", "%d.%m.%Y") == "empty date (expected DD.MM.YYYY)");
  CHECK(read("29.02.2026", "%d.%m.%Y") == "no such date: '29.02.2026' (2026-02 has 28 days)");
  CHECK(read("31.04.2026", "%d.%m.%Y") == "no such date: '31.04.2026' (2026-04 has 30 days)");
  CHECK(read("00.04.2026", "%d.%m.%Y") == "no such date: '00.04.2026' (2026-04 has 30 days)");
  CHECK(read("13/25/2026", "%m/%d/%Y") ==
        "no such date: '13/25/2026' has month 13 (date_format \"%m/%d/%Y\")");
  CHECK(read("05.11.0000", "%d.%m.%Y") == "'05.11.0000': years run from 0001");
}
