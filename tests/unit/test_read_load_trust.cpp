// A settings file found by the upward search is another user's to ignore (SPEC section 2, v3).
#include "read/load.hpp"
#include "text/diagnostic.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace acctmgr;

namespace load_trust {

namespace fs = std::filesystem;

constexpr uid_t other_user = 65534; // nobody

/// A scratch tree made the current directory for the test's length: a trusted acctmgr.yaml at
/// its root, `team/` below it with a portfolio and a settings file of its own.
struct TrustTree {
  fs::path root;
  fs::path old_cwd = fs::current_path();
  TrustTree() {
    root = fs::temp_directory_path() /
           ("acctmgr-trust-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::remove_all(root);
    fs::create_directories(root / "team");
    fs::permissions(root, fs::perms::others_write, fs::perm_options::remove);
    fs::current_path(root);
    write("acctmgr.yaml", "settings: {growth_target: 10%}\n");
    write("team/acctmgr.yaml", "settings: {growth_target: 30%}\n");
    write("team/a.yaml", "manager: M\ncurrency: USD\nas_of: 2026-10\n");
  }
  ~TrustTree() {
    fs::current_path(old_cwd);
    fs::remove_all(root);
  }
  void write(const std::string& name, std::string_view text) const {
    std::ofstream(root / name, std::ios::binary) << text;
  }
  /// `mode` for the directory team/ (o+w, sticky...).
  void team_mode(fs::perms mode) const { fs::permissions(root / "team", mode); }
};

/// The settings file found for `paths`, and the warnings of the search.
struct Found {
  std::optional<std::string> file;
  std::vector<std::string> warnings;
};
Found search(const std::vector<std::string>& paths) {
  Found f;
  f.file = find_settings_file(paths, &f.warnings);
  return f;
}

bool can_chown() {
  return ::geteuid() == 0;
}

const fs::perms drwxrwxrwx = fs::perms::all;
const fs::perms drwxrwxrwt = fs::perms::all | fs::perms::sticky_bit;

} // namespace load_trust

using namespace load_trust;

TEST_CASE("settings: the user's or root's file in a directory others cannot write is used") {
  TrustTree tree;
  const Found found = search({"team"});
  CHECK(found.file == "team/acctmgr.yaml");
  CHECK(found.warnings.empty());
}

TEST_CASE("settings: another user's file is passed over with a warning; the search goes on") {
  if (!can_chown()) {
    MESSAGE("not root: cannot give a file to another user; skipped");
    return;
  }
  TrustTree tree;
  REQUIRE(::chown("team/acctmgr.yaml", other_user, other_user) == 0);
  const Found found = search({"team"});
  CHECK(found.file == "acctmgr.yaml");
  CHECK(found.warnings ==
        std::vector<std::string>{"ignoring settings file team/acctmgr.yaml: it is owned by "
                                 "another user (uid 65534), not by you or root; pass --config "
                                 "team/acctmgr.yaml to use it"});
  // Two paths that find it: one warning.
  CHECK(search({"team", "team/a.yaml"}).warnings.size() == 1);
  // Through a link, the owner is the target's.
  fs::rename("team/acctmgr.yaml", "planted.yaml");
  fs::create_symlink("../planted.yaml", "team/acctmgr.yaml");
  CHECK(search({"team"}).file == "acctmgr.yaml");
  // The top one given away too: the defaults, and a warning for each.
  REQUIRE(::chown("acctmgr.yaml", other_user, other_user) == 0);
  const Found none = search({"team/a.yaml"});
  CHECK(!none.file);
  CHECK(none.warnings.size() == 2);
}

TEST_CASE("settings: a directory others may write is passed over unless sticky and trusted") {
  TrustTree tree;
  tree.team_mode(drwxrwxrwx);
  const Found writable = search({"team"});
  CHECK(writable.file == "acctmgr.yaml");
  CHECK(writable.warnings ==
        std::vector<std::string>{"ignoring settings file team/acctmgr.yaml: its directory team "
                                 "is writable by others; pass --config team/acctmgr.yaml to use "
                                 "it"});
  // Sticky (as /tmp): others cannot replace the file; the directory is the user's.
  tree.team_mode(drwxrwxrwt);
  CHECK(search({"team"}).file == "team/acctmgr.yaml");
  CHECK(search({"team"}).warnings.empty());
  // Group-writable is no one else's business here: only o+w counts (SPEC section 12).
  tree.team_mode(fs::perms::owner_all | fs::perms::group_all);
  CHECK(search({"team"}).file == "team/acctmgr.yaml");
  // The current directory itself, spelled ".".
  tree.team_mode(drwxrwxrwx);
  fs::current_path("team");
  CHECK(search({"a.yaml"}).file == "../acctmgr.yaml");
  CHECK(search({"-"}).warnings ==
        std::vector<std::string>{"ignoring settings file acctmgr.yaml: its directory . is "
                                 "writable by others; pass --config acctmgr.yaml to use it"});
  tree.team_mode(fs::perms::owner_all);

  if (!can_chown()) {
    MESSAGE("not root: cannot give a directory to another user; sticky case skipped");
    return;
  }
  tree.team_mode(drwxrwxrwt);
  fs::current_path(tree.root);
  REQUIRE(::chown("team", other_user, other_user) == 0);
  CHECK(search({"team"}).warnings ==
        std::vector<std::string>{"ignoring settings file team/acctmgr.yaml: its directory team "
                                 "is writable by others and, though sticky, owned by another "
                                 "user (uid 65534); pass --config team/acctmgr.yaml to use it"});
}

TEST_CASE("settings: load warns through its hook; --config is taken as given") {
  TrustTree tree;
  tree.team_mode(drwxrwxrwx);
  std::istringstream no_stdin;
  LoadRequest request;
  request.default_as_of = Month(2026, 10);
  request.paths = {"team"};
  std::vector<std::string> warned;
  request.warn = [&](const std::string& w) { warned.push_back(w); };
  const Loaded loaded = load(request, no_stdin);
  CHECK(loaded.settings_file.path == "acctmgr.yaml");
  CHECK(loaded.portfolios.front().settings.growth_target == Ratio(1, 10));
  CHECK(warned.size() == 1);

  // Also when the paths then conflict: the file passed over is why they do (east finds
  // none).
  warned.clear();
  tree.write("team/b.yaml", "manager: O\ncurrency: USD\nas_of: 2026-10\n");
  tree.team_mode(fs::perms::owner_all);
  fs::create_directories("east");
  fs::rename("team/acctmgr.yaml", "east/acctmgr.yaml");
  fs::rename("team/b.yaml", "east/b.yaml");
  fs::permissions("east", drwxrwxrwx);
  fs::remove("acctmgr.yaml");
  fs::create_directories("west");
  tree.write("west/acctmgr.yaml", "settings: {growth_target: 50%}\n");
  tree.write("west/c.yaml", "manager: P\ncurrency: USD\nas_of: 2026-10\n");
  request.paths = {"east", "west"};
  CHECK_THROWS_AS(load(request, no_stdin), SettingsConflict);
  CHECK(warned.size() == 1);

  warned.clear();
  request.paths = {"east"};
  request.config = "east/acctmgr.yaml";
  const Loaded given = load(request, no_stdin);
  CHECK(given.settings_file.path == "east/acctmgr.yaml");
  CHECK(given.portfolios.front().settings.growth_target == Ratio(3, 10));
  CHECK(warned.empty());
}
