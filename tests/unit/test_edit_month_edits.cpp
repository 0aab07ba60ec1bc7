// Issue 20: import computes all edits of a file from one parse (portfolio_edit::month_edits),
// applies them in one pass and prints --dry-run's diff from them (unified_diff over edits).
// Both must give byte for byte what the one-at-a-time edits and the Myers diff of the two
// texts gave before: checked on hand-written files and on generated ones of every style.
#include "edit/portfolio_edit.hpp"
#include "edit/unified_diff.hpp"
#include "read/schema.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"
#include "reference_diff.hpp"

#include <algorithm>
#include <cstdio>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <random>
#include <stdexcept>

using namespace acctmgr;
using portfolio_edit::MonthSet;
using yaml_edit::Edit;

namespace acctmgr::reference {

/// set_month as it was before issue 20: one parse per month set, the client found by a scan.
std::string old_set_month(std::string_view text, std::string_view client, std::string_view key,
                          Month month, Money amount) {
  using yaml_edit::EditError;
  const std::string_view bom = text.substr(0, text.size() - strip_bom(text).size());
  const std::string_view body = strip_bom(text);
  const SourceText source(body, "edit");
  Problems problems(source);
  auto parsed = parse_yaml(source, problems, max_nesting);
  if (!parsed || !problems.empty()) throw EditError("the file does not parse");
  const YamlTree& tree = *parsed;
  const auto with = [&](const Edit& e) { return std::string(bom) + yaml_edit::apply(body, e); };
  const YamlNode* clients = yaml_edit::find_value(tree, tree.root(), "clients");
  const YamlNode* c = nullptr;
  if (clients && clients->kind == NodeKind::sequence)
    tree.for_each_child(*clients, [&](const YamlNode& item) {
      const YamlNode* v = yaml_edit::find_value(tree, item, "id");
      if (!c && v && v->kind == NodeKind::scalar && v->text == client) c = &item;
    });
  if (!c) throw EditError("no client");
  const std::string value = portfolio_edit::amount_text(amount);
  const std::string entry_key = to_string(month);
  const YamlNode* k = nullptr;
  tree.for_each_pair(*c, [&](const YamlNode& kn, const YamlNode&) {
    if (!k && kn.kind == NodeKind::scalar && kn.text == key) k = &kn;
  });
  if (!k)
    return with(yaml_edit::insert_entry(body, tree, *c, nullptr, key,
                                        fmt::format("{{{}: {}}}", entry_key, value)));
  const YamlNode& map = tree.at(k->next);
  if (map.kind == NodeKind::null)
    return with(yaml_edit::fill_null_value(body, *k, fmt::format("{{{}: {}}}", entry_key, value)));
  if (map.kind != NodeKind::mapping) throw EditError("not a mapping");
  const YamlNode* before = nullptr;
  const YamlNode* same = nullptr;
  tree.for_each_pair(map, [&](const YamlNode& mk, const YamlNode& mv) {
    const std::optional<Month> m = Month::parse(mk.text);
    if (!m) throw EditError("not a month");
    if (*m == month) same = &mv;
    if (*m > month && !before) before = &mk;
  });
  if (same) return with(yaml_edit::replace_scalar(body, *same, value));
  return with(yaml_edit::insert_entry(body, tree, map, before, entry_key, value));
}

} // namespace acctmgr::reference

