#include "model/finding.hpp"
#include "model/shared_text.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace acctmgr;

TEST_CASE("shared text: copies share one string, which reads as a std::string") {
  const SharedText path(std::string("/home/team/portfolios/olena-kovalenko.yaml"));
  const SharedText copy = path;
  CHECK(&copy.str() == &path.str()); // one string, not two
  const std::string& read = copy;
  CHECK(read == "/home/team/portfolios/olena-kovalenko.yaml");
  CHECK(copy == "/home/team/portfolios/olena-kovalenko.yaml");
  CHECK(!(copy == "other.yaml"));
  CHECK(!copy.empty());
  const SharedText none;
  CHECK(none.empty());
  CHECK(none.str().empty());
}

TEST_CASE("a portfolio's findings share its file and manager") {
  const SharedText file("team/olena.yaml"), manager("Olena");
  const Finding a{file, 3, manager, "acme", Code::no_meeting, Severity::warning, "m"};
  const Finding b{file, 9, manager, "kyiv", Code::no_payer, Severity::warning, "n"};
  CHECK(&a.file.str() == &b.file.str());
  CHECK(&a.manager.str() == &b.manager.str());
}
