#include "write/render.hpp"

#include <doctest/doctest.h>
#include <map>
#include <string>

using namespace acctmgr;

namespace {

Money cents(std::int64_t c) {
  return Money::from_cents(c);
}

/// A table from its columns (name, kind) and rows given in column order.
Table table_of(std::string title, std::vector<std::pair<std::string, CellKind>> columns,
               std::vector<std::vector<Cell>> rows, std::size_t total_rows = 0,
               std::vector<std::string> notes = {}) {
  std::vector<Column> declared;
  for (const auto& [name, kind] : columns)
    declared.push_back(column(name, kind));
  Table t(std::move(title), declared);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<NamedCell> cells;
    for (std::size_t i = 0; i < declared.size(); ++i)
      cells.push_back({declared[i].name, rows[r][i]});
    t.add_row(std::move(cells), r + total_rows >= rows.size() ? RowKind::total : RowKind::detail);
  }
  for (std::string& note : notes)
    t.add_note({said(std::move(note))});
  return t;
}

/// A document of one table, rendered by each format.
Document doc(const Table& t) {
  return Document{{}, {}, {Section{"t", t, false}}};
}
std::string as_table(const Table& t, bool color) {
  return render_table(doc(t), {color});
}
std::string as_csv(const Table& t) {
  return render_csv(doc(t), {});
}
std::string as_json(const Table& t) {
  return render_json(doc(t), {});
}
std::string as_md(const Table& t) {
  return render_md(doc(t), {});
}

/// Every CellKind, an undefined cell, a TOTAL row, a Cyrillic name beside ASCII ones, and the
/// hostile names: formula-looking, comma and quote, an ESC sequence.
Table sample_table() {
  return table_of(
      "growth",
      {{"client", CellKind::text},
       {"name", CellKind::text},
       {"revenue", CellKind::amount},
       {"growth", CellKind::ratio},
       {"factor", CellKind::factor},
       {"count", CellKind::count},
       {"paid", CellKind::boolean},
       {"met", CellKind::date},
       {"month", CellKind::month},
       {"status", CellKind::status}},
      {
          {std::string("acme"), std::string("Acme, \"Best\" Corp"), cents(12345670), Ratio(47, 200),
           Ratio(6, 5), std::int64_t{3}, true, Date{2026, 9, 14}, Month(2026, 10),
           std::string("on_target")},
          {std::string("kyivstar"), std::string("Київстар"), cents(-1250), Cell{}, Ratio(1, 1),
           std::int64_t{0}, false, Cell{}, Month(2026, 10), std::string("declining")},
          {std::string("-cmd"), std::string("=HYPERLINK(\"http://x\",\"y\")"), cents(0),
           Ratio(-1, 8), Ratio(3, 2), std::int64_t{12}, false, Date{2026, 1, 2}, Month(2025, 11),
           std::string("lost")},
          {std::string("esc"), std::string("\x1b[31mred"), cents(100000000), Ratio(2, 3),
           Ratio(1, 80), std::int64_t{1}, true, Date{2025, 12, 31}, Month(2026, 1),
           std::string("below_target")},
          {std::string("TOTAL"), std::string(""), cents(112344420), Ratio(1, 5), Cell{},
           std::int64_t{16}, Cell{}, Cell{}, Cell{}, std::string("on_target")},
      },
      1, {"period: 2026-01..2026-10", "target: 20.0%"});
}

} // namespace

/// A one-column text table: how a renderer treats one untrusted string.
Table names(std::initializer_list<const char*> values) {
  std::vector<std::vector<Cell>> rows;
  for (const char* v : values)
    rows.push_back({std::string(v), cents(-1250)});
  return table_of("names", {{"name", CellKind::text}, {"revenue", CellKind::amount}}, rows);
}

