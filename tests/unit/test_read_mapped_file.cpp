// Input files mapped instead of copied: the same bytes, pages that really leave memory when
// released, the stream path kept for what cannot be mapped, and a clean exit when a mapped
// file is truncated under us.
#include "read/client_cuts.hpp"
#include "text/diagnostic.hpp"
#include "read/load.hpp"
#include "read/mapped_file.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace acctmgr;

namespace mapped_file_test {

namespace fs = std::filesystem;

constexpr std::size_t map_limit = std::size_t{64} << 20;

struct MapScratch {
  fs::path dir =
      fs::temp_directory_path() / ("acctmgr-mapped-" + std::to_string(::getpid()) + "-" +
                                   std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  MapScratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~MapScratch() { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& text) const {
    const std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
};

/// Bytes of every value, over several pages and not a whole number of them.
std::string varied_bytes(std::size_t size) {
  std::string out(size, '\0');
  for (std::size_t i = 0; i < size; ++i)
    out[i] = static_cast<char>((i * 7919 + i / 4096) & 0xFF);
  return out;
}

/// The resident kilobytes of the mapping holding `address`, from /proc/self/smaps; -1 when
/// that cannot be read.
long mapping_resident_kb(const void* address) {
  std::ifstream smaps("/proc/self/smaps");
  const auto at = reinterpret_cast<std::uintptr_t>(address);
  bool inside = false;
  for (std::string line; std::getline(smaps, line);) {
    unsigned long begin = 0, end = 0;
    if (std::sscanf(line.c_str(), "%lx-%lx ", &begin, &end) == 2) {
      inside = begin <= at && at < end;
    } else if (inside && line.starts_with("Rss:")) {
      return std::stol(line.substr(4));
    }
  }
  return -1;
}

/// A portfolio of `count` clients in the plain block layout that can be cut, each under a
/// long comment (a big file that is quick to parse), with `last` appended.
std::string cuttable_book(int count, const std::string& last = "") {
  const std::string comment = "  # " + std::string(1500, '-') + "\n";
  std::string out = "manager: Big\ncurrency: USD\nas_of: 2026-10\nclients:\n";
  for (int i = 0; i < count; ++i)
    out += comment +
           fmt::format(
               "  - id: c{}\n    name: \"Client {}\"\n    revenue:\n      "
               "{{2026-01: {}.5, 2026-02: 7,\n       2026-03: 8}}\n    "
               "stakeholders:\n      - {{id: cfo, name: Chief, roles: [payer]}}\n    activity:\n"
               "      - {{date: 2026-03-04, with: [cfo], mode: call}}\n",
               i, i, i);
  return out + last;
}

/// What loading `path` gives: the clients with their positions, or every message.
std::vector<std::string> loaded_outcome(const std::string& path, unsigned jobs = 1,
                                        const std::string& stdin_text = "") {
  LoadRequest request;
  request.paths = {path};
  request.config = "/dev/null";
  request.default_as_of = Month{2026, 10};
  request.jobs = jobs;
  std::istringstream in(stdin_text);
  std::vector<std::string> out;
  try {
    const Loaded loaded = load(request, in);
    const Portfolio& p = loaded.portfolios.front();
    out.push_back(fmt::format("{} {}", p.manager, p.clients.size()));
    for (const Client& c : p.clients)
      out.push_back(fmt::format("{} {} {}:{} {}", c.id, c.name, c.pos.line, c.pos.column,
                                c.activity.front().pos.line));
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(format_diagnostic(d));
  }
  return out;
}

/// How a forked child running `body` ended, and what it wrote to standard error.
struct ChildOutcome {
  int status = 0;
  std::string stderr_text;
};

template <class Body> ChildOutcome in_child(Body&& body) {
  int err[2];
  REQUIRE(::pipe(err) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::dup2(err[1], STDERR_FILENO);
    const rlimit no_core{0, 0}; // a child killed by a signal leaves no core file
    ::setrlimit(RLIMIT_CORE, &no_core);
    body();
    ::_exit(12);
  }
  ::close(err[1]);
  ChildOutcome out;
  char buffer[256];
  for (ssize_t n; (n = ::read(err[0], buffer, sizeof buffer)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    out.stderr_text.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(err[0]);
  REQUIRE(::waitpid(child, &out.status, 0) == child);
  return out;
}

} // namespace mapped_file_test

using namespace mapped_file_test;

TEST_CASE("mapped file: a regular file is mapped, its text the file's bytes") {
  MapScratch s;
  const std::string bytes = varied_bytes(3 * 4096 + 123);
  auto file = MappedFile::map(s.write("bytes.bin", bytes), map_limit);
  REQUIRE(file);
  CHECK(file->mapped());
  CHECK(file->text() == bytes);
  // Moved, the mapping is the same memory.
  const char* data = file->text().data();
  MappedFile moved = std::move(*file);
  CHECK(moved.text().data() == data);
  CHECK(moved.text() == bytes);
}

TEST_CASE("mapped file: released pages leave memory and read back the same") {
  MapScratch s;
  const std::size_t size = 64 * 4096 + 100;
  const std::string bytes = varied_bytes(size);
  auto file = MappedFile::map(s.write("pages.bin", bytes), map_limit);
  REQUIRE(file);
  const std::string_view text = file->text();
  CHECK(text == bytes); // every page touched
  const long before = mapping_resident_kb(text.data());
  if (before < 0) {
    MESSAGE("no /proc/self/smaps: residency not checked");
  } else {
    CHECK(before >= 64 * 4);
    file->release(text.data(), text.data() + text.size());
    CHECK(mapping_resident_kb(text.data()) <= 4); // at most the last, partial page
  }
  CHECK(text == bytes);
  // A range not on page boundaries: the pages either side of it are kept, all still readable.
  file->release(text.data() + 100, text.data() + 5 * 4096 + 7);
  file->release(text.data() + 10, text.data() + 5);                    // empty: nothing
  file->release(text.data() - 8192, text.data() + text.size() + 8192); // clamped to the file
  CHECK(text == bytes);
}

TEST_CASE("mapped file: held bytes are never released") {
  MappedFile held(std::string("manager: M\n"));
  CHECK_FALSE(held.mapped());
  const std::string_view text = held.text();
  held.release(text.data(), text.data() + text.size());
  CHECK(held.text() == "manager: M\n");
  CHECK(MappedFile().text().empty());
}

TEST_CASE("mapped file: what cannot be mapped is left to the stream read") {
  MapScratch s;
  CHECK_FALSE(MappedFile::map(s.write("empty.yaml", ""), map_limit)); // empty
  CHECK_FALSE(MappedFile::map(s.write("big.yaml", "0123456789"), 9)); // over the limit
  CHECK_FALSE(MappedFile::map((s.dir / "missing.yaml").string(), map_limit));
  CHECK_FALSE(MappedFile::map(s.dir.string(), map_limit)); // a directory
  CHECK_FALSE(MappedFile::map("/dev/null", map_limit));
  const std::string fifo = (s.dir / "pipe.yaml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_FALSE(MappedFile::map(fifo, map_limit)); // at once: no writer is waited for
}

TEST_CASE("mapped file: pipes, standard input and size-0 files are still read") {
  MapScratch s;
  const std::string text = "manager: Piped\ncurrency: USD\nas_of: 2026-10\nclients: []\n";
  CHECK(loaded_outcome("-", 1, text) == std::vector<std::string>{"Piped 0"});
  const std::string fifo = (s.dir / "pipe.yaml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // The text waits in the FIFO, as from a writer that is done: a reader of ours keeps it.
  const int keep = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  const int writer = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
  REQUIRE(keep >= 0);
  REQUIRE(writer >= 0);
  REQUIRE(::write(writer, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  ::close(writer);
  CHECK(loaded_outcome(fifo) == std::vector<std::string>{"Piped 0"});
  ::close(keep);
  // /proc reports a size of 0 for text it makes as it is read: read, not taken as empty.
  const auto proc = loaded_outcome("/proc/self/comm");
  REQUIRE(proc.size() >= 1);
  CHECK(proc.front().find("expected a mapping") != std::string::npos);
}

TEST_CASE("mapped file: a big file on one thread is parsed in pieces, as if whole") {
  MapScratch s;
  // Over 4 MiB, so that one thread cuts it too; "..." (the end of the document) after the list
  // forbids a cut without changing what the file says, so it is parsed whole.
  const std::string book = cuttable_book(2800);
  REQUIRE(book.size() > (std::size_t{4} << 20));
  REQUIRE(plan_client_cuts(SourceText(book, "cut.yaml"), 4));
  const std::string whole = book + "...\n";
  REQUIRE_FALSE(plan_client_cuts(SourceText(whole, "whole.yaml"), 4));
  const auto cut = loaded_outcome(s.write("cut.yaml", book));
  REQUIRE(cut.size() == 2801);
  CHECK(cut == loaded_outcome(s.write("whole.yaml", book + "...\n")));
  // Problems in the first piece (the others are then not parsed) and in the last: every
  // message of a whole parse, in its order.
  std::string bad = book + "  - id: c1\n    name: Again\n";
  bad.replace(bad.find("2026-01"), 7, "2026-13");
  const auto expected = loaded_outcome(s.write("bad.yaml", bad + "...\n"));
  REQUIRE(expected.size() == 2);
  CHECK(expected[0].find("2026-13") != std::string::npos);
  CHECK(expected[1].find("duplicate client id 'c1'") != std::string::npos);
  CHECK(loaded_outcome(s.write("bad.yaml", bad)) == expected);
}

TEST_CASE("mapped file: a file truncated while mapped exits 2 with a message, no crash") {
  MapScratch s;
  const std::string path = s.write("shrinks.yaml", varied_bytes(3 * 4096));
  const ChildOutcome out = in_child([&] {
    exit_on_truncated_input();
    const auto file = MappedFile::map(path, map_limit);
    if (!file) ::_exit(10);
    if (::truncate(path.c_str(), 0) != 0) ::_exit(11);
    volatile char c = file->text()[2 * 4096]; // past the end now: SIGBUS
    (void)c;
  });
  REQUIRE(WIFEXITED(out.status));
  CHECK(WEXITSTATUS(out.status) == 2);
  CHECK(out.stderr_text == "acctmgr: error: an input file was truncated while it was read\n");
}

TEST_CASE("mapped file: any other SIGBUS still ends the process by the signal") {
  const ChildOutcome out = in_child([] {
    exit_on_truncated_input();
    ::raise(SIGBUS);
  });
  REQUIRE(WIFSIGNALED(out.status));
  CHECK(WTERMSIG(out.status) == SIGBUS);
  CHECK(out.stderr_text.find("truncated") == std::string::npos);
}
