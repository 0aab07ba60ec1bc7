#include "read/load.hpp"

#include "read/currency_check.hpp"
#include "read/ordered_tasks.hpp"
#include "read/schema.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"
#include "read/yaml_tree.hpp"
#include "text/diagnostic.hpp"
#include "text/text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace acctmgr {
namespace {

namespace fs = std::filesystem;

Diagnostic file_problem(const std::string& file, std::string message) {
  return Diagnostic{file, 0, 0, std::move(message), {}};
}

/// All of a stream, up to the size limit; `name` is the file shown in a problem.
std::optional<std::string> read_stream(std::istream& in, const std::string& name, std::size_t cap,
                                       std::vector<Diagnostic>& out, std::size_t expected = 0) {
  std::string bytes;
  // A regular file's size is known: one allocation, not a doubling string twice its size.
  bytes.reserve(std::min(expected, cap) + 1);
  char chunk[65536];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > cap) {
      out.push_back(file_problem(name, fmt::format("input is larger than {} MiB", cap >> 20)));
      return std::nullopt;
    }
  }
  if (in.bad()) {
    out.push_back(file_problem(name, fmt::format("cannot read {}", name)));
    return std::nullopt;
  }
  return bytes;
}

/// What a path names, by what reading it takes.
enum class FileKind { file, pipe, other };

/// A FIFO is read only while something writes to it (a process substitution, `<(cmd)`); a
/// socket or a device other than the null device (empty: `--config /dev/null`) is no document
/// and may block (a terminal). `other` names it for the message; a path that cannot be looked
/// at is a `file`, and opening it tells why.
FileKind file_kind(const std::string& path, std::string_view& name) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return FileKind::file;
  if (S_ISFIFO(st.st_mode)) return FileKind::pipe;
  struct stat null {};
  const bool null_device =
      S_ISCHR(st.st_mode) && ::stat("/dev/null", &null) == 0 && st.st_rdev == null.st_rdev;
  if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || null_device) return FileKind::file;
  name = S_ISSOCK(st.st_mode)  ? "a socket"
         : S_ISBLK(st.st_mode) ? "a block device"
         : S_ISCHR(st.st_mode) ? "a character device"
                               : "not a file";
  return FileKind::other;
}

Diagnostic not_a_file(const std::string& path, std::string_view what) {
  return file_problem(path, fmt::format("cannot read {}: it is {}, not a regular file (for a "
                                        "stream, give - and pipe it to standard input)",
                                        path, what));
}

/// A FIFO's bytes, up to the size limit. Opening it without O_NONBLOCK would wait for a writer,
/// forever for a stray `mkfifo`: opened non-blocking, a first read of nothing means no one
/// writes (refused); else the rest is read blocking, as from any pipe.
std::optional<std::string> read_pipe(const std::string& path, std::size_t cap,
                                     std::vector<Diagnostic>& out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    out.push_back(
        file_problem(path, fmt::format("cannot read {}: {}", path, std::strerror(errno))));
    return std::nullopt;
  }
  std::string bytes;
  char chunk[65536];
  ssize_t n = ::read(fd, chunk, sizeof chunk);
  if (n == 0) {
    ::close(fd);
    out.push_back(not_a_file(path, "a FIFO (named pipe) that nothing writes to"));
    return std::nullopt;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  for (; n != 0; n = ::read(fd, chunk, sizeof chunk)) {
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
    if (n < 0) {
      out.push_back(
          file_problem(path, fmt::format("cannot read {}: {}", path, std::strerror(errno))));
      break;
    }
    bytes.append(chunk, static_cast<std::size_t>(n));
    if (bytes.size() > cap) {
      out.push_back(file_problem(path, fmt::format("input is larger than {} MiB", cap >> 20)));
      break;
    }
  }
  ::close(fd);
  if (n != 0) return std::nullopt;
  return bytes;
}

