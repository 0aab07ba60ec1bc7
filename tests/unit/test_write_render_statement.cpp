#include "write/render_statement.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

namespace {

Statement sample(const std::string& name) {
  Statement s;
  s.title = {said("Bonus statement: "), quoted(name), said(", fiscal year 2026")};
  s.sections = {{"Inputs", {{{said("salary: 48,000.00 USD")}, 0}, {{said("actuals: 1.00")}, 1}}},
                {"Components",
                 {{{said("referral = 500.00 × 1 = 500.00")}, 0},
                  {{quoted("globex"), said(" ("), quoted(name), said(")")}, 1}}}};
  return s;
}

} // namespace

TEST_CASE("statement as text: sections, lines indented by level") {
  CHECK(render_statement_text(sample("Olena")) == "Bonus statement: Olena, fiscal year 2026\n"
                                                  "\n"
                                                  "Inputs\n"
                                                  "  salary: 48,000.00 USD\n"
                                                  "    actuals: 1.00\n"
                                                  "\n"
                                                  "Components\n"
                                                  "  referral = 500.00 × 1 = 500.00\n"
                                                  "    globex (Olena)\n");
}

TEST_CASE("statement as Markdown: headings and nested bullets") {
  CHECK(render_statement_md(sample("Olena")) == "## Bonus statement: Olena, fiscal year 2026\n"
                                                "\n"
                                                "### Inputs\n"
                                                "\n"
                                                "- salary: 48,000.00 USD\n"
                                                "  - actuals: 1.00\n"
                                                "\n"
                                                "### Components\n"
                                                "\n"
                                                "- referral = 500.00 × 1 = 500.00\n"
                                                "  - globex (Olena)\n");
}

TEST_CASE("untrusted names never reach the terminal raw, nor Markdown as markup") {
  const std::string evil = "Evil\x1b[2J *Corp* <b>";
  const std::string text = render_statement_text(sample(evil));
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("*Corp* <b>") != std::string::npos); // plain text keeps punctuation
  const std::string md = render_statement_md(sample(evil));
  CHECK(md.find('\x1b') == std::string::npos);
  CHECK(md.find("\\*Corp\\* \\<b\\>") != std::string::npos);
  // our own wording is not escaped
  CHECK(md.find("500.00 × 1") != std::string::npos);
}
