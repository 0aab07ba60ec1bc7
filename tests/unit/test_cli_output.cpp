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
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>
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

/// The lstat mode of `p`: type and permission bits.
mode_t mode_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::lstat(p.c_str(), &st) == 0);
  return st.st_mode;
}

} // namespace

TEST_CASE("write_output_file writes every byte and leaves no temporary behind") {
  TempDir dir;
  const fs::path target = dir.path / "out.csv";
  std::string text = "a,b\r\n1,2\n";
  text += std::string(1, '\0') + "\xff tail";
  text += std::string(1 << 20, 'x'); // more than one write(2) may take at once
  write_output_file(target.string(), text);
  CHECK(read_file(target) == text);
  CHECK(dir.listing() == "out.csv");
}

TEST_CASE("write_output_file replaces an existing target") {
  TempDir dir;
  const fs::path target = dir.path / "out.md";
  std::ofstream(target, std::ios::binary) << "an older, longer report\n";
  write_output_file(target.string(), "new\n");
  CHECK(read_file(target) == "new\n");
  CHECK(dir.listing() == "out.md");

  write_output_file(target.string(), "");
  CHECK(fs::file_size(target) == 0);
  CHECK(dir.listing() == "out.md");
}

TEST_CASE("write_output_file: a new file gets 0644 less the umask, 0600 when it carries salary") {
  TempDir dir;
  const fs::path shared = dir.path / "out.json", owner = dir.path / "review.md";
  {
    ScopedUmask mask(022);
    write_output_file(shared.string(), "{}\n");
    write_output_file(owner.string(), "# review\n", NewFileMode::owner_only);
  }
  CHECK((mode_of(shared) & 07777) == 0644);
  CHECK((mode_of(owner) & 07777) == 0600);
  CHECK(read_file(owner) == "# review\n");
  fs::remove(shared);
  fs::remove(owner);
  {
    ScopedUmask mask(077);
    write_output_file(shared.string(), "{}\n");
  }
  CHECK((mode_of(shared) & 07777) == 0600);
  {
    ScopedUmask mask(0);
    write_output_file(owner.string(), "x\n", NewFileMode::owner_only);
  }
  CHECK((mode_of(owner) & 07777) == 0600); // never more, whatever the umask
}

TEST_CASE("write_output_file: a regular file keeps its mode, whatever the report") {
  TempDir dir;
  ScopedUmask mask(022);
  for (const mode_t mode : {mode_t{0600}, mode_t{0664}, mode_t{0640}, mode_t{0644}}) {
    CAPTURE(mode);
    const fs::path target = dir.path / "review.html";
    std::ofstream(target) << "old\n";
    REQUIRE(::chmod(target.c_str(), mode) == 0);
    write_output_file(target.string(), "new\n", NewFileMode::shared);
    CHECK((mode_of(target) & 07777) == mode);
    write_output_file(target.string(), "newer\n", NewFileMode::owner_only);
    CHECK((mode_of(target) & 07777) == mode);
    CHECK(read_file(target) == "newer\n");
    CHECK(dir.listing() == "review.html");
  }
}

TEST_CASE("write_output_file refuses a file without write permission") {
  TempDir dir;
  const fs::path target = dir.path / "out.csv";
  std::ofstream(target) << "kept\n";
  REQUIRE(::chmod(target.c_str(), 0444) == 0);
  CHECK_THROWS_WITH_AS(
      write_output_file(target.string(), "x\n"),
      ("cannot write '" + target.string() + "': it is read-only (mode 0444)").c_str(), UsageError);
  CHECK(read_file(target) == "kept\n");
  CHECK(dir.listing() == "out.csv");
}

TEST_CASE("write_output_file as root keeps the owner and the group") {
  if (::geteuid() != 0) {
    MESSAGE("not root: cannot give a file to another owner; skipped");
    return;
  }
  TempDir dir;
  const fs::path target = dir.path / "out.md";
  std::ofstream(target) << "old\n";
  REQUIRE(::chown(target.c_str(), 12345, 54321) == 0);
  REQUIRE(::chmod(target.c_str(), 0640) == 0);
  write_output_file(target.string(), "new\n");
  struct stat st {};
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK(st.st_uid == 12345);
  CHECK(st.st_gid == 54321);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(read_file(target) == "new\n");
}

