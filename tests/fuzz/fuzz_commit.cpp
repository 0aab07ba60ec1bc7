// libFuzzer harness `acctmgr_fuzz_commit`: the lock, journal and all-or-nothing commit that
// `import`, `log` and `close` share (src/edit/file_transaction.*, file_lock.*), driven by a
// script of edits on four shared files in a private directory (the one harness that uses the
// disk: it is what is tested).
//
// Input: one operation per 2 bytes (at most 12).
//   byte 0: bits 0-3 which files the edit writes (none: the edit is skipped);
//           bits 4-6 what happens: 0-2 the edit runs, 3 a step fails (an exception),
//           4 the process is killed at a step (a forked child ends with _exit), then the next
//           command's recovery runs, 5 and 6 two edits run at once in two processes (this one
//           and the next operation's files), 7 a file is changed by "another program" between
//           read and commit
//   byte 1: the step (bits 0-2: write_temporary, keep_original, rename, finish, clean_up) and
//           the file it hits (bits 3-4)
//
// Invariants (an abort when broken): after every operation, once recovery has run, each file
// holds its last committed text: an edit that failed or was killed changed no file, or (killed
// after its journal said done) every file; two edits at once both land, in one order or the
// other, never a mix; no temporary, kept original, journal or lock is left in the directory.
#include "edit/file_lock.hpp"
#include "edit/file_transaction.hpp"

#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace acctmgr::edit;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kFiles = 4;

[[noreturn]] void broken(const std::string& what) {
  std::fprintf(stderr, "fuzz_commit: invariant broken: %s\n", what.c_str());
  std::abort();
}

const fs::path& dir() {
  static const fs::path d = [] {
    std::string name = (fs::temp_directory_path() / "acctmgr-fuzz-commit-XXXXXX").string();
    if (::mkdtemp(name.data()) == nullptr) std::abort();
    return fs::path(name);
  }();
  return d;
}

std::string file(std::size_t i) {
  return (dir() / ("f" + std::to_string(i) + ".yaml")).string();
}

std::string contents(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

using State = std::array<std::string, kFiles>;

State on_disk() {
  State s;
  for (std::size_t i = 0; i < kFiles; ++i)
    s[i] = contents(file(i));
  return s;
}

void check_clean() {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir())) {
    ++n;
    const std::string name = e.path().filename().string();
    if (name.size() != 7 || name[0] != 'f') broken("left in the directory: " + name);
  }
  if (n != kFiles) broken("a file is missing");
}

FileTransaction::Options options(std::optional<Step> fail_at, std::size_t fail_file, bool kill) {
  FileTransaction::Options o;
  o.lock.wait = std::chrono::milliseconds(2000);
  o.lock.poll = std::chrono::milliseconds(1);
  if (fail_at)
    o.fault = [=](Step s, std::size_t i) {
      if (s != *fail_at || (i != fail_file && s != Step::finish && s != Step::clean_up)) return;
      if (kill) ::_exit(9);
      throw EditRefused("injected fault");
    };
  return o;
}

/// One edit: files in `mask` get `texts`; returns true when it committed.
bool run_edit(unsigned mask, const State& texts, FileTransaction::Options o,
              bool change_meanwhile = false) {
  std::vector<std::string> files;
  std::vector<std::size_t> which;
  for (std::size_t i = 0; i < kFiles; ++i)
    if (mask & (1u << i)) {
      files.push_back(file(i));
      which.push_back(i);
    }
  try {
    FileTransaction t(files, std::move(o));
    std::vector<std::optional<std::string>> out(files.size());
    for (std::size_t k = 0; k < files.size(); ++k) {
      t.read(k, 1 << 20);
      out[k] = texts[which[k]];
    }
    if (change_meanwhile) std::ofstream(files.back(), std::ios::binary | std::ios::app) << "#\n";
    t.commit(out);
    return true;
  } catch (const EditRefused&) {
    return false;
  }
}

State apply(State s, unsigned mask, const State& texts) {
  for (std::size_t i = 0; i < kFiles; ++i)
    if (mask & (1u << i)) s[i] = texts[i];
  return s;
}

