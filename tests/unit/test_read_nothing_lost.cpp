// Nothing lost (issue 12, item 6): every revenue amount written in a generated book comes
// back in the growth report's figures over the same months, per client and per manager, read
// as one file or as 100 files on several threads.
#include "model/period.hpp"
#include "read/load.hpp"
#include "reports/growth.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <map>
#include <sstream>

using namespace acctmgr;

namespace nothing_lost {

namespace fs = std::filesystem;

/// What the test wrote: cents per client id and per manager.
struct Written {
  std::map<std::string, std::int64_t> client;
  std::map<std::string, std::int64_t> manager;
};

/// One manager's portfolio of `count` clients numbered from `first`, revenue for the 34
/// months 2024-01..2026-10 with cents, odd clients in flow style over several lines (as the
/// examples write it), even ones a month a line.
std::string book(const std::string& manager, int first, int count, Written& written) {
  std::string out = fmt::format("manager: {}\ncurrency: USD\nas_of: 2026-10\nclients:\n", manager);
  for (int i = first; i < first + count; ++i) {
    const std::string id = fmt::format("c{}", i);
    out += fmt::format("  - id: {}\n    name: Client {}\n    revenue:", id, i);
    const bool flow = i % 2 == 1;
    out += flow ? "\n      {" : "";
    for (int m = 0; m < 34; ++m) {
      const std::int64_t cents = 1'000'000 + (i * 7919 + m * 104'729) % 900'000;
      written.client[id] += cents;
      written.manager[manager] += cents;
      const std::string entry =
          fmt::format("{}-{:02}: {}.{:02}", 2024 + m / 12, m % 12 + 1, cents / 100, cents % 100);
      if (flow)
        out += (m == 0 ? "" : m % 4 == 0 ? ",\n       " : ", ") + entry;
      else
        out += "\n      " + entry;
    }
    out += flow ? "}\n" : "\n";
  }
  return out;
}

struct Dir {
  fs::path path =
      fs::temp_directory_path() /
      ("acctmgr-nothing-lost-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  Dir() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Dir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

Loaded load_files(const std::vector<std::string>& paths, unsigned jobs) {
  LoadRequest request;
  request.paths = paths;
  request.config = "/dev/null"; // defaults, whatever lies above the temporary directory
  request.default_as_of = Month{2026, 10};
  request.jobs = jobs;
  std::istringstream no_stdin;
  return load(request, no_stdin);
}

/// The growth report over every month written, checked against what was written.
void check_accounted(const Loaded& loaded, const Written& written) {
  const Period all =
      *resolve(*PeriodSpec::parse("2024-01..2026-10"), FiscalCalendar{1}, Month{2026, 10});
  std::size_t clients = 0;
  std::map<std::string, std::int64_t> managers;
  for (const Portfolio& p : loaded.portfolios) {
    const GrowthReport r = growth_report(p, all);
    for (const ClientGrowth& c : r.clients) {
      CAPTURE(c.client->id);
      CHECK(c.figures.revenue.cents() == written.client.at(c.client->id));
      ++clients;
    }
    // The TOTAL leaves out what is not comparable, and says how much: both together are all.
    managers[p.manager] = (r.total.revenue + r.excluded_revenue).cents();
  }
  CHECK(clients == written.client.size());
  CHECK(managers == written.manager);
}

} // namespace nothing_lost

using namespace nothing_lost;

TEST_CASE("nothing lost: one file, every amount in the report's totals") {
  Dir dir;
  Written written;
  const std::string file = dir.write("book.yaml", book("One Manager", 0, 300, written));
  for (unsigned jobs : {1u, 4u}) {
    CAPTURE(jobs);
    check_accounted(load_files({file}, jobs), written);
  }
}

TEST_CASE("nothing lost: 100 files loaded in parallel, in the order given") {
  Dir dir;
  Written written;
  std::vector<std::string> files;
  for (int f = 0; f < 100; ++f)
    files.push_back(dir.write(fmt::format("m{:03}.yaml", f),
                              book(fmt::format("Manager {}", f), f * 5, 5, written)));
  const Loaded one_thread = load_files(files, 1);
  const Loaded parallel = load_files(files, 8);
  check_accounted(one_thread, written);
  check_accounted(parallel, written);
  REQUIRE(parallel.portfolios.size() == 100);
  for (std::size_t i = 0; i < files.size(); ++i)
    CHECK(parallel.portfolios[i].file == files[i]);
}
