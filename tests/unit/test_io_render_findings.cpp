#include "io/render_findings.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace {

std::vector<Finding> sample() {
  return {
      {"team/olena.yaml", 12, "Olena", "acme", "LOW_MARGIN", Severity::error,
       "margin -2.0% is below 0"},
      {"team/olena.yaml", 2, "Olena", "", "BELOW_TARGET", Severity::warning,
       "growth 13.9%, target 20.0%"},
      {"-", 7, "Olena", "kyiv", "NO_WALLET", Severity::info, "100%, a:b,\nnext\x1b[31m"},
  };
}

} // namespace

TEST_CASE("check text lines: FILE:LINE: severity CODE client: message") {
  CHECK(render_findings_text(sample()) ==
        "team/olena.yaml:12: error LOW_MARGIN acme: margin -2.0% is below 0\n"
        "team/olena.yaml:2: warning BELOW_TARGET: growth 13.9%, target 20.0%\n"
        "<stdin>:7: info NO_WALLET kyiv: 100%, a:b,\\nnext\\x1b[31m\n");
}

TEST_CASE("GitHub annotations escape data and properties as the runner expects") {
  CHECK(render_findings_github(sample()) ==
        "::error file=team/olena.yaml,line=12,title=LOW_MARGIN acme::margin -2.0%25 is below 0\n"
        "::warning file=team/olena.yaml,line=2,title=BELOW_TARGET::growth 13.9%25, target "
        "20.0%25\n"
        "::notice file=<stdin>,line=7,title=NO_WALLET kyiv::100%25, a:b,\\nnext\\x1b[31m\n");
}

TEST_CASE("findings table has the SPEC's columns") {
  const Table t = findings_table(sample());
  REQUIRE(t.columns.size() == 7);
  CHECK(t.columns[0].name == "file");
  CHECK(t.columns[6].name == "message");
  CHECK(std::get<std::int64_t>(t.rows[0].cells[1]) == 12);
  CHECK(std::get<std::string>(t.rows[2].cells[0]) == "<stdin>");
  CHECK(std::get<std::string>(t.rows[1].cells[3]).empty());
}