TEST_CASE("table: aligned columns, human numbers, TOTAL rule, notes, no escape bytes") {
  const std::string expected =
      "growth\n"
      "client    name                             revenue  growth  factor  count  paid  met      "
      "   month    status\n"
      "--------  --------------------------  ------------  ------  ------  -----  ----  ---------- "
      " -------  ------------\n"
      "acme      Acme, \"Best\" Corp             123,456.70   23.5%     1.2      3  yes   "
      "2026-09-14  2026-10  on_target\n"
      "kyivstar  Київстар                          -12.50       -       1      0  no    -        "
      "   2026-10  declining\n"
      "-cmd      =HYPERLINK(\"http://x\",\"y\")          0.00  -12.5%     1.5     12  no    "
      "2026-01-02  2025-11  lost\n"
      "esc       \\x1b[31mred                 1,000,000.00   66.7%  0.0125      1  yes   "
      "2025-12-31  2026-01  below_target\n"
      "--------  --------------------------  ------------  ------  ------  -----  ----  ---------- "
      " -------  ------------\n"
      "TOTAL                                 1,123,444.20   20.0%       -     16  -     -        "
      "   -        on_target\n"
      "\n"
      "period: 2026-01..2026-10\n"
      "target: 20.0%\n";
  const std::string out = as_table(sample_table(), false);
  CHECK(out == expected);
  CHECK(out.find('\x1b') == std::string::npos);
}

TEST_CASE("table: colour marks statuses and the header only") {
  const std::string out = as_table(sample_table(), true);
  CHECK(out.find("\x1b[1mclient    name ") != std::string::npos);
  CHECK(out.find("  status\x1b[0m\n") != std::string::npos);
  CHECK(out.find("  \x1b[32mon_target\x1b[0m\n") != std::string::npos);
  CHECK(out.find("  \x1b[31mdeclining\x1b[0m\n") != std::string::npos);
  CHECK(out.find("  \x1b[31mlost\x1b[0m\n") != std::string::npos);
  CHECK(out.find("  \x1b[33mbelow_target\x1b[0m\n") != std::string::npos);
  // The untrusted ESC stays escaped even in colour mode: every ESC byte is one of ours, an
  // opening and a reset around the header and each of the five statuses.
  CHECK(out.find("\\x1b[31mred") != std::string::npos);
  std::size_t escapes = 0;
  for (char c : out)
    escapes += c == '\x1b' ? 1 : 0;
  CHECK(escapes == 12);
}

TEST_CASE("table: padding is computed before colour, so coloured columns still align") {
  const Table t = table_of(
      "", {{"status", CellKind::status}, {"n", CellKind::count}},
      {{std::string("new"), std::int64_t{1}}, {std::string("saturated"), std::int64_t{2}}});
  CHECK(as_table(t, true) == "\x1b[1mstatus     n\x1b[0m\n"
                             "---------  -\n"
                             "\x1b[32mnew\x1b[0m        1\n"
                             "\x1b[36msaturated\x1b[0m  2\n");
}

TEST_CASE("table: an empty table keeps its header and says so") {
  const Table t =
      table_of("growth", {{"client", CellKind::text}, {"revenue", CellKind::amount}}, {});
  CHECK(as_table(t, false) == "growth\n"
                              "client  revenue\n"
                              "------  -------\n"
                              "(none)\n");
}

TEST_CASE("csv: RFC 4180, data forms, formula neutralisation on text only") {
  const std::string expected =
      "client,name,revenue,growth,factor,count,paid,met,month,status\r\n"
      "acme,\"Acme, \"\"Best\"\" "
      "Corp\",123456.70,0.2350,1.2,3,true,2026-09-14,2026-10,on_target\r\n"
      "kyivstar,Київстар,-12.50,,1,0,false,,2026-10,declining\r\n"
      "'-cmd,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",0.00,-0.1250,1.5,12,false,2026-01-02,"
      "2025-11,lost\r\n"
      "esc,\\x1b[31mred,1000000.00,0.6667,0.0125,1,true,2025-12-31,2026-01,below_target\r\n"
      "TOTAL,,1123444.20,0.2000,,16,,,,on_target\r\n";
  CHECK(as_csv(sample_table()) == expected);
}

