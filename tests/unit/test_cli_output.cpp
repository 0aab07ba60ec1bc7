#include "cli/options.hpp"
#include "cli/output.hpp"

#include <algorithm>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/stat.h>
#include <vector>

using namespace acctmgr::cli;
namespace fs = std::filesystem;

namespace {

/// A fresh empty directory, removed with its contents at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string name = (fs::temp_directory_path() / "acctmgr-output-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path = name;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// The names in the directory, sorted, joined by spaces.
  std::string listing() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(path))
      names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    std::string out;
    for (const auto& n : names)
      out += (out.empty() ? "" : " ") + n;
    return out;
  }
};

/// Sets the umask for one scope and restores the previous one.
struct ScopedUmask {
  mode_t old;
  explicit ScopedUmask(mode_t mask) : old(::umask(mask)) {}
  ~ScopedUmask() { ::umask(old); }
  ScopedUmask(const ScopedUmask&) = delete;
  ScopedUmask& operator=(const ScopedUmask&) = delete;
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("write_file_atomically writes every byte and leaves no temporary behind") {
  TempDir dir;
  const fs::path target = dir.path / "out.csv";
  std::string text = "a,b\r\n1,2\n";
  text += std::string(1, '\0') + "\xff tail";
  text += std::string(1 << 20, 'x'); // more than one write(2) may take at once
  write_file_atomically(target.string(), text);
  CHECK(read_file(target) == text);
  CHECK(dir.listing() == "out.csv");
}

TEST_CASE("write_file_atomically replaces an existing target") {
  TempDir dir;
  const fs::path target = dir.path / "out.md";
  std::ofstream(target, std::ios::binary) << "an older, longer report\n";
  write_file_atomically(target.string(), "new\n");
  CHECK(read_file(target) == "new\n");
  CHECK(dir.listing() == "out.md");

  write_file_atomically(target.string(), "");
  CHECK(fs::file_size(target) == 0);
  CHECK(dir.listing() == "out.md");
}

TEST_CASE("write_file_atomically gives the report the mode of any new file: 0666 & ~umask") {
  TempDir dir;
  const fs::path target = dir.path / "out.json";
  {
    ScopedUmask mask(022);
    write_file_atomically(target.string(), "{}\n");
  }
  struct stat st {};
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0644);
  {
    ScopedUmask mask(077);
    write_file_atomically(target.string(), "{}\n");
  }
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
}

TEST_CASE("write_file_atomically fails cleanly in a directory that does not exist") {
  TempDir dir;
  const std::string target = (dir.path / "missing" / "out.csv").string();
  CHECK_THROWS_WITH_AS(write_file_atomically(target, "x\n"),
                       ("cannot write '" + target + "': No such file or directory").c_str(),
                       UsageError);
  CHECK(dir.listing().empty());
}

TEST_CASE("write_file_atomically fails cleanly when the target is a directory") {
  TempDir dir;
  fs::create_directory(dir.path / "out.csv");
  const std::string target = (dir.path / "out.csv").string();
  CHECK_THROWS_AS(write_file_atomically(target, "x\n"), UsageError);
  CHECK(dir.listing() == "out.csv");
  CHECK(fs::is_empty(dir.path / "out.csv"));
}

TEST_CASE("write_file_atomically refuses YAML targets and writes nothing") {
  TempDir dir;
  for (const char* name : {"p.yaml", "p.YML"}) {
    const std::string target = (dir.path / name).string();
    CHECK_THROWS_AS(write_file_atomically(target, "x\n"), UsageError);
  }
  CHECK(dir.listing().empty());
}