namespace {

MonthSet month_set(const char* client, const char* key, const char* month, std::int64_t cents) {
  return MonthSet{client, key, *Month::parse(month), Money::from_cents(cents), std::nullopt};
}

std::string batch(std::string_view text, const std::vector<MonthSet>& sets) {
  return yaml_edit::apply(text, portfolio_edit::month_edits(text, sets));
}

std::string one_at_a_time(std::string text, const std::vector<MonthSet>& sets) {
  for (const MonthSet& s : sets)
    text = reference::old_set_month(text, s.client, s.key, s.month, s.amount);
  return text;
}

/// The batch gives what the old one-at-a-time edits gave, and its diff is the Myers diff.
void check_batch(std::string_view text, const std::vector<MonthSet>& sets) {
  const std::vector<Edit> edits = portfolio_edit::month_edits(text, sets);
  const std::string after = yaml_edit::apply(text, edits);
  CHECK(after == one_at_a_time(std::string(text), sets));
  CHECK(unified_diff(text, edits, "p.yaml") ==
        reference::myers_unified_diff(text, after, "p.yaml"));
}

/// A random portfolio in one of the styles the editor meets: block or flow clients and months,
/// empty or null mappings, comments, blank lines, CRLF, a BOM, no final line break.
struct GeneratedFile {
  std::string text;
  std::vector<std::string> clients;
};

GeneratedFile generate_file(std::mt19937& random) {
  const auto pick = [&](unsigned n) { return static_cast<unsigned>(random() % n); };
  GeneratedFile g;
  const bool flow_list = pick(6) == 0;
  const unsigned count = 1 + pick(5);
  std::string out = "manager: M\ncurrency: USD\nclients:";
  out += flow_list ? " [" : "\n";
  for (unsigned i = 0; i < count; ++i) {
    const std::string id = fmt::format("c{}", i);
    g.clients.push_back(id);
    // Months present: a few of 2026-01..2026-08, sometimes out of order.
    std::vector<std::string> months;
    for (int m = 1; m <= 8; ++m)
      if (pick(3) == 0) months.push_back(fmt::format("2026-{:02}", m));
    if (pick(8) == 0) std::reverse(months.begin(), months.end());
    const unsigned style = flow_list ? 1 + pick(2) : pick(7);
    std::string revenue; // the value after `revenue:`, or no key when "-"
    switch (months.empty() && style < 3 ? 3 + pick(4) : style) {
    case 0: // block, one month a line, comments and blank lines between
      for (std::size_t m = 0; m < months.size(); ++m)
        revenue += fmt::format("\n      {}: {}{}{}", months[m], 100 + m,
                               pick(3) == 0 ? "  # note" : "", pick(4) == 0 ? "\n" : "");
      break;
    case 1: // flow, one line
    case 2: // flow, wrapped
      revenue = " {";
      for (std::size_t m = 0; m < months.size(); ++m)
        revenue += fmt::format("{}{}: {}.5{}",
                               m == 0 ? "" : (style == 2 && m % 2 == 0 ? ",\n       " : ", "),
                               months[m], 10 + m, m % 3);
      revenue += "}";
      break;
    case 3:
      revenue = " {}";
      break;
    case 4:
      revenue = ""; // `revenue:` without a value
      break;
    default:
      revenue = "-";
    }
    const bool revenue_last = pick(2) == 0;
    if (flow_list) {
      out += fmt::format("{}{{id: {}, name: N{}{}}}", i == 0 ? "" : ", ", id, i,
                         revenue == "-" ? "" : ", revenue:" + (revenue.empty() ? " {}" : revenue));
      continue;
    }
    const bool flow_item = pick(5) == 0 && style != 0;
    if (flow_item) {
      out += fmt::format("  - {{id: {}, name: N{}{}}}{}\n", id, i,
                         revenue == "-" ? "" : ", revenue:" + (revenue.empty() ? " {}" : revenue),
                         pick(2) == 0 ? " # flow item" : "");
      continue;
    }
    out += fmt::format("  - id: {}\n", id);
    if (!revenue_last) out += fmt::format("    name: N{}\n", i);
    if (revenue != "-") out += "    revenue:" + revenue + "\n";
    if (revenue_last) out += fmt::format("    name: N{}{}\n", i, pick(2) == 0 ? " # last" : "");
    if (pick(3) == 0) out += "    cost: {2026-01: 1}\n";
    if (pick(4) == 0) out += "\n  # between clients\n";
  }
  if (flow_list) out += "]\n";
  if (pick(3) == 0) out.pop_back(); // no final line break
  if (pick(4) == 0) {
    std::string crlf;
    for (const char c : out)
      crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    out = crlf;
  }
  if (pick(5) == 0) out = "\xEF\xBB\xBF" + out;
  g.text = std::move(out);
  return g;
}

} // namespace

