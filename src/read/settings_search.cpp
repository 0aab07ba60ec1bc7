#include "read/load.hpp"
#include "text/diagnostic.hpp"
#include "text/text.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

/// The settings file a run finds beside its data (SPEC section 2): the nearest trusted
/// acctmgr.yaml in the directory of each path given, or above.
namespace acctmgr {
namespace {

namespace fs = std::filesystem;

/// `p` without a trailing separator, so that "examples/" and "examples" have the same parent.
fs::path without_trailing_separator(fs::path p) {
  return p.has_filename() || p == p.root_path() ? p : p.parent_path();
}

/// Where the settings search starts for one path given: a directory itself, a file's
/// directory, the current directory for stdin.
fs::path search_start(const std::string& path) {
  std::error_code ec;
  if (path == "-") return ".";
  if (fs::is_directory(path, ec)) return without_trailing_separator(path);
  const fs::path dir = fs::path(path).parent_path();
  return dir.empty() ? fs::path(".") : dir;
}

/// Why a settings file found by the upward search is not to be trusted, or "" (SPEC section 2,
/// v3): another user could have planted it, or could replace it, in `dir`. Its owner is read
/// through a link (the bytes are the target's).
std::string distrust(const fs::path& file, const fs::path& dir) {
  const uid_t me = ::geteuid();
  const auto trusted = [me](uid_t owner) { return owner == me || owner == 0; };
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return ""; // gone since it was seen: reading it tells
  if (!trusted(st.st_uid))
    return fmt::format("it is owned by another user (uid {}), not by you or root", st.st_uid);
  if (::stat(dir.c_str(), &st) != 0)
    return fmt::format("its directory {} cannot be examined", dir.generic_string());
  if ((st.st_mode & S_IWOTH) == 0) return "";
  if ((st.st_mode & S_ISVTX) == 0)
    return fmt::format("its directory {} is writable by others", dir.generic_string());
  if (!trusted(st.st_uid))
    return fmt::format("its directory {} is writable by others and, though sticky, owned by "
                       "another user (uid {})",
                       dir.generic_string(), st.st_uid);
  return "";
}

/// The settings files passed over as untrusted, each warned about once however many paths
/// find it.
struct PassedOver {
  std::vector<std::string>* warnings = nullptr;
  std::set<std::pair<dev_t, ino_t>> seen;

  void add(const fs::path& file, const std::string& why) {
    struct stat st {};
    if (warnings == nullptr ||
        (::stat(file.c_str(), &st) == 0 && !seen.emplace(st.st_dev, st.st_ino).second))
      return;
    const std::string shown = file.generic_string();
    warnings->push_back(escape_terminal(fmt::format(
        "ignoring settings file {}: {}; pass --config {} to use it", shown, why, shown)));
  }
};

/// The nearest trusted acctmgr.yaml in `dir` or its parents, spelled from `dir` as the user
/// wrote it (reports name it): "examples/acctmgr.yaml", "acctmgr.yaml", "../acctmgr.yaml".
std::optional<std::string> nearest_settings_file(const fs::path& dir, PassedOver& passed_over) {
  std::error_code ec;
  fs::path absolute = fs::absolute(dir, ec).lexically_normal();
  if (ec) return std::nullopt;
  absolute = without_trailing_separator(absolute);
  for (fs::path shown = dir;; shown /= "..") {
    const fs::path here = without_trailing_separator(shown.lexically_normal());
    const fs::path candidate =
        here == "." ? fs::path(settings_file_name) : here / settings_file_name;
    if (fs::is_regular_file(candidate, ec)) {
      const std::string why = distrust(candidate, here);
      if (why.empty()) return candidate.generic_string();
      passed_over.add(candidate, why);
    }
    if (absolute == absolute.parent_path()) return std::nullopt;
    absolute = absolute.parent_path();
  }
}

bool same_settings(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return !a && !b;
  std::error_code ec;
  return *a == *b || fs::equivalent(*a, *b, ec);
}

/// The usage error for two paths that find different settings.
SettingsConflict settings_conflict(const std::string& path_a, const std::optional<std::string>& a,
                                   const std::string& path_b, const std::optional<std::string>& b) {
  auto found = [](const std::string& path, const std::optional<std::string>& file) {
    return fmt::format("{} ({})", shown_file(path), file ? *file : "no acctmgr.yaml: defaults");
  };
  return SettingsConflict(fmt::format(
      "the paths find different settings files: {} and {}; pass --config FILE to choose one{}",
      found(path_a, a), found(path_b, b), a && b ? "" : " (--config /dev/null for the defaults)"));
}

} // namespace

std::optional<std::string> find_settings_file(const std::vector<std::string>& paths,
                                              std::vector<std::string>* warnings) {
  PassedOver passed_over{warnings, {}};
  std::optional<std::string> first;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::optional<std::string> found = nearest_settings_file(search_start(paths[i]), passed_over);
    if (i == 0)
      first = std::move(found);
    else if (!same_settings(first, found))
      throw settings_conflict(paths.front(), first, paths[i], found);
  }
  return first;
}

} // namespace acctmgr
