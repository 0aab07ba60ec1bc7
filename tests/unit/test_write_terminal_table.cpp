// Terminal tables (SPEC section 11): sparklines, and fitting a table to the terminal's width.
#include "text/text.hpp"
#include "write/render.hpp"
#include "write/sparkline.hpp"
#include "write/table_fit.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace acctmgr;

namespace {

std::vector<Money> in_cents(std::vector<std::int64_t> values) {
  std::vector<Money> out;
  for (std::int64_t v : values)
    out.push_back(Money::from_cents(v));
  return out;
}

/// Two managers' clients with trends, as growth builds them.
Document two_managers() {
  Table t("growth", {column("manager", CellKind::text), column("client", CellKind::text),
                     column("name", CellKind::text), column("revenue", CellKind::amount)});
  t.show_trend_after("name");
  t.add_row({{"manager", std::string("Ann")},
             {"client", std::string("acme")},
             {"name", std::string("Acme Corporation")},
             {"revenue", Money::from_cents(120000)}},
            RowKind::detail, in_cents({100, 200, 800}));
  t.add_row({{"manager", std::string("Ann")},
             {"client", std::string("TOTAL")},
             {"name", std::string()},
             {"revenue", Money::from_cents(120000)}},
            RowKind::total);
  t.add_row({{"manager", std::string("Bob")},
             {"client", std::string("kyiv-logistics")},
             {"name", std::string("Київ Логістик")},
             {"revenue", Money::from_cents(5000)}},
            RowKind::detail, in_cents({0, 5, 5}));
  t.add_note({said("Ann: 2026-01..2026-10 vs 2025-01..2025-10, target 20.0%")});
  return Document{{}, {}, {Section{"t", std::move(t), false}}};
}

} // namespace

TEST_CASE("sparkline: the smallest positive month is ▁, the largest █, a month of 0 a blank") {
  // 100 -> 7*0/700 = 0; 200 -> 7*100/700 = 1; 450 -> 7*350/700 = 3 (3.5 rounded down);
  // 800 -> 7.
  CHECK(sparkline(in_cents({0, 100, 200, 450, 800})) == " ▁▂▄█");
  CHECK(sparkline(in_cents({5, 5, 0})) == "▄▄ "); // one level: the middle
  CHECK(sparkline(in_cents({0, 0})) == "  ");
  CHECK(sparkline({}) == "");
  // The largest amounts a file may hold do not overflow 7 x (v - low).
  CHECK(sparkline(in_cents({1, 1'000'000'000'000'000})) == "▁█");
}

TEST_CASE("shorten: cut to a display width with …, between code points, wide characters 2") {
  CHECK(shorten("Northwind Traders", 10) == "Northwind…");
  CHECK(shorten("Northwind", 9) == "Northwind"); // fits: unchanged
  CHECK(shorten("Київ Логістик", 6) == "Київ …");
  CHECK(shorten("日本語テキスト", 5) == "日本…"); // 4 columns + 1; a third 日 would make 7
  CHECK(shorten("abc", 1) == "…");
}

TEST_CASE("wrap: at spaces, a word wider than the line kept whole") {
  CHECK(wrap("a bb ccc dddd", 6) == std::vector<std::string>{"a bb", "ccc", "dddd"});
  CHECK(wrap("1,234,567.00 x", 5) == std::vector<std::string>{"1,234,567.00", "x"});
  CHECK(wrap("", 5) == std::vector<std::string>{""});
}

TEST_CASE("fit_widths: the widest shrinkable column gives way first, down to its minimum") {
  // 10 + 20 + 5 + 2 gaps of 2 = 39: 9 too wide for 30, all taken from the 20.
  CHECK(fit_widths({10, 20, 5}, {10, 8, 5}, 30, 2) == std::vector<int>{10, 11, 5});
  // 38 wide, 6 to lose: 15->14, then the leftmost of equals first: 14->13, 14->13, 13->12,
  // 13->12, 12->11.
  CHECK(fit_widths({15, 14, 5}, {4, 4, 5}, 32, 2) == std::vector<int>{11, 12, 5});
  // Cannot fit 20 even at the minimums (27 wide): nothing is shortened; the caller pages.
  CHECK(fit_widths({10, 20, 5}, {10, 8, 5}, 20, 2) == std::vector<int>{10, 20, 5});
  CHECK(fit_widths({10}, {1}, 80, 2) == std::vector<int>{10}); // already fits
}

TEST_CASE("a table as wide as it is: manager column, sparkline after the name") {
  RenderOptions o;
  o.spark = true;
  CHECK(render_table(two_managers(), o) ==
        "growth\n"
        "manager  client          name              revenue 12m   revenue\n"
        "-------  --------------  ----------------  -----------  --------\n"
        "Ann      acme            Acme Corporation  ▁▂█          1,200.00\n"
        "-------  --------------  ----------------  -----------  --------\n"
        "Ann      TOTAL                                          1,200.00\n"
        "Bob      kyiv-logistics  Київ Логістик      ▄▄             50.00\n"
        "\n"
        "Ann: 2026-01..2026-10 vs 2025-01..2025-10, target 20.0%\n");
}

TEST_CASE("a table fitted to 50 columns: manager headings, the name shortened, notes wrapped") {
  RenderOptions o;
  o.width = 50;
  // client 14 + name 16 + revenue 8 + 2 gaps = 42 fit without shortening; at 36 the name
  // (the only free text: a client id is never shortened) loses 6 columns.
  CHECK(render_table(two_managers(), o) ==
        "growth\n"
        "client          name               revenue\n"
        "--------------  ----------------  --------\n"
        "Ann\n"
        "acme            Acme Corporation  1,200.00\n"
        "--------------  ----------------  --------\n"
        "TOTAL                             1,200.00\n"
        "\n"
        "Bob\n"
        "kyiv-logistics  Київ Логістик        50.00\n"
        "\n"
        "Ann: 2026-01..2026-10 vs 2025-01..2025-10, target\n" // 49 columns
        "20.0%\n");
  o.width = 36;
  const std::string narrow = render_table(two_managers(), o);
  CHECK(narrow.find("acme            Acme Corp…  1,200.00\n") != std::string::npos);
  CHECK(narrow.find("kyiv-logistics  Київ Логі…     50.00\n") != std::string::npos);
  // At 30 even a name of 10 (14 + 10 + 8 + 4 = 36) is too wide: nothing is shortened.
  o.width = 30;
  CHECK(render_table(two_managers(), o).find("acme            Acme Corporation  1,200.00\n") !=
        std::string::npos);
}

TEST_CASE("fitted to a terminal, free text in the last column is wrapped, not shortened") {
  Table t("findings", {column("manager", CellKind::text), column("client", CellKind::text),
                       column("message", CellKind::text)});
  t.add_row({{"manager", std::string("Ann")},
             {"client", std::string("acme")},
             {"message", std::string("revenue grew 6.0%, below the 20.0% target")}});
  RenderOptions o;
  o.width = 24; // client 6 + gap 2 leaves 16 for the message
  CHECK(render_table(Document{{}, {}, {Section{"f", std::move(t), false}}}, o) ==
        "findings\n"
        "client  message\n"
        "------  ----------------\n"
        "Ann\n"
        "acme    revenue grew\n"
        "        6.0%, below the\n"
        "        20.0% target\n");
}
