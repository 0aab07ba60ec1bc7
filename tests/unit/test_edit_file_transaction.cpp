#include "edit/file_lock.hpp"
#include "edit/file_transaction.hpp"

#include <algorithm>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace acctmgr::edit;
namespace fs = std::filesystem;

// Helpers in a named namespace: unity batches put several test files in one source.
namespace transaction_test {

struct TxnDir {
  fs::path path;
  TxnDir() {
    std::string name = (fs::temp_directory_path() / "acctmgr-txn-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path = name;
  }
  ~TxnDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  TxnDir(const TxnDir&) = delete;
  TxnDir& operator=(const TxnDir&) = delete;

  std::string file(const std::string& name, const std::string& text, mode_t mode = 0644) const {
    const fs::path p = path / name;
    std::ofstream(p, std::ios::binary) << text;
    REQUIRE(::chmod(p.c_str(), mode) == 0);
    return p.string();
  }

  /// Every name in the directory, hidden ones included, sorted and joined by spaces.
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

std::string file_text(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

mode_t file_mode(const std::string& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

FileTransaction::Options quick_options(std::function<void(Step, std::size_t)> fault = {}) {
  FileTransaction::Options o;
  o.lock.wait = std::chrono::milliseconds(100);
  o.lock.poll = std::chrono::milliseconds(5);
  o.fault = std::move(fault);
  return o;
}

/// Reads every file, then commits `after` (one text per file).
void edit_files(const std::vector<std::string>& files, const std::vector<std::string>& after,
                FileTransaction::Options options = quick_options()) {
  FileTransaction t(files, std::move(options));
  std::vector<std::optional<std::string>> texts;
  for (std::size_t i = 0; i < files.size(); ++i) {
    t.read(i, 1 << 20);
    texts.emplace_back(after[i]);
  }
  t.commit(texts);
}

/// A process id that no process has: a child that has been waited for.
long dead_pid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

void set_age(const std::string& p, int seconds) {
  const struct timeval times[2] = {{::time(nullptr) - seconds, 0}, {::time(nullptr) - seconds, 0}};
  REQUIRE(::utimes(p.c_str(), times) == 0);
}

} // namespace transaction_test

using namespace transaction_test;

TEST_CASE("file_lock: a held lock is waited for, then refused; a released one is free") {
  TxnDir d;
  const std::string f = d.file("a.yaml", "x\n");
  std::vector<std::string> notes;
  LockTimes quick_times{std::chrono::milliseconds(50), std::chrono::seconds(600),
                        std::chrono::milliseconds(5)};
  {
    FileLock held(f, notes);
    CHECK(held.path() == (d.path / ".a.yaml.lock").string());
    CHECK(file_text(held.path()) == std::to_string(::getpid()) + "\n" + host_name() + "\n");
    try {
      FileLock second(f, notes, quick_times);
      FAIL("a second lock was granted");
    } catch (const EditRefused& e) {
      const std::string m = e.what();
      CHECK(m.find("is being edited by process " + std::to_string(::getpid())) !=
            std::string::npos);
      CHECK(m.find(".a.yaml.lock") != std::string::npos);
    }
  }
  CHECK(d.listing() == "a.yaml");
  FileLock again(f, notes, quick_times);
  CHECK(notes.empty());
}

TEST_CASE("file_lock: a lock whose process is gone is taken over at once, with a note") {
  TxnDir d;
  const std::string f = d.file("a.yaml", "x\n");
  d.file(".a.yaml.lock", std::to_string(dead_pid()) + "\n" + host_name() + "\n");
  std::vector<std::string> notes;
  {
    FileLock lock(f, notes, {std::chrono::milliseconds(0)});
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].find("took over the lock") != std::string::npos);
    CHECK(notes[0].find("no longer runs") != std::string::npos);
  }
  CHECK(d.listing() == "a.yaml");
}

TEST_CASE("file_lock: another host's lock is taken over after ten minutes, not before") {
  TxnDir d;
  const std::string f = d.file("a.yaml", "x\n");
  const std::string lock = d.file(".a.yaml.lock", "4242\nsome-other-host.example\n");
  std::vector<std::string> notes;
  set_age(lock, 9 * 60);
  CHECK_THROWS_AS(FileLock(f, notes, {std::chrono::milliseconds(20)}), EditRefused);
  set_age(lock, 11 * 60);
  FileLock taken(f, notes, {std::chrono::milliseconds(20)});
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].find("11 minutes old") != std::string::npos);
}

