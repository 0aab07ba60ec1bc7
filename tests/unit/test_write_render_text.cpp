#include "write/render.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace {

std::vector<Finding> text_findings() {
  return {
      {"team/olena.yaml", 12, "Olena", "acme", Code::low_margin, Severity::error,
       "margin -2.0% is below 0", Money::from_cents(123450)},
      {"team/olena.yaml", 2, "Olena", "", Code::below_target, Severity::warning,
       "growth 13.9%, target 20.0%"},
      {"-", 7, "Olena", "kyiv", Code::no_wallet, Severity::info, "100%, a:b,\nnext\x1b[31m"},
  };
}

/// check's document: the findings, quiet when there are none.
Document findings_document(std::vector<Finding> findings) {
  return Document{{}, {}, {Section{"findings", FindingList{std::move(findings), true}, false}}};
}

} // namespace

TEST_CASE("check text lines: FILE:LINE: severity CODE client: message") {
  CHECK(render_text(findings_document(text_findings()), {}) ==
        "team/olena.yaml:12: error LOW_MARGIN acme: margin -2.0% is below 0\n"
        "team/olena.yaml:2: warning BELOW_TARGET: growth 13.9%, target 20.0%\n"
        "<stdin>:7: info NO_WALLET kyiv: 100%, a:b,\\nnext\\x1b[31m\n");
}

TEST_CASE("GitHub annotations escape data and properties as the runner expects") {
  CHECK(render_github(findings_document(text_findings()), {}) ==
        "::error file=team/olena.yaml,line=12,title=LOW_MARGIN acme::margin -2.0%25 is below 0\n"
        "::warning file=team/olena.yaml,line=2,title=BELOW_TARGET::growth 13.9%25, target "
        "20.0%25\n"
        "::notice file=<stdin>,line=7,title=NO_WALLET kyiv::100%25, a:b,\\nnext\\x1b[31m\n");
}

TEST_CASE("findings table has the SPEC's columns, at_stake last") {
  const std::vector<Finding> findings = text_findings();
  const Table t = findings_table(findings);
  REQUIRE(t.columns().size() == 8);
  CHECK(t.columns()[0].name == "file");
  CHECK(t.columns()[6].name == "message");
  CHECK(t.columns()[7].name == "at_stake");
  CHECK(std::get<Money>(t.at(0, "at_stake")) == Money::from_cents(123450));
  CHECK(std::holds_alternative<std::monostate>(t.at(1, "at_stake"))); // none: empty
  CHECK(std::get<std::int64_t>(t.at(0, "line")) == 12);
  CHECK(std::get<std::string>(t.at(2, "file")) == "<stdin>");
  CHECK(std::get<std::string>(t.at(1, "client")).empty());
  CHECK(std::get<std::string>(t.at(0, "code")) == "LOW_MARGIN");
}

TEST_CASE("no findings: nothing in the human forms, a header in CSV, [] in JSON") {
  const Document clean = findings_document({});
  CHECK(render_text(clean, {}).empty());
  CHECK(render_github(clean, {}).empty());
  CHECK(render_table(clean, {}).empty());
  CHECK(render_md(clean, {}).empty());
  CHECK(render_csv(clean, {}) == "file,line,manager,client,code,severity,message,at_stake\r\n");
  CHECK(render_json(clean, {}) == "[]\n");
}

TEST_CASE("at_stake: 2 decimals or empty in CSV, a number or null in JSON") {
  const Document d = findings_document(text_findings());
  const std::string csv = render_csv(d, {});
  CHECK(csv.find(",margin -2.0% is below 0,1234.50\r\n") != std::string::npos);
  CHECK(csv.find(",\"growth 13.9%, target 20.0%\",\r\n") != std::string::npos);
  const std::string json = render_json(d, {});
  CHECK(json.find("\"message\": \"margin -2.0% is below 0\", \"at_stake\": 1234.50}") !=
        std::string::npos);
  CHECK(json.find("\"message\": \"growth 13.9%, target 20.0%\", \"at_stake\": null}") !=
        std::string::npos);
  // The text lines and the annotations are as before (above): no amount in them.
}