TEST_CASE("month_edits: several months of one client, hand-written") {
  const std::string block = "clients:\n"
                            "  - id: acme   # the big one\n"
                            "    revenue:\n"
                            "      2026-02: 100  # February\n"
                            "\n"
                            "      2026-04: 300\n"
                            "    name: Acme\n";
  // Two before one key and two at the end keep month order; the replaced one stays put.
  CHECK(batch(block, {month_set("acme", "revenue", "2026-06", 600),
                      month_set("acme", "revenue", "2026-03", 300),
                      month_set("acme", "revenue", "2026-01", 100),
                      month_set("acme", "revenue", "2026-04", 40000),
                      month_set("acme", "revenue", "2026-05", 500)}) ==
        "clients:\n  - id: acme   # the big one\n    revenue:\n      2026-01: 1\n"
        "      2026-02: 100  # February\n\n      2026-03: 3\n      2026-04: 400\n"
        "      2026-05: 5\n      2026-06: 6\n    name: Acme\n");
  const std::string flow = "clients:\n  - id: a\n    revenue: {2026-02: 2,\n"
                           "      2026-05: 5}  # end\n";
  CHECK(batch(flow,
              {month_set("a", "revenue", "2026-01", 100), month_set("a", "revenue", "2026-03", 300),
               month_set("a", "revenue", "2026-04", 400), month_set("a", "revenue", "2026-07", 700),
               month_set("a", "revenue", "2026-06", 600)}) ==
        "clients:\n  - id: a\n    revenue: {2026-01: 1, 2026-02: 2,\n"
        "      2026-03: 3, 2026-04: 4, 2026-05: 5, 2026-06: 6, 2026-07: 7}  # end\n");
  // A client without the mapping gets one mapping; an empty one and a null one are filled.
  const std::string three = "clients:\n  - id: a\n    name: A\n  - id: b\n    cost: {}\n"
                            "  - id: c\n    forecast:\n";
  CHECK(
      batch(three, {month_set("a", "cost", "2026-02", 200), month_set("a", "cost", "2026-01", 150),
                    month_set("b", "cost", "2026-02", 200), month_set("b", "cost", "2026-01", 100),
                    month_set("c", "forecast", "2026-12", 1200),
                    month_set("c", "forecast", "2026-11", 1100)}) ==
      "clients:\n  - id: a\n    name: A\n    cost: {2026-01: 1.50, 2026-02: 2}\n  - id: b\n"
      "    cost: {2026-01: 1, 2026-02: 2}\n  - id: c\n    forecast: {2026-11: 11, 2026-12: 12}\n");
  // A BOM stays and offsets count it; CRLF lines, and a file without a final line break.
  CHECK(batch("\xEF\xBB\xBF"
              "clients:\r\n  - id: a\r\n    revenue:\r\n      2026-01: 1",
              {month_set("a", "revenue", "2026-03", 300), month_set("a", "revenue", "2026-02", 200),
               month_set("a", "cost", "2026-01", 100)}) ==
        "\xEF\xBB\xBF"
        "clients:\r\n  - id: a\r\n    revenue:\r\n      2026-01: 1\r\n      2026-02: 2\r\n"
        "      2026-03: 3\r\n    cost: {2026-01: 1}");
}

TEST_CASE("month_edits: one at a time or in one batch, the same bytes") {
  const std::vector<std::string> files{
      "clients:\n  - id: acme\n    revenue:\n      2026-02: 100\n    name: Acme\n"
      "  - id: beta\n    revenue: {2026-01: 1}\n  - id: gamma\n    cost: {}\n",
      "clients: [{id: a, name: A}, {id: b, revenue: {2026-03: 3}}]\n",
      "clients:\n- id: a\n  revenue:\n    2026-01: 1 # x\n- id: b\n  name: B",
  };
  for (const std::string& text : {files[1], files[2]}) {
    CAPTURE(text);
    check_batch(text,
                {month_set("a", "revenue", "2026-04", 4), month_set("a", "revenue", "2026-02", 2)});
  }
  check_batch(files[0],
              {month_set("gamma", "cost", "2026-05", 5), month_set("acme", "revenue", "2026-01", 1),
               month_set("acme", "revenue", "2026-03", 3),
               month_set("beta", "revenue", "2026-01", 9), month_set("acme", "cost", "2026-01", 1),
               month_set("beta", "cost", "2026-01", 1)});
  std::mt19937 random(20);
  int edited = 0;
  for (int round = 0; round < 1500; ++round) {
    const GeneratedFile g = generate_file(random);
    std::vector<MonthSet> sets;
    for (const std::string& id : g.clients)
      for (int m = 1; m <= 9; ++m)
        if (random() % 4 == 0)
          sets.push_back(MonthSet{id, random() % 5 == 0 ? "cost" : "revenue", Month(2026, m),
                                  Money::from_cents(static_cast<std::int64_t>(random() % 100000)),
                                  std::nullopt});
    std::shuffle(sets.begin(), sets.end(), random);
    CAPTURE(g.text);
    check_batch(g.text, sets);
    edited += sets.empty() ? 0 : 1;
  }
  CHECK(edited > 1000);
}