/// The whole file, read into memory once, so that every check and the parser see the same
/// bytes. A regular file over the size limit is refused before it is read, a pipe read up to
/// the limit, and anything else (see file_kind) refused without being opened.
std::optional<std::string> read_file(const std::string& path, std::size_t cap,
                                     std::vector<Diagnostic>& out) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    out.push_back(
        file_problem(path, fmt::format("cannot read {}: {}", path, std::strerror(EISDIR))));
    return std::nullopt;
  }
  std::string_view kind;
  switch (file_kind(path, kind)) {
  case FileKind::pipe:
    return read_pipe(path, cap, out);
  case FileKind::other:
    out.push_back(not_a_file(path, kind));
    return std::nullopt;
  case FileKind::file:
    break;
  }
  const std::uintmax_t size = fs::is_regular_file(path, ec) ? fs::file_size(path, ec) : 0;
  if (!ec && size > cap) {
    out.push_back(file_problem(path, fmt::format("file is larger than {} MiB", cap >> 20)));
    return std::nullopt;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.push_back(file_problem(
        path, fmt::format("cannot read {}: {}", path, std::strerror(errno != 0 ? errno : EIO))));
    return std::nullopt;
  }
  return read_stream(in, path, cap, out, ec ? 0 : static_cast<std::size_t>(size));
}

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

bool is_portfolio_name(const fs::path& p) {
  const std::string ext = p.extension().string();
  return (ext == ".yaml" || ext == ".yml") && p.filename() != settings_file_name && !is_hidden(p);
}

/// The directories a walk that follows links has entered, by device and inode: a link to an
/// ancestor (or to a directory already walked) is not entered again, so the walk ends.
class VisitedDirectories {
public:
  /// False when `dir` was entered before.
  bool first_visit(const fs::path& dir) {
    struct stat st {};
    return ::stat(dir.c_str(), &st) != 0 || seen_.emplace(st.st_dev, st.st_ino).second;
  }

private:
  std::set<std::pair<dev_t, ino_t>> seen_;
};

/// "" or, for a walk that found nothing, what it passed over.
std::string links_not_followed(std::size_t links) {
  if (links == 0) return "";
  return fmt::format(" ({} symbolic link{} not followed; -L follows them)", links,
                     links == 1 ? "" : "s");
}

/// Portfolio files under a directory, sorted so that runs are deterministic. Without `follow`
/// a symbolic link is neither read nor entered (SPEC section 2, v3: ripgrep's and fd's
/// default), so a repository's `shadow.yaml -> /etc/shadow` is not printed into a CI log; the
/// links passed over are counted for the message when nothing else is found.
std::vector<std::string> scan_directory(const std::string& dir, bool follow,
                                        std::vector<Diagnostic>& out) {
  std::vector<std::string> files;
  std::size_t links_skipped = 0;
  VisitedDirectories visited;
  visited.first_visit(dir);
  std::error_code ec;
  fs::recursive_directory_iterator it(
      dir, follow ? fs::directory_options::follow_directory_symlink : fs::directory_options::none,
      ec);
  const fs::recursive_directory_iterator end;
  for (; !ec && it != end; it.increment(ec)) {
    // An entry that cannot be looked at (a dangling link, a file gone since the listing) is
    // the entry's matter, not the walk's: its own error code.
    std::error_code entry_ec;
    const fs::path& path = it->path();
    if (is_hidden(path)) {
      if (it->is_directory(entry_ec)) it.disable_recursion_pending();
      continue;
    }
    const bool link = it->is_symlink(entry_ec);
    const fs::file_type type = it->status(entry_ec).type();
    if (link && !follow) {
      if (type == fs::file_type::directory || is_portfolio_name(path)) ++links_skipped;
      continue;
    }
    if (type == fs::file_type::directory) {
      if (!visited.first_visit(path)) it.disable_recursion_pending();
      continue;
    }
    // Followed, a dangling link is kept: reading it says what is missing.
    if (is_portfolio_name(path) &&
        (type == fs::file_type::regular || (link && type == fs::file_type::not_found)))
      files.push_back(path.generic_string());
  }
  if (ec) out.push_back(file_problem(dir, fmt::format("cannot read {}: {}", dir, ec.message())));
  std::sort(files.begin(), files.end());
  if (files.empty() && !ec)
    out.push_back(file_problem(dir, fmt::format("no portfolio files (*.yaml, *.yml) in {}{}", dir,
                                                links_not_followed(links_skipped))));
  return files;
}

