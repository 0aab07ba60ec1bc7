// Directory walks and symbolic links (SPEC section 2, v3), and the hook before reading.
#include "read/load.hpp"
#include "text/diagnostic.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace acctmgr;

namespace load_walk {

namespace fs = std::filesystem;

/// A scratch directory with the data tree in `data/` and files outside it in `outside/`.
struct WalkTree {
  fs::path root = fs::temp_directory_path() /
                  ("acctmgr-walk-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  WalkTree() {
    fs::remove_all(root);
    fs::create_directories(root / "data");
    fs::create_directories(root / "outside");
  }
  ~WalkTree() { fs::remove_all(root); }
  std::string path(const std::string& name) const { return (root / name).generic_string(); }
  void portfolio(const std::string& name, const std::string& manager) const {
    fs::create_directories((root / name).parent_path());
    std::ofstream(root / name, std::ios::binary)
        << "manager: " << manager << "\ncurrency: USD\nas_of: 2026-10\n";
  }
  void link(const std::string& target, const std::string& name) const {
    fs::create_directories((root / name).parent_path());
    fs::create_symlink(target, root / name);
  }
};

LoadRequest request_for(std::vector<std::string> paths, bool follow = false) {
  LoadRequest request;
  request.paths = std::move(paths);
  request.config = "/dev/null";
  request.default_as_of = Month(2026, 10);
  request.follow_links = follow;
  return request;
}

/// The managers loaded, in order.
std::vector<std::string> managers(const LoadRequest& request) {
  std::istringstream no_stdin;
  std::vector<std::string> out;
  for (const Portfolio& p : load(request, no_stdin).portfolios)
    out.push_back(p.manager);
  return out;
}

/// The messages of a load that fails.
std::vector<std::string> problems(const LoadRequest& request) {
  std::istringstream no_stdin;
  std::vector<std::string> out;
  try {
    load(request, no_stdin);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(d.message);
  }
  return out;
}

} // namespace load_walk

using namespace load_walk;

TEST_CASE("a directory walk skips symbolic links to files and directories; -L follows them") {
  WalkTree t;
  t.portfolio("data/a.yaml", "Inside");
  t.portfolio("outside/secret.yaml", "Outside File");
  t.portfolio("outside/team/b.yaml", "Outside Dir");
  t.link(t.path("outside/secret.yaml"), "data/shadow.yaml");
  t.link(t.path("outside/team"), "data/team");
  const std::string data = t.path("data");

  CHECK(managers(request_for({data})) == std::vector<std::string>{"Inside"});
  // Followed, the links are walked like the files and directories they point at (sorted by
  // the path through the link).
  CHECK(managers(request_for({data}, true)) ==
        std::vector<std::string>{"Inside", "Outside File", "Outside Dir"});
}

TEST_CASE("a path given is followed, a link to a file or to a directory") {
  WalkTree t;
  t.portfolio("outside/secret.yaml", "Outside File");
  t.portfolio("outside/team/b.yaml", "Outside Dir");
  t.link(t.path("outside/secret.yaml"), "data/shadow.yaml");
  t.link(t.path("outside/team"), "data/team");

  CHECK(managers(request_for({t.path("data/shadow.yaml")})) ==
        std::vector<std::string>{"Outside File"});
  CHECK(managers(request_for({t.path("data/team")})) == std::vector<std::string>{"Outside Dir"});
  CHECK(managers(request_for({t.path("data/team/")})) == std::vector<std::string>{"Outside Dir"});
}

TEST_CASE("a walk that finds only links says how many it did not follow") {
  WalkTree t;
  t.portfolio("outside/secret.yaml", "Outside File");
  t.link(t.path("outside/secret.yaml"), "data/shadow.yaml");
  const std::string data = t.path("data");
  CHECK(problems(request_for({data})) ==
        std::vector<std::string>{"no portfolio files (*.yaml, *.yml) in " + data +
                                 " (1 symbolic link not followed; -L follows them)"});

  // Links that could not hold a portfolio are not counted: a README, a hidden name.
  t.link(t.path("outside"), "data/more");
  t.link(t.path("outside/secret.yaml"), "data/notes.txt");
  t.link(t.path("outside/secret.yaml"), "data/.hidden.yaml");
  CHECK(problems(request_for({data})) ==
        std::vector<std::string>{"no portfolio files (*.yaml, *.yml) in " + data +
                                 " (2 symbolic links not followed; -L follows them)"});
  // Followed, one file reached by two links is one portfolio read twice, as when a path is
  // given twice: the manager's second file is an error.
  const std::vector<std::string> twice = problems(request_for({data}, true));
  REQUIRE(twice.size() == 1);
  CHECK(twice.front().find("the same file given twice") != std::string::npos);
}

TEST_CASE("-L: a link to an ancestor ends; each directory is walked once") {
  WalkTree t;
  t.portfolio("data/a.yaml", "A");
  t.portfolio("data/sub/b.yaml", "B");
  t.link(t.path("data"), "data/sub/up");    // an ancestor: a loop
  t.link(t.path("data/sub"), "data/again"); // a directory reached twice
  CHECK(managers(request_for({t.path("data")}, true)) == std::vector<std::string>{"A", "B"});
  // Without -L neither link is entered.
  CHECK(managers(request_for({t.path("data")})) == std::vector<std::string>{"A", "B"});
}

TEST_CASE("-L: a dangling link named as a portfolio is reported, not passed over") {
  WalkTree t;
  t.portfolio("data/a.yaml", "A");
  t.link(t.path("outside/gone.yaml"), "data/gone.yaml");
  const std::string gone = t.path("data/gone.yaml");
  CHECK(problems(request_for({t.path("data")}, true)) ==
        std::vector<std::string>{"cannot read " + gone + ": No such file or directory"});
  CHECK(managers(request_for({t.path("data")})) == std::vector<std::string>{"A"});
}

TEST_CASE("before_reading is called once with the files in order, before any is read") {
  WalkTree t;
  t.portfolio("data/b.yaml", "B");
  t.portfolio("data/a.yaml", "A");
  t.portfolio("single.yaml", "Single");
  LoadRequest request = request_for({t.path("single.yaml"), t.path("data"), "-"});
  std::vector<std::vector<std::string>> calls;
  request.before_reading = [&](const std::vector<std::string>& files) {
    calls.push_back(files);
    // What the hook changes (an interrupted edit recovered) is what the load reads.
    std::ofstream(t.path("data/a.yaml"), std::ios::binary)
        << "manager: Recovered\ncurrency: USD\nas_of: 2026-10\n";
  };
  std::istringstream in("manager: Stdin\ncurrency: USD\nas_of: 2026-10\n");
  const Loaded loaded = load(request, in);
  REQUIRE(calls.size() == 1);
  CHECK(calls.front() == std::vector<std::string>{t.path("single.yaml"), t.path("data/a.yaml"),
                                                  t.path("data/b.yaml"), "-"});
  std::vector<std::string> read;
  for (const Portfolio& p : loaded.portfolios)
    read.push_back(p.manager);
  CHECK(read == std::vector<std::string>{"Single", "Recovered", "B", "Stdin"});

  // What it throws (a lock held elsewhere) ends the load before anything is read.
  request.before_reading = [](const std::vector<std::string>&) {
    throw std::runtime_error("locked");
  };
  std::istringstream untouched("manager: Stdin\n");
  CHECK_THROWS_WITH_AS(load(request, untouched), "locked", std::runtime_error);
  CHECK(untouched.tellg() == 0);
}
