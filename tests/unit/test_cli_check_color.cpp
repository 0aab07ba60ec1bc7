// `check --color`: the severity word of text lines in the tables' palette.
#include "write/render.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace {

Document one_finding(Severity s, std::string message = "m") {
  return Document{{},
                  {},
                  {Section{"findings",
                           FindingList{{{"team/a.yaml", 7, "Olena", "acme", Code::no_meeting, s,
                                         std::move(message)}},
                                       true},
                           false}}};
}

} // namespace

TEST_CASE("check's text lines colour the severity word only, and only when asked") {
  CHECK(render_text(one_finding(Severity::warning), RenderOptions{true}) ==
        "team/a.yaml:7: \x1b[33mwarning\x1b[0m NO_MEETING acme: m\n");
  CHECK(render_text(one_finding(Severity::warning), RenderOptions{false}) ==
        "team/a.yaml:7: warning NO_MEETING acme: m\n");
  // Text from a file is escaped whether or not colour is on.
  CHECK(render_text(one_finding(Severity::error, "\x1b[2Jx"), RenderOptions{true}) ==
        "team/a.yaml:7: \x1b[31merror\x1b[0m NO_MEETING acme: \\x1b[2Jx\n");
}

TEST_CASE("a severity has the same colour in check's lines as in the findings table") {
  for (const Severity s : {Severity::info, Severity::warning, Severity::error}) {
    CAPTURE(to_string(s));
    const std::string line = render_text(one_finding(s), RenderOptions{true});
    const std::size_t start = line.find("\x1b[");
    REQUIRE(start != std::string::npos);
    const std::string word = line.substr(start, line.find("\x1b[0m") + 4 - start);
    CHECK(word.find(to_string(s)) != std::string::npos);
    CHECK(render_table(one_finding(s), RenderOptions{true}).find(word) != std::string::npos);
  }
}