TEST_CASE("month_edits: refusals") {
  const std::string text = "clients:\n  - id: a\n    revenue: 5\n";
  CHECK_THROWS_AS(portfolio_edit::month_edits(text, {month_set("z", "revenue", "2026-01", 1)}),
                  yaml_edit::EditError);
  CHECK_THROWS_AS(portfolio_edit::month_edits(text, {month_set("a", "revenue", "2026-01", 1)}),
                  yaml_edit::EditError);
  CHECK_THROWS_AS(
      portfolio_edit::month_edits("clients:\n  - id: a\n", {month_set("a", "cost", "2026-01", 1),
                                                            month_set("a", "cost", "2026-01", 2)}),
      yaml_edit::EditError);
  CHECK(portfolio_edit::month_edits(text, {}).empty());
  // A month the caller saw missing that the text holds, or the other way: the file changed.
  const std::string block = "clients:\n  - id: a\n    cost: {2026-01: 1}\n";
  MonthSet seen = month_set("a", "cost", "2026-01", 2);
  seen.held = false;
  CHECK_THROWS_AS(portfolio_edit::month_edits(block, {seen}), yaml_edit::EditError);
  seen.held = true;
  CHECK(batch(block, {seen}) == "clients:\n  - id: a\n    cost: {2026-01: 0.02}\n");
  seen.month = Month(2026, 2);
  CHECK_THROWS_AS(portfolio_edit::month_edits(block, {seen}), yaml_edit::EditError);
  seen.key = "revenue";
  CHECK_THROWS_AS(portfolio_edit::month_edits(block, {seen}), yaml_edit::EditError);
  seen.held = false;
  CHECK(batch(block, {seen}) ==
        "clients:\n  - id: a\n    cost: {2026-01: 1}\n    revenue: {2026-02: 0.02}\n");
}

TEST_CASE("MonthLayout: one parse, asked many times; what cannot be edited refused when asked") {
  // b ends with a block scalar (nothing can follow it), c's revenue has a key that is no month.
  const std::string text = "clients:\n  - id: a\n    revenue: {2026-01: 1}\n  - id: b\n"
                           "    note: |\n      x\n  - id: c\n    revenue: {x: 1}\n";
  const portfolio_edit::MonthLayout layout(text, {"revenue", "cost"});
  CHECK(yaml_edit::apply(text, layout.edits({month_set("a", "revenue", "2026-02", 200)})) ==
        batch(text, {month_set("a", "revenue", "2026-02", 200)}));
  CHECK(yaml_edit::apply(text, layout.edits({month_set("a", "cost", "2026-02", 200),
                                             month_set("a", "revenue", "2026-01", 300)})) ==
        "clients:\n  - id: a\n    revenue: {2026-01: 3}\n    cost: {2026-02: 2}\n  - id: b\n"
        "    note: |\n      x\n  - id: c\n    revenue: {x: 1}\n");
  CHECK_THROWS_WITH_AS(layout.edits({month_set("b", "revenue", "2026-02", 1)}),
                       "cannot place text after a block scalar (| or >)", yaml_edit::EditError);
  CHECK_THROWS_WITH_AS(layout.edits({month_set("c", "revenue", "2026-02", 1)}),
                       "'x' is not a month", yaml_edit::EditError);
  CHECK_THROWS_AS(layout.edits({month_set("a", "forecast", "2026-02", 1)}), std::logic_error);
  CHECK(layout.offsets({{"a", "revenue", Month(2026, 1)}, {"c", "revenue", Month(2026, 1)}}) ==
        std::vector<std::optional<std::size_t>>{text.find("1}"), std::nullopt});
}

