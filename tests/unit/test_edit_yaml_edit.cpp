#include "edit/portfolio_edit.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using portfolio_edit::append_activity;
using portfolio_edit::set_month;

namespace {

Money yaml_units(std::int64_t u) {
  return Money::units(u);
}

const yaml_edit::Fields call{{"date", "2026-11-05"}, {"with", "[dana]"}, {"mode", "call"}};

} // namespace

TEST_CASE("yaml_edit: block mapping, before, between and after the months") {
  const std::string text = "clients:\n"
                           "  - id: acme   # the big one\n"
                           "    revenue:\n"
                           "      2026-02: 100  # February\n"
                           "\n"
                           "      2026-04: 300\n"
                           "    name: Acme\n";
  CHECK(set_month(text, "acme", "revenue", Month(2026, 1), yaml_units(50)) ==
        "clients:\n  - id: acme   # the big one\n    revenue:\n      2026-01: 50\n"
        "      2026-02: 100  # February\n\n      2026-04: 300\n    name: Acme\n");
  CHECK(set_month(text, "acme", "revenue", Month(2026, 3), Money::from_cents(20050)) ==
        "clients:\n  - id: acme   # the big one\n    revenue:\n      2026-02: 100  # February\n"
        "\n      2026-03: 200.50\n      2026-04: 300\n    name: Acme\n");
  CHECK(set_month(text, "acme", "revenue", Month(2026, 5), yaml_units(7)) ==
        "clients:\n  - id: acme   # the big one\n    revenue:\n      2026-02: 100  # February\n"
        "\n      2026-04: 300\n      2026-05: 7\n    name: Acme\n");
  // The comment after the last entry stays on its line.
  CHECK(set_month("clients:\n- id: a\n  cost:\n    2026-01: 1 # x\n", "a", "cost", Month(2026, 2),
                  yaml_units(2)) ==
        "clients:\n- id: a\n  cost:\n    2026-01: 1 # x\n    2026-02: 2\n");
}

TEST_CASE("yaml_edit: replacing a value keeps everything around it") {
  const std::string text =
      "clients:\n  - id: acme\n    revenue: {2026-01: 100, 2026-02: 200} # k\n";
  CHECK(set_month(text, "acme", "revenue", Month(2026, 2), Money::from_cents(19999)) ==
        "clients:\n  - id: acme\n    revenue: {2026-01: 100, 2026-02: 199.99} # k\n");
}

TEST_CASE("yaml_edit: flow mapping on one line, wrapped, and empty") {
  const std::string one = "clients:\n  - id: acme\n    revenue: {2026-01: 1, 2026-03: 3}\n";
  CHECK(set_month(one, "acme", "revenue", Month(2025, 12), yaml_units(9)) ==
        "clients:\n  - id: acme\n    revenue: {2025-12: 9, 2026-01: 1, 2026-03: 3}\n");
  CHECK(set_month(one, "acme", "revenue", Month(2026, 2), yaml_units(2)) ==
        "clients:\n  - id: acme\n    revenue: {2026-01: 1, 2026-02: 2, 2026-03: 3}\n");
  CHECK(set_month(one, "acme", "revenue", Month(2026, 4), yaml_units(4)) ==
        "clients:\n  - id: acme\n    revenue: {2026-01: 1, 2026-03: 3, 2026-04: 4}\n");
  const std::string wrapped = "clients:\n  - id: acme\n    revenue:\n      {2026-01: 1,\n"
                              "       2026-02: 2}  # end\n";
  CHECK(set_month(wrapped, "acme", "revenue", Month(2026, 3), yaml_units(3)) ==
        "clients:\n  - id: acme\n    revenue:\n      {2026-01: 1,\n"
        "       2026-02: 2, 2026-03: 3}  # end\n");
  CHECK(set_month("clients:\n  - id: acme\n    forecast: {}\n", "acme", "forecast", Month(2026, 11),
                  yaml_units(5)) == "clients:\n  - id: acme\n    forecast: {2026-11: 5}\n");
}