TEST_CASE("file_transaction: files replaced, mode kept, nothing left beside them") {
  TxnDir d;
  const std::string a = d.file("a.yaml", "a: 1\n", 0640);
  const std::string b = d.file("b.yaml", "b: 1\n", 0664);
  edit_files({a, b}, {"a: 2\n", "b: 2\n"});
  CHECK(file_text(a) == "a: 2\n");
  CHECK(file_text(b) == "b: 2\n");
  CHECK(file_mode(a) == 0640);
  CHECK(file_mode(b) == 0664);
  CHECK(d.listing() == "a.yaml b.yaml");
}

TEST_CASE("file_transaction: as root, the owner and group are kept") {
  if (::geteuid() != 0) return; // only root can give a file to another user
  TxnDir d;
  const std::string a = d.file("a.yaml", "a: 1\n", 0600);
  REQUIRE(::chown(a.c_str(), 65534, 65534) == 0);
  edit_files({a}, {"a: 2\n"});
  struct stat st {};
  REQUIRE(::stat(a.c_str(), &st) == 0);
  CHECK(st.st_uid == 65534);
  CHECK(st.st_gid == 65534);
  CHECK((st.st_mode & 07777) == 0600);
}

TEST_CASE("file_transaction: refuses a read-only file, a hard-linked one, and keeps a symlink") {
  TxnDir d;
  const std::string ro = d.file("ro.yaml", "a: 1\n", 0444);
  CHECK_THROWS_WITH_AS(FileTransaction({ro}, quick_options()),
                       doctest::Contains("no write permission (mode 0444)"), EditRefused);
  const std::string linked = d.file("linked.yaml", "a: 1\n");
  REQUIRE(::link(linked.c_str(), (d.path / "other.yaml").c_str()) == 0);
  CHECK_THROWS_WITH_AS(FileTransaction({linked}, quick_options()),
                       doctest::Contains("2 hard links"), EditRefused);
  const std::string target = d.file("target.yaml", "t: 1\n", 0660);
  const std::string link = (d.path / "link.yaml").string();
  REQUIRE(::symlink("target.yaml", link.c_str()) == 0);
  edit_files({link}, {"t: 2\n"});
  CHECK(fs::is_symlink(link));
  CHECK(file_text(target) == "t: 2\n");
  CHECK(file_mode(target) == 0660);
  CHECK(d.listing() == "link.yaml linked.yaml other.yaml ro.yaml target.yaml");
}

TEST_CASE("file_transaction: a file saved by another program meanwhile is not overwritten") {
  TxnDir d;
  const std::string a = d.file("a.yaml", "a: 1\n");
  const std::string b = d.file("b.yaml", "b: 1\n");
  FileTransaction t({a, b}, quick_options());
  t.read(0, 1 << 20);
  t.read(1, 1 << 20);
  std::ofstream(b, std::ios::binary) << "b: 9\n"; // an editor's save
  CHECK_THROWS_WITH_AS(t.commit({"a: 2\n", "b: 2\n"}),
                       doctest::Contains(("'" + b + "' changed").c_str()), EditRefused);
  CHECK(file_text(a) == "a: 1\n");
  CHECK(file_text(b) == "b: 9\n");
}

TEST_CASE("file_transaction: a write that fails changes nothing and leaves nothing") {
  TxnDir d;
  const std::string a = d.file("a.yaml", "a: 1\n");
  const std::string b = d.file("b.yaml", "b: 1\n");
  const auto fail_b = [](Step step, std::size_t i) {
    if (step == Step::write_temporary && i == 1) throw EditRefused("disk full");
  };
  CHECK_THROWS_WITH_AS(edit_files({a, b}, {"a: 2\n", "b: 2\n"}, quick_options(fail_b)),
                       doctest::Contains("disk full"), EditRefused);
  CHECK(file_text(a) == "a: 1\n");
  CHECK(file_text(b) == "b: 1\n");
  CHECK(d.listing() == "a.yaml b.yaml");
}

TEST_CASE("file_transaction: a rename that fails puts back the files already replaced") {
  TxnDir d;
  const std::string a = d.file("a.yaml", "a: 1\n");
  const std::string b = d.file("b.yaml", "b: 1\n");
  const std::string c = d.file("c.yaml", "c: 1\n");
  const auto fail_c = [](Step step, std::size_t i) {
    if (step == Step::rename && i == 2) throw EditRefused("read-only file system");
  };
  CHECK_THROWS_WITH_AS(edit_files({a, b, c}, {"a: 2\n", "b: 2\n", "c: 2\n"}, quick_options(fail_c)),
                       doctest::Contains("the 2 files already replaced were put back"),
                       EditRefused);
  CHECK(file_text(a) == "a: 1\n");
  CHECK(file_text(b) == "b: 1\n");
  CHECK(file_text(c) == "c: 1\n");
  CHECK(d.listing() == "a.yaml b.yaml c.yaml");
}