TEST_CASE("month_offsets: every month from one parse, in the text without its BOM") {
  const std::string text = "\xEF\xBB\xBF"
                           "clients:\n  - id: a\n    revenue: {2026-01: 10, 2026-02: 20}\n"
                           "  - id: b\n    cost:\n      2026-01: 5\n";
  const std::string_view body = strip_bom(text);
  const auto at = portfolio_edit::month_offsets(text, {{"b", "cost", Month(2026, 1)},
                                                       {"a", "revenue", Month(2026, 2)},
                                                       {"a", "revenue", Month(2026, 3)},
                                                       {"b", "revenue", Month(2026, 1)}});
  REQUIRE(at.size() == 4);
  CHECK(at[0] == body.find("5\n"));
  CHECK(at[1] == body.find("20}"));
  CHECK(!at[2]);
  CHECK(!at[3]);
  CHECK(portfolio_edit::month_offset(text, "a", "revenue", Month(2026, 1)) == body.find("10"));
  CHECK_THROWS_AS(portfolio_edit::month_offsets(text, {{"z", "cost", Month(2026, 1)}}),
                  yaml_edit::EditError);
}

TEST_CASE("yaml_edit::apply: many edits in one pass; overlapping ones are a bug") {
  std::vector<Edit> edits{{4, 0, "x"}, {0, 1, "A"}, {4, 0, "y"}, {2, 2, ""}};
  yaml_edit::sort_edits(edits);
  CHECK(yaml_edit::apply("abcdef", edits) == "Abxyef");
  std::vector<Edit> overlapping{{1, 3, "x"}, {2, 0, "y"}};
  CHECK_THROWS_AS(yaml_edit::sort_edits(overlapping), std::logic_error);
  const std::vector<Edit> unordered{{3, 0, "x"}, {1, 0, "y"}};
  CHECK_THROWS_AS(yaml_edit::apply("abcdef", unordered), std::logic_error);
  const std::vector<Edit> past_end{{7, 0, "x"}};
  CHECK_THROWS_AS(yaml_edit::apply("abcdef", past_end), std::logic_error);
}

TEST_CASE("unified_diff: from the edits, hunks with three lines of context") {
  const auto diff = [](std::string_view before, std::vector<Edit> edits, const char* name) {
    yaml_edit::sort_edits(edits);
    return unified_diff(before, edits, name);
  };
  CHECK(diff("a\n", {}, "f") == "");
  CHECK(diff("1\n2\n3\n4\n5\n6\n7\n8\n", {{8, 0, "x\n"}}, "f.yaml") ==
        "--- a/f.yaml\n+++ b/f.yaml\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+x\n 5\n 6\n 7\n");
  CHECK(diff("a\nb", {{2, 1, "c"}}, "f") ==
        "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"
        "\\ No newline at end of file\n");
  CHECK(diff("", {{0, 0, "x\n"}}, "f") == "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n");
  // Changes with 7 unchanged lines between them: two hunks (as diff -u); with 6: one.
  CHECK(diff("1\n2\n3\n4\n5\n6\n7\n8\n9\n", {{0, 1, "x"}, {16, 1, "y"}}, "f") ==
        "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-1\n+x\n 2\n 3\n 4\n@@ -6,4 +6,4 @@\n 6\n 7\n 8\n"
        "-9\n+y\n");
  CHECK(diff("1\n2\n3\n4\n5\n6\n7\n8\n", {{0, 1, "x"}, {14, 1, "y"}}, "f") ==
        "--- a/f\n+++ b/f\n@@ -1,8 +1,8 @@\n-1\n+x\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+y\n");
  // An inserted line equal to the lines after it shows after them, as the Myers diff does.
  CHECK(diff("a\nb\nb\nc\n", {{2, 0, "b\n"}}, "f") ==
        "--- a/f\n+++ b/f\n@@ -1,4 +1,5 @@\n a\n b\n b\n+b\n c\n");
  // A line gaining text at a file's end without a line break, and a line after it.
  CHECK(diff("a\nb", {{3, 0, "c\nd"}}, "f") ==
        "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+bc\n+d\n"
        "\\ No newline at end of file\n");
}