TEST_CASE("yaml_edit: a missing mapping becomes the client's last key") {
  const std::string text = "clients:\n  - id: acme\n    name: Acme # n\n\n"
                           "  # next one\n  - id: beta\n    name: Beta\n";
  CHECK(set_month(text, "acme", "cost", Month(2026, 11), yaml_units(10)) ==
        "clients:\n  - id: acme\n    name: Acme # n\n    cost: {2026-11: 10}\n\n"
        "  # next one\n  - id: beta\n    name: Beta\n");
  // The last client of a file without a final line break.
  CHECK(set_month("clients:\n  - id: beta\n    name: Beta", "beta", "revenue", Month(2026, 1),
                  yaml_units(1)) ==
        "clients:\n  - id: beta\n    name: Beta\n    revenue: {2026-01: 1}");
  // A flow client.
  CHECK(set_month("clients: [{id: c, name: C}]\n", "c", "revenue", Month(2026, 1), yaml_units(1)) ==
        "clients: [{id: c, name: C, revenue: {2026-01: 1}}]\n");
  // A key without a value.
  CHECK(set_month("clients:\n  - id: c\n    revenue:\n", "c", "revenue", Month(2026, 1),
                  yaml_units(1)) == "clients:\n  - id: c\n    revenue: {2026-01: 1}\n");
}

TEST_CASE("yaml_edit: a CRLF file gets CRLF lines; a BOM stays") {
  const std::string text = "\xEF\xBB\xBF"
                           "clients:\r\n  - id: a\r\n    revenue:\r\n"
                           "      2026-01: 1\r\n";
  CHECK(set_month(text, "a", "revenue", Month(2026, 2), yaml_units(2)) ==
        "\xEF\xBB\xBF"
        "clients:\r\n  - id: a\r\n    revenue:\r\n      2026-01: 1\r\n"
        "      2026-02: 2\r\n");
  CHECK(set_month(text, "a", "revenue", Month(2025, 12), yaml_units(2)) ==
        "\xEF\xBB\xBF"
        "clients:\r\n  - id: a\r\n    revenue:\r\n      2025-12: 2\r\n"
        "      2026-01: 1\r\n");
  CHECK(set_month(text, "a", "cost", Month(2025, 12), yaml_units(2)) ==
        "\xEF\xBB\xBF"
        "clients:\r\n  - id: a\r\n    revenue:\r\n      2026-01: 1\r\n"
        "    cost: {2025-12: 2}\r\n");
}

TEST_CASE("yaml_edit: activity appended to block and flow lists") {
  const std::string block = "clients:\n  - id: a\n    activity:\n"
                            "      - {date: 2026-10-01, with: [dana], mode: \"call\"} # q\n"
                            "    # after\n";
  CHECK(append_activity(block, "a", call) ==
        "clients:\n  - id: a\n    activity:\n"
        "      - {date: 2026-10-01, with: [dana], mode: \"call\"} # q\n"
        "      - {date: 2026-11-05, with: [dana], mode: call}\n    # after\n");
  const std::string block_items = "clients:\n- id: a\n  activity:\n  -   date: 2026-10-01\n"
                                  "      with: [dana]\n      mode: call\n";
  CHECK(append_activity(block_items, "a", call) ==
        block_items + "  -   date: 2026-11-05\n      with: [dana]\n      mode: call\n");
  const std::string flow = "clients:\n  - id: a\n    activity: [\n      {date: 2026-10-01, "
                           "with: [dana], mode: call}\n    ]\n";
  CHECK(append_activity(flow, "a", call) ==
        "clients:\n  - id: a\n    activity: [\n      {date: 2026-10-01, with: [dana], mode: "
        "call}, {date: 2026-11-05, with: [dana], mode: call}\n    ]\n");
  CHECK(append_activity("clients:\n  - id: a\n    activity: []\n", "a", call) ==
        "clients:\n  - id: a\n    activity: [{date: 2026-11-05, with: [dana], mode: call}]\n");
  CHECK(append_activity("clients:\n  - id: a\n    name: A\n", "a", call) ==
        "clients:\n  - id: a\n    name: A\n    activity:\n      - {date: 2026-11-05, with: "
        "[dana], mode: call}\n");
}

TEST_CASE("yaml_edit: quoted notes and amounts") {
  CHECK(portfolio_edit::quoted("QBR \"x\" \\ y\nz") == "\"QBR \\\"x\\\" \\\\ y\\nz\"");
  CHECK(portfolio_edit::amount_text(Money::from_cents(12345000)) == "123450");
  CHECK(portfolio_edit::amount_text(Money::from_cents(5)) == "0.05");
  CHECK(portfolio_edit::amount_text(Money::from_cents(11850050)) == "118500.50");
}
