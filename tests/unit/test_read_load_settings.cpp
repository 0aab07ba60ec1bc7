#include "read/load.hpp"
#include "text/diagnostic.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace acctmgr;
namespace fs = std::filesystem;

namespace {

/// A scratch tree made the current directory for the test's length.
struct ScratchTree {
  fs::path root;
  fs::path old_cwd = fs::current_path();
  ScratchTree() {
    root = fs::temp_directory_path() /
           ("acctmgr-settings-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::remove_all(root);
    fs::create_directories(root);
    fs::current_path(root);
  }
  ~ScratchTree() {
    fs::current_path(old_cwd);
    fs::remove_all(root);
  }
  void write(const std::string& name, std::string_view text) const {
    fs::create_directories((root / name).parent_path());
    std::ofstream(root / name, std::ios::binary) << text;
  }
};

/// The message of the SettingsConflict that `paths` raise; empty when they agree.
std::string conflict(const std::vector<std::string>& paths) {
  try {
    find_settings_file(paths);
  } catch (const SettingsConflict& e) {
    return e.what();
  }
  return {};
}

constexpr std::string_view minimal_portfolio = "manager: M\ncurrency: USD\nas_of: 2026-10\n";

} // namespace

TEST_CASE("the settings file is found where the data is, spelled from the path given") {
  ScratchTree tree;
  // Nothing above the scratch tree may hold one, or every answer below would be "found".
  REQUIRE(!find_settings_file({tree.root.parent_path().string()}));
  tree.write("team/acctmgr.yaml", "settings: {growth_target: 30%}\n");
  tree.write("team/a.yaml", minimal_portfolio);
  tree.write("team/east/b.yaml", minimal_portfolio);
  tree.write("loose/c.yaml", minimal_portfolio);

  // A directory: its own acctmgr.yaml, however the directory was written.
  CHECK(find_settings_file({"team"}) == "team/acctmgr.yaml");
  CHECK(find_settings_file({"team/"}) == "team/acctmgr.yaml");
  CHECK(find_settings_file({"./team"}) == "team/acctmgr.yaml");
  // A file: the one beside it, else the nearest above it.
  CHECK(find_settings_file({"team/a.yaml"}) == "team/acctmgr.yaml");
  CHECK(find_settings_file({"team/east/b.yaml"}) == "team/acctmgr.yaml");
  CHECK(find_settings_file({"team/east"}) == "team/acctmgr.yaml");
  // A path that does not exist yet is looked up the same way (its error comes later).
  CHECK(find_settings_file({"team/missing.yaml"}) == "team/acctmgr.yaml");
  // An absolute path finds an absolute spelling.
  CHECK(find_settings_file({(tree.root / "team/a.yaml").string()}) ==
        (tree.root / "team/acctmgr.yaml").generic_string());
  // None here or above: the defaults.
  CHECK(!find_settings_file({"loose/c.yaml"}));
  CHECK(!find_settings_file({"-"}));

  // From inside the tree, stdin and bare names look in the current directory and up.
  fs::current_path(tree.root / "team/east");
  CHECK(find_settings_file({"-"}) == "../acctmgr.yaml");
  CHECK(find_settings_file({"b.yaml"}) == "../acctmgr.yaml");
  CHECK(find_settings_file({"../a.yaml"}) == "../acctmgr.yaml");
  CHECK(find_settings_file({"."}) == "../acctmgr.yaml");
  fs::current_path(tree.root / "team");
  CHECK(find_settings_file({"-"}) == "acctmgr.yaml");
  CHECK(find_settings_file({"east/b.yaml"}) == "acctmgr.yaml");
  CHECK(!find_settings_file({"../loose/c.yaml"}));
}

TEST_CASE("paths that find different settings are a conflict naming both") {
  ScratchTree tree;
  tree.write("east/acctmgr.yaml", "settings: {growth_target: 30%}\n");
  tree.write("east/a.yaml", minimal_portfolio);
  tree.write("west/acctmgr.yaml", "settings: {growth_target: 10%}\n");
  tree.write("west/b.yaml", minimal_portfolio);
  tree.write("loose/c.yaml", minimal_portfolio);

  CHECK(conflict({"east", "west/b.yaml"}) ==
        "the paths find different settings files: east (east/acctmgr.yaml) and west/b.yaml "
        "(west/acctmgr.yaml); pass --config FILE to choose one");
  // Finding none is different too: that file alone would be read with the defaults.
  CHECK(conflict({"east/a.yaml", "loose/c.yaml"}) ==
        "the paths find different settings files: east/a.yaml (east/acctmgr.yaml) and "
        "loose/c.yaml (no acctmgr.yaml: defaults); pass --config FILE to choose one (--config "
        "/dev/null for the defaults)");
  CHECK(conflict({"-", "west"}) ==
        "the paths find different settings files: <stdin> (no acctmgr.yaml: defaults) and west "
        "(west/acctmgr.yaml); pass --config FILE to choose one (--config /dev/null for the "
        "defaults)");
  // One file spelled two ways is one file: the first spelling is kept.
  const std::string absolute = (tree.root / "east/a.yaml").string();
  CHECK(conflict({"east", absolute, "east/a.yaml"}).empty());
  CHECK(find_settings_file({"east", absolute}) == "east/acctmgr.yaml");
  CHECK(conflict({"loose", "loose/c.yaml", "-"}).empty());
}

TEST_CASE("load uses the settings found, or --config without looking") {
  ScratchTree tree;
  tree.write("east/acctmgr.yaml", "settings: {growth_target: 30%}\n");
  tree.write("east/a.yaml", minimal_portfolio);
  tree.write("west/acctmgr.yaml", "settings: {growth_target: 10%}\n");
  tree.write("west/b.yaml", "manager: B\ncurrency: USD\nas_of: 2026-10\n");
  std::istringstream no_stdin;
  LoadRequest request;
  request.default_as_of = Month(2026, 10);
  request.paths = {"east"};
  const Loaded east = load(request, no_stdin);
  CHECK(east.settings_file.path == "east/acctmgr.yaml");
  CHECK(east.portfolios.front().settings.growth_target == Ratio(3, 10));

  request.paths = {"east", "west"};
  CHECK_THROWS_AS(load(request, no_stdin), SettingsConflict);
  request.config = "west/acctmgr.yaml";
  const Loaded chosen = load(request, no_stdin);
  CHECK(chosen.settings_file.path == "west/acctmgr.yaml");
  CHECK(chosen.portfolios.front().settings.growth_target == Ratio(1, 10));
  // --config /dev/null: the defaults, whatever lies beside the data.
  request.config = "/dev/null";
  CHECK(load(request, no_stdin).portfolios.front().settings.growth_target == Ratio(1, 5));
}
