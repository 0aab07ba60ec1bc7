// -j N: files parsed on several threads give what one thread gives, in the same order:
// portfolios, notes and every problem of every file.
#include "read/load.hpp"
#include "read/ordered_tasks.hpp"
#include "text/diagnostic.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

using namespace acctmgr;

namespace load_parallel {

namespace fs = std::filesystem;

/// Everything a run tells, as text: each portfolio's file, manager and clients, each note,
/// each problem with its position and excerpt.
std::vector<std::string> outcome(const std::vector<std::string>& paths, unsigned jobs) {
  LoadRequest request;
  request.paths = paths;
  request.config = "/dev/null";
  request.default_as_of = Month{2026, 10};
  request.jobs = jobs;
  std::istringstream in("manager: From Stdin\ncurrency: USD\n");
  std::vector<std::string> out;
  try {
    const Loaded loaded = load(request, in);
    for (const Portfolio& p : loaded.portfolios)
      out.push_back(fmt::format("{} {} {}", p.file, p.manager, p.clients.size()));
    out.insert(out.end(), loaded.notes.begin(), loaded.notes.end());
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(format_diagnostic(d));
  }
  return out;
}

struct Files {
  fs::path dir = fs::temp_directory_path() /
                 ("acctmgr-parallel-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  std::vector<std::string> paths;
  Files() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Files() { fs::remove_all(dir); }
  void add(const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    paths.push_back((dir / name).string());
  }
};

} // namespace load_parallel

using namespace load_parallel;

TEST_CASE("load -j: the same portfolios and notes as one thread, in file order") {
  Files f;
  for (int i = 0; i < 30; ++i)
    f.add(fmt::format("m{:02}.yaml", i),
          fmt::format("manager: M{}\ncurrency: USD\n{}clients:\n  - id: a\n    name: A\n", i,
                      i % 3 == 0 ? "" : "as_of: 2026-09\n"));
  f.paths.push_back("-");
  const auto expected = outcome(f.paths, 1);
  REQUIRE(expected.size() == 31 + 11); // 31 portfolios, 11 notes (no as_of)
  for (unsigned jobs : {2u, 4u, 16u}) {
    CAPTURE(jobs);
    CHECK(outcome(f.paths, jobs) == expected);
  }
}

TEST_CASE("load -j: every problem of every file, in the order one thread reports them") {
  Files f;
  for (int i = 0; i < 24; ++i) {
    std::string text =
        fmt::format("manager: M{}\ncurrency: USD\nclients:\n  - id: a\n    name: A\n",
                    i % 5 == 4 ? 0 : i);                    // M0 again: a manager in two files
    if (i % 3 == 1) text += "  - id: a\n    name: Again\n"; // a duplicate client id
    if (i % 4 == 2) text += "  - {id: b, name: B, revenue: {2026-13: 5}}\n";
    if (i % 7 == 3) text += "  - id: c\n    name: [unclosed\n";
    f.add(fmt::format("m{:02}.yaml", i), text);
  }
  f.paths.push_back((f.dir / "missing.yaml").string());
  const auto expected = outcome(f.paths, 1);
  REQUIRE(expected.size() > 15);
  for (unsigned jobs : {2u, 3u, 8u}) {
    CAPTURE(jobs);
    CHECK(outcome(f.paths, jobs) == expected);
  }
}

TEST_CASE("run_ordered: results in index order whatever the threads; a task's exception") {
  for (unsigned threads : {1u, 2u, 7u}) {
    std::vector<std::size_t> seen, announced;
    run_ordered<std::size_t>(
        50, threads, [](std::size_t i) { return i * i; },
        [&](std::size_t i) { announced.push_back(i); },
        [&](std::size_t i, std::size_t square) {
          CHECK(square == i * i);
          seen.push_back(i);
        });
    CHECK(seen.size() == 50);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(announced == seen);
    std::vector<std::size_t> before_throw;
    CHECK_THROWS_AS(run_ordered<int>(
                        20, threads,
                        [](std::size_t i) {
                          if (i == 5) throw std::runtime_error("task 5");
                          return static_cast<int>(i);
                        },
                        [](std::size_t) {}, [&](std::size_t i, int) { before_throw.push_back(i); }),
                    std::runtime_error);
    CHECK(before_throw == std::vector<std::size_t>{0, 1, 2, 3, 4});
  }
  CHECK(thread_count(0, 1) == 1);
  CHECK(thread_count(8, 3) == 3);
  CHECK(thread_count(2, 100) == 2);
}