TEST_CASE("csv: every formula trigger, fullwidth included; line breaks quoted") {
  const Table t = names(
      {"+1", "@SUM(A1)", "\tx", "\rx", "＝1+1", "＋1", "－1", "＠x", "a\nb", "a=b", "", "ok"});
  CHECK(as_csv(t) == "name,revenue\r\n"
                     "'+1,-12.50\r\n"
                     "'@SUM(A1),-12.50\r\n"
                     "'\tx,-12.50\r\n"
                     "\"'\rx\",-12.50\r\n"
                     "'＝1+1,-12.50\r\n"
                     "'＋1,-12.50\r\n"
                     "'－1,-12.50\r\n"
                     "'＠x,-12.50\r\n"
                     "\"a\nb\",-12.50\r\n"
                     "a=b,-12.50\r\n"
                     ",-12.50\r\n"
                     "ok,-12.50\r\n");
}

TEST_CASE("csv: an empty table is just the header") {
  CHECK(as_csv(names({})) == "name,revenue\r\n");
}

TEST_CASE("json: exact numbers, null for undefined, escaped strings") {
  const std::string expected =
      "[\n"
      "  {\"client\": \"acme\", \"name\": \"Acme, \\\"Best\\\" Corp\", \"revenue\": 123456.70, "
      "\"growth\": 0.2350, \"factor\": 1.2, \"count\": 3, \"paid\": true, \"met\": \"2026-09-14\", "
      "\"month\": \"2026-10\", \"status\": \"on_target\"},\n"
      "  {\"client\": \"kyivstar\", \"name\": \"Київстар\", \"revenue\": -12.50, \"growth\": null, "
      "\"factor\": 1, \"count\": 0, \"paid\": false, \"met\": null, \"month\": \"2026-10\", "
      "\"status\": \"declining\"},\n"
      "  {\"client\": \"-cmd\", \"name\": \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\", \"revenue\": "
      "0.00, \"growth\": -0.1250, \"factor\": 1.5, \"count\": 12, \"paid\": false, \"met\": "
      "\"2026-01-02\", \"month\": \"2025-11\", \"status\": \"lost\"},\n"
      "  {\"client\": \"esc\", \"name\": \"\\u001b[31mred\", \"revenue\": 1000000.00, \"growth\": "
      "0.6667, \"factor\": 0.0125, \"count\": 1, \"paid\": true, \"met\": \"2025-12-31\", "
      "\"month\": \"2026-01\", \"status\": \"below_target\"},\n"
      "  {\"client\": \"TOTAL\", \"name\": \"\", \"revenue\": 1123444.20, \"growth\": 0.2000, "
      "\"factor\": null, \"count\": 16, \"paid\": null, \"met\": null, \"month\": null, "
      "\"status\": \"on_target\"}\n"
      "]\n";
  CHECK(as_json(sample_table()) == expected);
}

TEST_CASE("json: control, separator, bidi and invalid bytes are escaped; empty is []") {
  const Table t = names({"a\\b\n\t\x7f", "\xc2\x85|\u2028|\u2029|\u202e", "bad\xff"});
  CHECK(as_json(t) == "[\n"
                      "  {\"name\": \"a\\\\b\\u000a\\u0009\\u007f\", \"revenue\": -12.50},\n"
                      "  {\"name\": \"\\u0085|\\u2028|\\u2029|\\u202e\", \"revenue\": -12.50},\n"
                      "  {\"name\": \"bad\\ufffd\", \"revenue\": -12.50}\n"
                      "]\n");
  CHECK(as_json(names({})) == "[]\n");
}

