#include "history/past.hpp"

#include "history/git.hpp"
#include "read/ordered_tasks.hpp"
#include "text/diagnostic.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <set>

namespace acctmgr::history {
namespace {

namespace fs = std::filesystem;

/// The repositories of a run: each directory's work tree root, asked once per directory.
class Repositories {
public:
  /// The root of the work tree holding `dir` (absolute, canonical).
  const std::string& root_of(const fs::path& dir, const std::string& named) {
    const std::string key = dir.string();
    if (auto it = roots_.find(key); it != roots_.end()) return it->second;
    std::string root;
    try {
      root = git_output(key, {"rev-parse", "--show-toplevel"});
    } catch (const GitMissing&) {
      throw;
    } catch (const GitError&) { // whatever git's words, in whatever language
      throw GitError(
          fmt::format("'{}' is not in a git work tree: its history cannot be read", named));
    }
    while (!root.empty() && (root.back() == '\n' || root.back() == '\r'))
      root.pop_back();
    return roots_[key] = fs::weakly_canonical(root).string();
  }

  /// The commit `revision` names in the repository at `root`.
  const std::string& commit_in(const std::string& root, const std::string& revision) {
    if (auto it = commits_.find(root); it != commits_.end()) return it->second;
    std::string commit;
    try {
      commit = git_output(
          root, {"rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"});
    } catch (const GitError&) {
      throw GitError(fmt::format("unknown revision '{}' in the repository at {}", revision, root));
    }
    while (!commit.empty() && commit.back() == '\n')
      commit.pop_back();
    return commits_[root] = commit;
  }

private:
  std::map<std::string, std::string> roots_, commits_;
};

/// `path`'s directory, absolute and canonical, and its file name: a symbolic link given is
/// matched by its own path, as git stores it.
std::pair<fs::path, std::string> split(const std::string& path) {
  const fs::path p(path);
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  return {fs::weakly_canonical(fs::absolute(dir)), p.filename().string()};
}

bool is_portfolio_name(const std::string& relative) {
  const fs::path p(relative);
  const std::string ext = p.extension().string();
  if ((ext != ".yaml" && ext != ".yml") || p.filename() == settings_file_name) return false;
  for (const fs::path& part : p)
    if (part.string().starts_with(".")) return false; // hidden, as the walk skips them
  return true;
}

} // namespace

Past read_past(const std::string& revision, const std::vector<std::string>& files,
               const std::vector<std::string>& given) {
  if (revision.empty() || revision.starts_with("-"))
    throw GitError(fmt::format("'{}' is not a revision", revision));
  Past past{revision, {}, {}};
  Repositories repos;
  // Per repository: the specs to read and the files (by index) they belong to.
  std::map<std::string, std::vector<std::size_t>> by_root;
  std::vector<std::string> repo_paths(files.size());
  std::set<std::string> present; // "root\npath" of every file now
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i] == "-")
      throw GitError("standard input has no history: give the files or directories instead");
    const auto [dir, name] = split(files[i]);
    const std::string& root = repos.root_of(dir, files[i]);
    repo_paths[i] = (fs::path(fs::relative(dir, root)) / name).lexically_normal().string();
    by_root[root].push_back(i);
    present.insert(root + '\n' + repo_paths[i]);
    past.files.push_back({files[i], fmt::format("{}:{}", revision, repo_paths[i]), std::nullopt});
  }
  for (const auto& [root, indexes] : by_root) {
    const std::string& commit = repos.commit_in(root, revision);
    std::vector<std::string> specs;
    for (const std::size_t i : indexes)
      specs.push_back(commit + ':' + repo_paths[i]);
    std::vector<std::optional<std::string>> blobs = git_blobs(root, specs);
    for (std::size_t k = 0; k < indexes.size(); ++k)
      past.files[indexes[k]].bytes = std::move(blobs[k]);
  }
  // The portfolio files a directory given held at the revision and no longer does.
  for (const std::string& g : given) {
    std::error_code ec;
    if (g == "-" || !fs::is_directory(g, ec)) continue;
    const fs::path dir = fs::weakly_canonical(fs::absolute(g));
    const std::string& root = repos.root_of(dir, g);
    const std::string& commit = repos.commit_in(root, revision);
    const std::string relative = fs::relative(dir, root).lexically_normal().string();
    const std::string listing =
        git_output(root, {"ls-tree", "-r", "-z", "--name-only", commit, "--", relative});
    for (std::size_t at = 0; at < listing.size();) {
      const std::size_t end = std::min(listing.find('\0', at), listing.size());
      const std::string path = listing.substr(at, end - at);
      at = end + 1;
      const std::string below = fs::path(path).lexically_relative(relative).string();
      if (is_portfolio_name(below) && !present.contains(root + '\n' + path))
        past.removed.push_back(fmt::format("{}:{}", revision, path));
    }
  }
  return past;
}

std::vector<std::optional<Portfolio>> load_past(const Past& past, const SettingsFile& settings,
                                                Month default_as_of, unsigned jobs) {
  struct Parsed {
    std::optional<Portfolio> portfolio;
    std::vector<Diagnostic> problems;
  };
  std::vector<std::optional<Portfolio>> out;
  std::vector<Diagnostic> problems;
  // One file a task on `jobs` threads, merged in file order, as the loader parses the files now.
  run_ordered<Parsed>(
      past.files.size(), thread_count(jobs, past.files.size()),
      [&](std::size_t i) {
        const PastFile& f = past.files[i];
        Parsed p;
        if (!f.bytes) return p;
        try {
          p.portfolio = parse_portfolio(*f.bytes, f.shown, settings, std::nullopt, default_as_of);
          p.portfolio->file = f.path; // matched with the file now by its path
        } catch (const InputError& e) {
          p.problems = e.diagnostics();
        }
        return p;
      },
      [](std::size_t) {},
      [&](std::size_t, Parsed p) {
        out.push_back(std::move(p.portfolio));
        problems.insert(problems.end(), p.problems.begin(), p.problems.end());
      });
  if (!problems.empty()) throw InputError(std::move(problems));
  return out;
}

} // namespace acctmgr::history