namespace {

/// `before` patched with a unified diff, as `patch` would: each hunk's context and removed
/// lines must be where its header says.
std::string patched(std::string_view before, std::string_view diff) {
  std::vector<std::string_view> old;
  for (std::string_view rest = before; !rest.empty();) {
    const std::size_t len = std::min(rest.find('\n'), rest.size() - 1) + 1;
    old.push_back(rest.substr(0, len));
    rest.remove_prefix(len);
  }
  std::vector<std::string> lines;
  for (std::string_view rest = diff; !rest.empty();) {
    const std::size_t len = rest.find('\n') + 1;
    lines.emplace_back(rest.substr(0, len));
    rest.remove_prefix(len);
  }
  std::string out;
  std::size_t next = 0; // the next old line not yet copied
  for (std::size_t i = 2; i < lines.size();) {
    unsigned a = 0, a_count = 1;
    REQUIRE(lines[i].starts_with("@@ -"));
    if (std::sscanf(lines[i].c_str(), "@@ -%u,%u", &a, &a_count) < 1) FAIL("bad header");
    const std::size_t start = a_count == 0 ? a : a - 1;
    for (; next < start; ++next)
      out += old[next];
    for (++i; i < lines.size() && !lines[i].starts_with("@@"); ++i) {
      std::string text = lines[i].substr(1);
      const bool no_break = i + 1 < lines.size() && lines[i + 1].starts_with("\\ No newline");
      if (no_break) text.pop_back();
      if (lines[i][0] != '+') {
        REQUIRE(next < old.size());
        CHECK(old[next] == text);
        ++next;
      }
      if (lines[i][0] != '-') out += text;
      if (no_break) ++i;
    }
  }
  for (; next < old.size(); ++next)
    out += old[next];
  return out;
}

/// Random edits of a random text, as the YAML editor makes them: whole lines inserted, lines
/// split, text changed within a line. `pick_line(distinct)` gives the lines of both.
template <class Line>
void random_edits(std::mt19937& random, Line&& line, std::string& text, std::vector<Edit>& edits) {
  const unsigned lines = static_cast<unsigned>(random() % 30);
  for (unsigned i = 0; i < lines; ++i)
    text += line() + (random() % 7 == 0 ? "\r\n" : "\n");
  if (!text.empty() && random() % 3 == 0) text.pop_back();
  std::size_t at = 0;
  while (at <= text.size() && random() % 4 != 0) {
    const std::size_t offset = at + random() % (text.size() - at + 1);
    std::size_t where = offset; // usually a line start, as most edits are
    if (random() % 2 == 0) {
      const std::size_t nl = text.rfind('\n', offset == 0 ? 0 : offset - 1);
      where = offset == 0 || nl == std::string::npos ? 0 : nl + 1;
      if (where < at) where = offset;
    }
    const std::size_t length =
        random() % 4 == 0 ? std::min<std::size_t>(random() % 3, text.size() - where) : 0;
    const unsigned kind = static_cast<unsigned>(random() % 3);
    const std::string inserted = kind == 0   ? line() + "\n"
                                 : kind == 1 ? line()
                                             : line() + "\n" + line() + "\n";
    edits.push_back({where, length, inserted});
    at = where + length + 1;
  }
  yaml_edit::sort_edits(edits);
}

} // namespace

TEST_CASE("unified_diff: the Myers diff of the texts, on generated edits") {
  std::mt19937 random(2020);
  // Every line distinct (a portfolio's month lines and keys are): the very Myers diff.
  for (int round = 0; round < 3000; ++round) {
    int n = 0;
    std::string text;
    std::vector<Edit> edits;
    random_edits(
        random, [&] { return fmt::format("line {}", n++); }, text, edits);
    const std::string after = yaml_edit::apply(text, edits);
    CAPTURE(text);
    CAPTURE(after);
    const std::string diff = unified_diff(text, edits, "f");
    CHECK(diff == reference::myers_unified_diff(text, after, "f"));
  }
  // Lines from a small alphabet: the same lines stand next to the edits. The diff may pair
  // equal lines otherwise than the whole-text search did, when edits stand next to each other,
  // but patches the text into the edited one.
  const std::vector<std::string> words{"a", "b", "  - id: x", "    revenue:"};
  int same_as_myers = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    std::vector<Edit> edits;
    random_edits(
        random, [&] { return words[random() % words.size()]; }, text, edits);
    const std::string after = yaml_edit::apply(text, edits);
    CAPTURE(text);
    CAPTURE(after);
    const std::string diff = unified_diff(text, edits, "f");
    CHECK(diff.empty() == (text == after));
    CHECK(patched(text, diff) == after);
    same_as_myers += diff == reference::myers_unified_diff(text, after, "f") ? 1 : 0;
  }
  CHECK(same_as_myers > 2500); // 2,718 when written
}