TEST_CASE("md: heading, right-aligned numbers, escaped text, bold TOTAL, notes") {
  const std::string expected =
      "### growth\n"
      "\n"
      "| client    | name                       |          revenue |    growth | factor |  count "
      "| paid | met        | month   | status        |\n"
      "| --------- | -------------------------- | ---------------: | --------: | -----: | -----: "
      "| ---- | ---------- | ------- | ------------- |\n"
      "| acme      | Acme, \"Best\" Corp          |       123,456.70 |     23.5% |    1.2 |      3 "
      "| yes  | 2026-09-14 | 2026-10 | on_target     |\n"
      "| kyivstar  | Київстар                   |           -12.50 |         - |      1 |      0 "
      "| no   | -          | 2026-10 | declining     |\n"
      "| \\-cmd     | =HYPERLINK(\"http://x\",\"y\") |             0.00 |    -12.5% |    1.5 |     "
      "12 "
      "| no   | 2026-01-02 | 2025-11 | lost          |\n"
      "| esc       | \\\\x1b\\[31mred              |     1,000,000.00 |     66.7% | 0.0125 |      "
      "1 "
      "| yes  | 2025-12-31 | 2026-01 | below_target  |\n"
      "| **TOTAL** |                            | **1,123,444.20** | **20.0%** |      - | **16** "
      "| -    | -          | -       | **on_target** |\n"
      "\n"
      "- period: 2026-01..2026-10\n"
      "- target: 20.0%\n";
  CHECK(as_md(sample_table()) == expected);
}

TEST_CASE("md: text cannot break the table or inject markup") {
  const Table t = names({"a|b", "*bold* _em_ `code`", "[x](http://y) <b>", "# head", "line\nbreak",
                         "AT&T ~~s~~", "snake_case"});
  CHECK(as_md(t) == "### names\n"
                    "\n"
                    "| name                     | revenue |\n"
                    "| ------------------------ | ------: |\n"
                    "| a\\|b                     |  -12.50 |\n"
                    "| \\*bold\\* \\_em\\_ \\`code\\` |  -12.50 |\n"
                    "| \\[x\\](http://y) \\<b\\>    |  -12.50 |\n"
                    "| \\# head                  |  -12.50 |\n"
                    "| line\\\\nbreak             |  -12.50 |\n"
                    "| AT\\&T \\~\\~s\\~\\~          |  -12.50 |\n"
                    "| snake_case               |  -12.50 |\n");
}

TEST_CASE("md: an empty table keeps its header and says so") {
  const Table t = table_of("", {{"client", CellKind::text}}, {});
  CHECK(as_md(t) == "| client |\n| ------ |\n\n(none)\n");
}

TEST_CASE("formats by name and by file extension") {
  CHECK(parse_term(kFormats, "table") == Format::table);
  CHECK(parse_term(kFormats, "csv") == Format::csv);
  CHECK(parse_term(kFormats, "json") == Format::json);
  CHECK(parse_term(kFormats, "md") == Format::md);
  CHECK(parse_term(kFormats, "text") == Format::text);
  CHECK(parse_term(kFormats, "github") == Format::github);
  CHECK(parse_term(kFormats, "CSV") == std::nullopt);
  CHECK(parse_term(kFormats, "html") == Format::html);
  CHECK(parse_term(kFormats, "xlsx") == std::nullopt);

  CHECK(format_for_path("out/report.csv") == Format::csv);
  CHECK(format_for_path("REPORT.JSON") == Format::json);
  CHECK(format_for_path("review.md") == Format::md);
  CHECK(format_for_path("review.Markdown") == Format::md);
  CHECK(format_for_path("report.txt") == Format::table);
  CHECK(format_for_path("report") == std::nullopt);
  CHECK(format_for_path("out.d/report") == std::nullopt);
  CHECK(format_for_path(".csv") == std::nullopt);
  CHECK(format_for_path("report.xlsx") == std::nullopt);
}

TEST_CASE("render dispatches on the format; colour only affects tables") {
  const Table t = sample_table();
  CHECK(render(doc(t), Format::table, {false}) == as_table(t, false));
  CHECK(render(doc(t), Format::table, {true}) == as_table(t, true));
  CHECK(render(doc(t), Format::csv, {true}) == as_csv(t));
  CHECK(render(doc(t), Format::json, {true}) == as_json(t));
  CHECK(render(doc(t), Format::md, {true}) == as_md(t));
}

