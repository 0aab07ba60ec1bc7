// Key columns (SPEC section 11): what a terminal narrower than a table shows of it.
#include "write/key_columns.hpp"
#include "write/render.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace acctmgr;

namespace {

using Shown = std::vector<std::size_t>;

/// A column that is never shortened: its natural width is its minimum.
FitColumn fixed(std::string_view name, int width) {
  return {name, width, width, width};
}

/// A summary: manager 15, currency 8, revenue 12, findings 8 (natural 15+8+12+8 + 3 gaps of 2
/// = 49); its keys are manager, revenue and findings.
std::vector<FitColumn> summary_columns() {
  return {fixed("manager", 15), fixed("currency", 8), fixed("revenue", 12), fixed("findings", 8)};
}

/// A one-row summary document, with a column that is not a key column.
Document summary_document() {
  Table t("summary", {column("manager", CellKind::text), column("currency", CellKind::text),
                      column("revenue", CellKind::amount), column("findings", CellKind::count)});
  t.add_row({{"manager", std::string("Ann")},
             {"currency", std::string("USD")},
             {"revenue", Money::from_cents(100000)},
             {"findings", std::int64_t{3}}});
  return Document{{}, {}, {Section{"summary", std::move(t), false}}};
}

} // namespace

TEST_CASE("key_columns: the SPEC's lists by section, none for the other tables") {
  const auto summary = key_columns("summary");
  CHECK(std::vector<std::string_view>(summary.begin(), summary.end()) ==
        std::vector<std::string_view>{"manager", "revenue", "growth", "status", "nrr", "margin",
                                      "headroom", "findings"});
  const auto findings = key_columns("findings");
  CHECK(std::vector<std::string_view>(findings.begin(), findings.end()) ==
        std::vector<std::string_view>{"client", "code", "at_stake", "message"});
  CHECK(key_columns("clients").size() == 10);
  CHECK(key_columns("pipeline").size() == 8);
  CHECK(key_columns("growth").empty());
  CHECK(key_columns("top_actions").empty());
}

TEST_CASE("key_view: a table that fits, or has no keys, is shown whole") {
  const std::vector<FitColumn> columns = summary_columns();
  const KeyView fits = key_view(columns, key_columns("summary"), 49, 2); // 49 wide: fits
  CHECK(fits.shown == Shown{0, 1, 2, 3});
  CHECK_FALSE(fits.heading);
  CHECK(fits.hidden == 0);
  CHECK(key_view(columns, {}, 20, 2).shown == Shown{0, 1, 2, 3}); // no keys: paged as before
}

TEST_CASE("key_view: key columns, then the manager as a heading, then the last keys go") {
  const std::vector<FitColumn> columns = summary_columns();
  // 48 < 49: manager, revenue, findings = 15 + 12 + 8 + 2 gaps of 2 = 39.
  KeyView v = key_view(columns, key_columns("summary"), 48, 2);
  CHECK(v.shown == Shown{0, 2, 3});
  CHECK_FALSE(v.heading);
  CHECK(v.hidden == 1); // currency
  CHECK(key_view(columns, key_columns("summary"), 39, 2).shown == Shown{0, 2, 3});
  // 38 < 39: the manager becomes a heading; revenue and findings: 12 + 8 + 2 = 22.
  v = key_view(columns, key_columns("summary"), 38, 2);
  CHECK(v.shown == Shown{2, 3});
  CHECK(v.heading == 0u);
  CHECK(v.hidden == 1);
  // 21 < 22: findings goes too; revenue alone (12) fits. The first key always stays.
  v = key_view(columns, key_columns("summary"), 21, 2);
  CHECK(v.shown == Shown{2});
  CHECK(v.hidden == 2);
  CHECK(key_view(columns, key_columns("summary"), 5, 2).shown == Shown{2});
}

TEST_CASE("key_view: shortened text counts at its minimum; the sparkline goes before a key") {
  // client 14, name 18 (may shorten to 10), sparkline 12, revenue 12, band 9: natural 73.
  const std::vector<FitColumn> columns{fixed("client", 14),
                                       {"name", 18, 10, 10},
                                       fixed(kSparkline, 12),
                                       fixed("revenue", 12),
                                       fixed("band", 9)};
  // Keys at their minimums: 14 + 10 + 12 + 12 + 3 gaps of 2 = 54.
  KeyView v = key_view(columns, key_columns("clients"), 54, 2);
  CHECK(v.shown == Shown{0, 1, 2, 3});
  CHECK(v.hidden == 1);
  // 53: without the sparkline, 14 + 10 + 12 + 4 = 40.
  v = key_view(columns, key_columns("clients"), 53, 2);
  CHECK(v.shown == Shown{0, 1, 3});
  CHECK(v.hidden == 2);
}

TEST_CASE("key_view: in the order of the keys, the last wrapped at its longest word") {
  // findings: file 29, client 14, code 20, message 100 (10 when shortened, 18 when wrapped
  // last: its longest word), at_stake 12.
  const std::vector<FitColumn> columns{fixed("file", 29),
                                       fixed("client", 14),
                                       fixed("code", 20),
                                       {"message", 100, 10, 18},
                                       fixed("at_stake", 12)};
  // client, code, at_stake, message: 14 + 20 + 12 + 18 + 3 gaps of 2 = 70.
  KeyView v = key_view(columns, key_columns("findings"), 70, 2);
  CHECK(v.shown == Shown{1, 2, 4, 3});
  CHECK(v.hidden == 1);
  // 69: the message goes; at_stake is last now: 14 + 20 + 12 + 4 = 50.
  v = key_view(columns, key_columns("findings"), 69, 2);
  CHECK(v.shown == Shown{1, 2, 4});
  CHECK(v.hidden == 2);
}

TEST_CASE("render_table: key columns and the note only when asked and too narrow") {
  // Natural: manager 7, currency 8, revenue 8 (1,000.00), findings 8: 31 + 6 = 37.
  RenderOptions o;
  o.width = 36;
  o.key_columns = true;
  CHECK(render_table(summary_document(), o) == "summary\n"
                                               "manager   revenue  findings\n"
                                               "-------  --------  --------\n"
                                               "Ann      1,000.00         3\n"
                                               "\n"
                                               "1 more column: --wide\n");
  const std::string whole = "summary\n"
                            "manager  currency   revenue  findings\n"
                            "-------  --------  --------  --------\n"
                            "Ann      USD       1,000.00         3\n";
  o.width = 37; // fits: every column, no note
  CHECK(render_table(summary_document(), o) == whole);
  o.width = 36;
  o.key_columns = false; // --wide, or a command without key columns
  CHECK(render_table(summary_document(), o) == whole);
  o.width.reset(); // a pipe
  o.key_columns = true;
  CHECK(render_table(summary_document(), o) == whole);
  // 21 < 27 (the keys): the manager becomes a heading over revenue and findings (18); the
  // note is 21 wide (at 20 it would be wrapped, as every note is).
  o.width = 21;
  CHECK(render_table(summary_document(), o) == "summary\n"
                                               " revenue  findings\n"
                                               "--------  --------\n"
                                               "Ann\n"
                                               "1,000.00         3\n"
                                               "\n"
                                               "1 more column: --wide\n");
}