std::vector<std::string> expand_paths(const std::vector<std::string>& given, bool follow,
                                      std::vector<Diagnostic>& out) {
  std::vector<std::string> files;
  for (const std::string& path : given) {
    std::error_code ec;
    // A path given is followed: a link to a directory is walked, a link to a file read.
    if (path != "-" && fs::is_directory(path, ec)) {
      for (std::string& f : scan_directory(path, follow, out))
        files.push_back(std::move(f));
    } else if (path == "-" || fs::path(path).filename() != settings_file_name) {
      files.push_back(path); // a missing file is reported when it is read
    }
  }
  return files;
}

/// One file read again as a YAML tree, to point at a top-level value that the model keeps
/// no position for; only an error needs one, so the cost of a second parse is paid then.
class TopLevel {
public:
  TopLevel(const std::string& bytes, const std::string& file)
      : source_(strip_bom(bytes), file), ignored_(source_),
        tree_(parse_yaml(source_, ignored_, max_nesting, &skip_clients)) {}

  /// The value of `key:` in the file's top-level mapping, if it is there.
  const YamlNode* value(std::string_view key) const {
    const YamlNode* found = nullptr;
    if (tree_ && tree_->root().kind == NodeKind::mapping)
      tree_->for_each_pair(tree_->root(), [&](const YamlNode& k, const YamlNode& v) {
        if (k.kind == NodeKind::scalar && k.text == key) found = &v;
      });
    return found;
  }

  /// `message` at `at`, with the source line and a caret, as every file problem.
  Diagnostic problem(const YamlNode& at, std::string message) const {
    Problems one(source_);
    one.error(at.offset, std::move(message));
    return one.take().front();
  }

private:
  /// Top-level values only: the clients are dropped as they parse, never held.
  inline static const StreamedList skip_clients{"clients", [](const YamlTree&, const YamlNode&) {}};
  SourceText source_;
  Problems ignored_; ///< already reported by parse_portfolio, or none
  std::optional<YamlTree> tree_;
};

/// Notes a file without as_of: the last complete month stands in for it.
void note_missing_as_of(const Portfolio& p, const LoadRequest& request, Loaded& loaded) {
  if (request.as_of || p.as_of_pos.line > 0) return;
  loaded.notes.push_back(fmt::format("{} has no as_of; using {}, the last complete month",
                                     escape_terminal(shown_file(p.file)), to_string(p.as_of)));
}

/// A manager in two files of one run would count the team twice (a copied file).
void check_manager(const Portfolio& p, const std::string& bytes, const Portfolio& first,
                   std::vector<Diagnostic>& out) {
  const TopLevel top(bytes, p.file);
  const YamlNode* v = top.value("manager");
  if (!v) return;
  std::error_code ec;
  const bool same_file = p.file != "-" && fs::equivalent(p.file, first.file, ec);
  out.push_back(top.problem(
      *v, fmt::format("manager '{}' is also in {} (line {}){}: one file per manager, or the "
                      "team counts twice",
                      p.manager, shown_file(first.file), first.manager_pos.line,
                      same_file ? ", the same file given twice" : "")));
}

} // namespace

std::optional<std::string> read_input(const std::string& path, std::size_t cap,
                                      std::istream& stdin_stream,
                                      std::vector<Diagnostic>& problems) {
  return path == "-" ? read_stream(stdin_stream, "-", cap, problems)
                     : read_file(path, cap, problems);
}

DefaultPortfolio default_portfolio() {
  const char* env = std::getenv("ACCTMGR_FILE");
  if (env != nullptr && *env != '\0') return {env, true};
  return {"portfolio.yaml", false};
}