TEST_CASE("csv: --bom prepends the UTF-8 byte order mark and nothing else changes") {
  const Table t = table_of("t", {{"name", CellKind::text}}, {{std::string("Київ")}});
  RenderOptions bom;
  bom.bom = true;
  CHECK(render_csv(doc(t), bom) == "\xEF\xBB\xBF" + render_csv(doc(t), {}));
  CHECK(render_csv(doc(t), {}) == "name\r\nКиїв\r\n"); // no BOM unless asked
  // Only CSV has one: the human and JSON forms ignore the option (the CLI refuses it there).
  CHECK(render_json(doc(t), bom) == render_json(doc(t), {}));
}

TEST_CASE("with a sink, a big table goes out in parts, the same text") {
  // 6,000 rows of 30 bytes or more: several 64 KiB parts in every format.
  std::vector<std::string> parts;
  Table big("big", {column("client", CellKind::text), column("n", CellKind::count)});
  for (std::int64_t i = 0; i < 6000; ++i)
    big.add_row({{"client", "client number " + std::to_string(i) + " of many"}, {"n", i}});
  const Table small = table_of("small", {{"n", CellKind::count}}, {{std::int64_t{7}}});
  Document two{"Title", {}, {Section{"a", big, false}, Section{"b", small, false}}};
  two.context.settings_file = "acctmgr.yaml"; // a footer after the last section
  const Document one{"", {}, {Section{"a", big, false}}};
  for (Format f : {Format::table, Format::md, Format::json, Format::csv}) {
    const std::string format = to_string(f);
    CAPTURE(format);
    const Document& d = f == Format::csv ? one : two;
    const std::string whole = render(d, f, {});
    parts.clear();
    RenderOptions o;
    o.sink = [&](const std::string& part) { parts.push_back(part); };
    const std::string rest = render(d, f, o);
    REQUIRE(parts.size() >= 2);
    std::string joined;
    for (const std::string& part : parts) {
      CHECK(part.size() >= 64 * 1024);
      joined += part;
    }
    CHECK(joined + rest == whole);
    CHECK(rest.size() < 64 * 1024);
  }
}

TEST_CASE("formats_for: each format a kind of document is offered in prints one of that kind") {
  const Table t = sample_table();
  Statement statement;
  statement.title = {said("Bonus")};
  statement.sections.push_back({"Inputs", {line("salary 60,000.00")}});
  Finding f;
  f.file = SharedText("p.yaml");
  f.line = 3;
  f.manager = SharedText("Olena");
  f.client = "acme";
  f.message = "revenue fell";
  const Series series{"Olena", "revenue", Month(2026, 1), {cents(100), cents(200)}};
  const std::map<Holds, Document> samples{
      {Holds::table, doc(t)},
      {Holds::statement, Document{"", {}, {Section{"bonus", statement, false}}}},
      {Holds::review, Document{"Review",
                               {},
                               {Section{"a", t, false}, Section{"b", t, false},
                                Section{"revenue", series, false}}}},
      {Holds::findings, Document{"", {}, {Section{"findings", FindingList{{f}, true}, false}}}},
  };
  for (const auto& sample : samples) {
    const Holds holds = sample.first;
    const Document& d = sample.second;
    CAPTURE(static_cast<int>(holds));
    for (const Format format : formats_for(holds)) {
      CAPTURE(to_string(format));
      CHECK(!render(d, format).empty());
    }
  }
  // What a kind is not offered in, because its renderer cannot print it whole.
  CHECK_THROWS_AS(render(samples.at(Holds::review), Format::csv), std::logic_error);
  CHECK_THROWS_AS(render(samples.at(Holds::table), Format::text), std::logic_error);
  CHECK_THROWS_AS(render(samples.at(Holds::table), Format::github), std::logic_error);
  CHECK(formats_for(Holds::problems).size() == 2); // validate prints diagnostics, no document
}