TEST_CASE("write_output_file follows a symbolic link and writes its target") {
  TempDir dir;
  fs::create_directory(dir.path / "reports");
  const fs::path target = dir.path / "reports" / "summary.csv", link = dir.path / "latest.csv";
  std::ofstream(target) << "old\n";
  REQUIRE(::chmod(target.c_str(), 0600) == 0);
  fs::create_symlink("reports/summary.csv", link);
  write_output_file(link.string(), "new\n");
  CHECK(fs::is_symlink(link));
  CHECK(fs::read_symlink(link) == "reports/summary.csv");
  CHECK(read_file(target) == "new\n");
  CHECK((mode_of(target) & 07777) == 0600);
  CHECK(dir.listing() == "latest.csv reports");
  CHECK(fs::directory_iterator(dir.path / "reports")->path().filename() == "summary.csv");

  // A link whose target does not exist yet: the target is created, as `>` does.
  const fs::path dangling = dir.path / "next.csv";
  fs::create_symlink("reports/next.csv", dangling);
  {
    ScopedUmask mask(022);
    write_output_file(dangling.string(), "first\n", NewFileMode::owner_only);
  }
  CHECK(fs::is_symlink(dangling));
  CHECK(read_file(dir.path / "reports" / "next.csv") == "first\n");
  CHECK((mode_of(dir.path / "reports" / "next.csv") & 07777) == 0600);

  // A link to a YAML file is refused like the YAML file itself.
  std::ofstream(dir.path / "p.yaml") << "manager: x\n";
  fs::create_symlink("p.yaml", dir.path / "report.md");
  CHECK_THROWS_AS(write_output_file((dir.path / "report.md").string(), "x\n"), UsageError);
  CHECK(read_file(dir.path / "p.yaml") == "manager: x\n");
}

TEST_CASE("write_output_file writes a FIFO in place, once a reader opens it") {
  TempDir dir;
  const fs::path fifo = dir.path / "report.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = read_file(fifo); });
  write_output_file(fifo.string(), "through the pipe\n");
  reader.join();
  CHECK(received == "through the pipe\n");
  CHECK(S_ISFIFO(mode_of(fifo)));
  CHECK(dir.listing() == "report.fifo");
}

TEST_CASE("write_output_file writes a character device in place, never replacing it") {
  TempDir dir;
  const fs::path null = dir.path / "null";
  // As root, a private copy of /dev/null (1, 3); otherwise the real one, which is writable.
  const fs::path device =
      ::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0 ? null : "/dev/null";
  write_output_file(device.string(), "discarded\n");
  CHECK(S_ISCHR(mode_of(device)));
  if (device == null) CHECK(dir.listing() == "null");
}

TEST_CASE("write_output_file fails cleanly in a directory that does not exist") {
  TempDir dir;
  const std::string target = (dir.path / "missing" / "out.csv").string();
  CHECK_THROWS_WITH_AS(write_output_file(target, "x\n"),
                       ("cannot write '" + target + "': No such file or directory").c_str(),
                       UsageError);
  CHECK(dir.listing().empty());
}

TEST_CASE("write_output_file fails cleanly when the target is a directory") {
  TempDir dir;
  fs::create_directory(dir.path / "out.csv");
  const std::string target = (dir.path / "out.csv").string();
  CHECK_THROWS_AS(write_output_file(target, "x\n"), UsageError);
  CHECK(dir.listing() == "out.csv");
  CHECK(fs::is_empty(dir.path / "out.csv"));
}

TEST_CASE("write_output_file refuses YAML targets and writes nothing") {
  TempDir dir;
  for (const char* name : {"p.yaml", "p.YML"}) {
    const std::string target = (dir.path / name).string();
    CHECK_THROWS_AS(write_output_file(target, "x\n"), UsageError);
  }
  CHECK(dir.listing().empty());
}