TEST_CASE("file_transaction: killed at any step, the next command leaves all old or all new") {
  const std::vector<std::pair<Step, std::size_t>> kill_points = {
      {Step::write_temporary, 0}, {Step::write_temporary, 2}, {Step::keep_original, 1},
      {Step::rename, 0},          {Step::rename, 1},          {Step::rename, 2},
      {Step::finish, 0},          {Step::clean_up, 0}};
  for (const auto& point : kill_points) {
    const Step step = point.first;
    const std::size_t at = point.second;
    CAPTURE(static_cast<int>(step));
    CAPTURE(at);
    TxnDir d;
    const std::vector<std::string> files = {d.file("a.yaml", "a: 1\n"), d.file("b.yaml", "b: 1\n"),
                                            d.file("c.yaml", "c: 1\n")};
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // The child dies at the step as kill -9 would: no destructor, no clean-up.
      const auto die = [step, at](Step s, std::size_t i) {
        if (s == step && i == at) ::_exit(9);
      };
      try {
        edit_files(files, {"a: 2\n", "b: 2\n", "c: 2\n"}, quick_options(die));
      } catch (...) {
      }
      ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WEXITSTATUS(status) == 9);
    CHECK(fs::exists(d.path / ".acctmgr-journal"));
    CHECK(fs::exists(d.path / ".a.yaml.lock"));

    const std::vector<std::string> notes = recover_interrupted({files[1]});
    REQUIRE(notes.size() >= 1);
    const bool finished = step == Step::clean_up; // the journal said done
    CHECK(notes.back().find(finished ? "it was finished" : "it was undone") != std::string::npos);
    const std::string n = finished ? "2" : "1";
    CHECK(file_text(files[0]) == "a: " + n + "\n");
    CHECK(file_text(files[1]) == "b: " + n + "\n");
    CHECK(file_text(files[2]) == "c: " + n + "\n");
    CHECK(d.listing() == "a.yaml b.yaml c.yaml"); // no temporary, original, journal or lock
    CHECK(recover_interrupted(files).empty());
  }
}

TEST_CASE("file_transaction: an interrupted run met by the next edit is undone first") {
  TxnDir d;
  const std::string a = d.file("a.yaml", "a: 1\n");
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    try {
      edit_files({a}, {"a: 2\n"}, quick_options([](Step s, std::size_t) {
                   if (s == Step::rename) ::_exit(9);
                 }));
    } catch (...) {
    }
    ::_exit(0);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  // The lock is the dead run's: taken over; the journal is its: undone before the file is read.
  FileTransaction t({a}, quick_options());
  REQUIRE(t.notes().size() == 2);
  CHECK(t.notes()[0].find("took over the lock") != std::string::npos);
  CHECK(t.notes()[1].find("it was undone") != std::string::npos);
  CHECK(t.read(0, 1 << 20) == "a: 1\n");
  t.commit({"a: 3\n"});
  CHECK(file_text(a) == "a: 3\n");
}

TEST_CASE("file_transaction: a journal whose run still works is waited for") {
  TxnDir d;
  const std::string a = d.file("a.yaml", "a: 1\n");
  d.file(".acctmgr-journal", "acctmgr journal\npid " + std::to_string(::getpid()) + "\nhost " +
                                 host_name() + "\nend\n");
  CHECK_THROWS_WITH_AS(recover_interrupted({a}, {std::chrono::milliseconds(30)}),
                       doctest::Contains("is in progress"), EditRefused);
  CHECK(fs::exists(d.path / ".acctmgr-journal"));
}

TEST_CASE("file_transaction: a planted journal cannot make the recovery touch other files") {
  TxnDir d;
  const std::string a = d.file("a.yaml", "a: 1\n");
  const std::string victim = d.file("victim.txt", "precious\n");
  const std::string planted = d.file(".victim.txt.acctmgr-old.aaaaaaaaaaaa", "evil\n");
  const std::string dead = std::to_string(dead_pid());
  for (const std::string& entry :
       {victim + "\t" + victim + ".new\t" + planted,         // not a portfolio file
        a + "\t" + (d.path / "x").string() + "\t" + planted, // names not beside it
        (d.path / "sub/../a.yaml").string() + "\t\t"}) {     // not a plain path
    d.file(".acctmgr-journal", "acctmgr journal\npid " + dead + "\nhost " + host_name() +
                                   "\nfile " + entry + "\nend\ncommit\n");
    CHECK_THROWS_WITH_AS(recover_interrupted({a}),
                         doctest::Contains("is not a journal acctmgr wrote"), EditRefused);
    CHECK(file_text(victim) == "precious\n");
    CHECK(file_text(planted) == "evil\n");
    CHECK(file_text(a) == "a: 1\n");
  }
}