namespace {

/// The settings file chosen for the run, parsed; its problems join `problems`.
SettingsFile read_settings_file(const LoadRequest& request, const std::vector<std::string>& given,
                                std::vector<Diagnostic>& problems) {
  std::optional<std::string> path = request.config;
  if (!path) {
    // Warned about also when the paths then conflict: a file passed over can be why.
    std::vector<std::string> warnings;
    const auto warn_all = [&] {
      if (request.warn)
        for (const std::string& w : warnings)
          request.warn(w);
    };
    try {
      path = find_settings_file(given, &warnings);
    } catch (const SettingsConflict&) {
      warn_all();
      throw;
    }
    warn_all();
  }
  if (!path) return {};
  if (auto bytes = read_file(*path, max_file_bytes, problems)) {
    try {
      return parse_settings_file(*bytes, *path);
    } catch (const InputError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  return {};
}

/// One file read and parsed on its own (on any thread): what the run then merges in order.
struct ParsedFile {
  std::optional<std::string> bytes; ///< kept for the checks against earlier files
  std::optional<Portfolio> portfolio;
  std::vector<Diagnostic> problems; ///< reading or parsing problems, in the file's order
};

ParsedFile parse_file(const std::string& file, std::optional<std::string> bytes,
                      const LoadRequest& request, const SettingsFile& settings) {
  ParsedFile parsed;
  if (!bytes) bytes = read_file(file, max_file_bytes, parsed.problems);
  if (!bytes) return parsed;
  try {
    parsed.portfolio =
        parse_portfolio(*bytes, file, settings, request.as_of, request.default_as_of);
  } catch (const InputError& e) {
    parsed.problems = e.diagnostics();
  }
  parsed.bytes = std::move(bytes);
  return parsed;
}

/// Adds one parsed file to the run, checking it against the files merged before it.
void merge_file(ParsedFile parsed, const LoadRequest& request, Loaded& loaded,
                std::vector<Diagnostic>& problems) {
  problems.insert(problems.end(), std::make_move_iterator(parsed.problems.begin()),
                  std::make_move_iterator(parsed.problems.end()));
  if (!parsed.portfolio) return;
  Portfolio& p = *parsed.portfolio;
  const std::string& bytes = *parsed.bytes;
  note_missing_as_of(p, request, loaded);
  if (!loaded.settings_file.currencies.converts())
    check_currency(p, bytes, loaded.portfolios.empty() ? p : loaded.portfolios.front(), problems);
  for (const Portfolio& earlier : loaded.portfolios)
    if (earlier.manager == p.manager) {
      check_manager(p, bytes, earlier, problems);
      break;
    }
  loaded.portfolios.push_back(std::move(p));
}

} // namespace

Loaded load(const LoadRequest& request, std::istream& stdin_stream) {
  Loaded loaded;
  std::vector<Diagnostic> problems;
  const std::vector<std::string> given =
      request.paths.empty() ? std::vector{default_portfolio().path} : request.paths;
  loaded.settings_file = read_settings_file(request, given, problems);
  const std::vector<std::string> files = expand_paths(given, request.follow_links, problems);
  if (request.before_reading) request.before_reading(files);
  // Standard input is read here, in order, so that no two threads share the stream (a second
  // "-" reads what the first left: nothing).
  std::vector<std::optional<std::string>> stdin_bytes(files.size());
  std::vector<std::vector<Diagnostic>> stdin_problems(files.size());
  for (std::size_t i = 0; i < files.size(); ++i)
    if (files[i] == "-")
      stdin_bytes[i] = read_stream(stdin_stream, "-", max_file_bytes, stdin_problems[i]);
  // Files are the unit of parallel work: one thread a file, merged in the order given.
  run_ordered<ParsedFile>(
      files.size(), thread_count(request.jobs, files.size()),
      [&](std::size_t i) {
        if (files[i] == "-" && !stdin_bytes[i]) return ParsedFile{{}, {}, stdin_problems[i]};
        return parse_file(files[i], std::move(stdin_bytes[i]), request, loaded.settings_file);
      },
      [&](std::size_t i) {
        if (request.progress) request.progress(i + 1, files.size(), files[i]);
      },
      [&](std::size_t, ParsedFile parsed) {
        merge_file(std::move(parsed), request, loaded, problems);
      });
  if (problems.empty() && loaded.portfolios.empty())
    problems.push_back(file_problem(
        given.front(), "no portfolio files to read (*.yaml or *.yml; a file named acctmgr.yaml "
                       "is the settings file, never a portfolio)"));
  if (!problems.empty()) throw InputError(std::move(problems));
  return loaded;
}

} // namespace acctmgr
