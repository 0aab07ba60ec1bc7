#include "document/table.hpp"

#include <doctest/doctest.h>
#include <stdexcept>

using namespace acctmgr;

namespace {

Table growth_table() {
  return Table("growth", {column("client", CellKind::text), column("revenue", CellKind::amount),
                          column("growth", CellKind::ratio)});
}

} // namespace

TEST_CASE("columns are aligned by kind: numbers right, everything else left") {
  CHECK(column("revenue", CellKind::amount).align == Align::right);
  CHECK(column("growth", CellKind::ratio).align == Align::right);
  CHECK(column("missing", CellKind::count).align == Align::right);
  CHECK(column("multiplier", CellKind::factor).align == Align::right);
  CHECK(column("name", CellKind::text).align == Align::left);
  CHECK(column("status", CellKind::status).align == Align::left);
  CHECK(column("last_meeting", CellKind::date).align == Align::left);
  CHECK(column("month", CellKind::month).align == Align::left);
  CHECK(column("has_payer", CellKind::boolean).align == Align::left);
}

TEST_CASE("a row is built by column name, in any order, and lands in column order") {
  Table t = growth_table();
  t.add_row(
      {{"growth", Ratio(1, 5)}, {"client", std::string("acme")}, {"revenue", Money::units(1200)}});
  t.add_row({{"client", std::string("TOTAL")}, {"revenue", Money::units(1200)}, {"growth", Cell()}},
            RowKind::total);
  REQUIRE(t.rows().size() == 2);
  CHECK(std::get<std::string>(t.rows()[0].cells[0]) == "acme");
  CHECK(std::get<Money>(t.rows()[0].cells[1]) == Money::units(1200));
  CHECK(std::get<Ratio>(t.rows()[0].cells[2]) == Ratio(1, 5));
  CHECK(std::get<Ratio>(t.at(0, "growth")) == Ratio(1, 5));
  CHECK(!t.rows()[0].is_total());
  CHECK(t.rows()[1].is_total());
  CHECK(std::holds_alternative<std::monostate>(t.at(1, "growth")));
}

TEST_CASE("a row with an unknown, a missing or a repeated column is refused") {
  Table t = growth_table();
  CHECK_THROWS_WITH_AS(t.add_row({{"client", std::string("acme")},
                                  {"revenue", Money()},
                                  {"growth", Cell()},
                                  {"grwoth", Cell()}}),
                       "table 'growth' has no column 'grwoth'", std::logic_error);
  CHECK_THROWS_WITH_AS(t.add_row({{"client", std::string("acme")}, {"growth", Cell()}}),
                       "table 'growth': row without column 'revenue'", std::logic_error);
  CHECK_THROWS_WITH_AS(t.add_row({{"client", std::string("acme")},
                                  {"revenue", Money()},
                                  {"client", std::string("again")},
                                  {"growth", Cell()}}),
                       "table 'growth': column 'client' given twice", std::logic_error);
  CHECK(t.rows().empty()); // nothing half-added
  CHECK_THROWS_AS(t.at(0, "client"), std::out_of_range);
  CHECK_THROWS_AS(t.index_of("nope"), std::logic_error);
}

TEST_CASE("notes are prose with typed values") {
  Table t = growth_table();
  t.add_note({quoted("Olena"), said(": target "), percent(Ratio(1, 5))});
  REQUIRE(t.notes().size() == 1);
  const Text& note = t.notes()[0];
  CHECK(note[0].kind == Span::Kind::quoted);
  CHECK(note[2].kind == Span::Kind::value);
  CHECK(note[2].value_kind == CellKind::ratio);
  CHECK(std::get<Ratio>(note[2].value) == Ratio(1, 5));
}

TEST_CASE("rows are held in the order added, each with its kind and trend") {
  Table t = growth_table();
  t.add_row({{"client", std::string("acme")}, {"revenue", Money::units(7)}, {"growth", Cell()}});
  t.add_row({{"revenue", Money::units(7)}, {"client", std::string("TOTAL")}, {"growth", Cell()}},
            RowKind::total, {Money::units(1), Money::units(2)});
  REQUIRE(t.rows().size() == 2);
  CHECK(std::get<std::string>(t.at(0, "client")) == "acme");
  CHECK(!t.rows()[0].is_total());
  CHECK(t.rows()[0].trend.empty());
  CHECK(t.rows()[1].is_total());
  CHECK(t.rows()[1].trend == std::vector<Money>{Money::units(1), Money::units(2)});
  // A copy is a table of its own: rows added to it later are not the original's.
  Table copy = t;
  copy.add_row({{"client", std::string("beta")}, {"revenue", Money()}, {"growth", Cell()}});
  CHECK(t.rows().size() == 2);
  CHECK(copy.rows().size() == 3);
}
