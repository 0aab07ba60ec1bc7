#include "model/id_list.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

TEST_CASE("id list: ids in order, found by any_of, equal by content") {
  IdList with;
  CHECK(with.empty());
  CHECK(with.ids().empty());
  CHECK_FALSE(with.any_of([](std::string_view) { return true; }));
  with.push_back("cfo");
  with.push_back("team.lead-2");
  CHECK_FALSE(with.empty());
  CHECK(with.ids() == std::vector<std::string_view>{"cfo", "team.lead-2"});
  std::vector<std::string_view> tried;
  CHECK(with.any_of([&](std::string_view id) {
    tried.push_back(id);
    return id == "team.lead-2";
  }));
  CHECK(tried == std::vector<std::string_view>{"cfo", "team.lead-2"});
  CHECK_FALSE(with.any_of([](std::string_view id) { return id == "cf"; })); // whole ids only
  CHECK(with == IdList{"cfo", "team.lead-2"});
  CHECK_FALSE(with == IdList{"team.lead-2", "cfo"});
  CHECK(IdList{"a"}.ids() == std::vector<std::string_view>{"a"});
}