/// Runs `work` in a child process; returns its exit status.
template <class F> pid_t spawn(F work) {
  const pid_t child = ::fork();
  if (child < 0) std::abort();
  if (child == 0) ::_exit(work());
  return child;
}

int wait_for(pid_t child) {
  int status = 0;
  pid_t got = 0;
  while ((got = ::waitpid(child, &status, 0)) < 0 && errno == EINTR) {
  } // libFuzzer's timer signals interrupt the wait
  if (got != child) broken("waitpid");
  return WIFEXITED(status) ? WEXITSTATUS(status) : 99;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fs::remove_all(dir());
  fs::create_directories(dir());
  State state;
  for (std::size_t i = 0; i < kFiles; ++i) {
    state[i] = "start " + std::to_string(i) + "\n";
    std::ofstream(file(i), std::ios::binary) << state[i];
  }
  for (std::size_t op = 0; op * 2 + 1 < size && op < 12; ++op) {
    const unsigned mask = data[op * 2] & 0xF;
    const unsigned what = (data[op * 2] >> 4) & 0x7;
    const auto step = static_cast<Step>(std::min<unsigned>(data[op * 2 + 1] & 0x7, 4));
    const std::size_t at = (data[op * 2 + 1] >> 3) & 0x3;
    State texts;
    for (std::size_t i = 0; i < kFiles; ++i)
      texts[i] = "op " + std::to_string(op) + " file " + std::to_string(i) + "\n";
    if (mask == 0) continue;
    if (what <= 2) {
      if (!run_edit(mask, texts, options({}, 0, false))) broken("a plain edit failed");
      state = apply(state, mask, texts);
    } else if (what == 3 || what == 4) {
      // A step fails (3) or the process is killed there (4): the edit lands only when the
      // step is never reached, or (killed) after the journal said done.
      const Step at_step = what == 3 && step == Step::clean_up ? Step::finish : step;
      const bool reached =
          at_step >= Step::finish || at < static_cast<std::size_t>(__builtin_popcount(mask));
      bool committed = false;
      if (what == 3) {
        committed = run_edit(mask, texts, options(at_step, at, false));
      } else {
        const int status = wait_for(
            spawn([&] { return run_edit(mask, texts, options(at_step, at, true)) ? 0 : 1; }));
        if (status != (reached ? 9 : 0)) broken("the killed edit's status");
        std::vector<std::string> all;
        for (std::size_t i = 0; i < kFiles; ++i)
          all.push_back(file(i));
        recover_interrupted(all, {std::chrono::milliseconds(2000)});
        committed = !reached || at_step == Step::clean_up;
      }
      if (committed == reached && !(what == 4 && at_step == Step::clean_up))
        broken("an edit landed although its step failed, or failed although it was not reached");
      if (committed) state = apply(state, mask, texts);
    } else if (what == 5 || what == 6) {
      const unsigned other = (op * 2 + 2 < size ? data[op * 2 + 2] & 0xF : 0xF) | 1u;
      State texts2;
      for (std::size_t i = 0; i < kFiles; ++i)
        texts2[i] = "op " + std::to_string(op) + "b file " + std::to_string(i) + "\n";
      const pid_t a = spawn([&] { return run_edit(mask, texts, options({}, 0, false)) ? 0 : 1; });
      const pid_t b = spawn([&] { return run_edit(other, texts2, options({}, 0, false)) ? 0 : 1; });
      if (wait_for(a) != 0 || wait_for(b) != 0) broken("two edits at once: one failed");
      const State ab = apply(apply(state, mask, texts), other, texts2);
      const State ba = apply(apply(state, other, texts2), mask, texts);
      if (on_disk() != ab && on_disk() != ba) broken("two edits at once: neither order");
      state = on_disk();
    } else {
      if (run_edit(mask, texts, options({}, 0, false), true))
        broken("an edit committed over another program's save");
      const std::size_t last = static_cast<std::size_t>(31 - __builtin_clz(mask));
      state[last] += "#\n"; // the other program's save stays, and nothing else changed
    }
    if (on_disk() != state) broken("the files differ from the model");
    check_clean();
  }
  return 0;
}
