// Paths that are no readable file: each is a problem of its own, found without blocking.
#include "read/load.hpp"
#include "text/diagnostic.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace acctmgr;

namespace load_file_kinds {

namespace fs = std::filesystem;

/// The messages of loading `path` alone, with the default settings.
std::vector<std::string> messages(const std::string& path) {
  LoadRequest request;
  request.paths = {path};
  request.config = "/dev/null";
  request.default_as_of = Month{2026, 10};
  std::istringstream in;
  std::vector<std::string> out;
  try {
    load(request, in);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(d.message);
  }
  return out;
}

struct Scratch {
  fs::path dir = fs::temp_directory_path() /
                 ("acctmgr-kinds-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  Scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() {
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(dir);
  }
  std::string path(const std::string& name) const { return (dir / name).string(); }
};

} // namespace load_file_kinds

using namespace load_file_kinds;

TEST_CASE("load: a FIFO nothing writes to is refused at once, not waited for") {
  Scratch s;
  const std::string fifo = s.path("pipe.yaml");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(messages(fifo) == std::vector<std::string>{
                              "cannot read " + fifo +
                              ": it is a FIFO (named pipe) that nothing writes to, not a regular "
                              "file (for a stream, give - and pipe it to standard input)"});
  CHECK(messages("/dev/zero") ==
        std::vector<std::string>{"cannot read /dev/zero: it is a character device, not a "
                                 "regular file (for a stream, give - and pipe it to standard "
                                 "input)"});
}

TEST_CASE("load: a file that cannot be opened is a problem naming why") {
  Scratch s;
  const std::string file = s.path("book.yaml");
  std::ofstream(file) << "manager: M\ncurrency: USD\n";
  // A path through a file, which no one can open, root included.
  CHECK(messages(file + "/x.yaml") ==
        std::vector<std::string>{"cannot read " + file + "/x.yaml: Not a directory"});
  fs::permissions(file, fs::perms::none);
  if (::geteuid() == 0) {
    MESSAGE("running as root: a file without read permission is still readable; skipped");
    return;
  }
  CHECK(messages(file) == std::vector<std::string>{"cannot read " + file + ": Permission denied"});
}
