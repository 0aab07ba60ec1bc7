#pragma once

#include "model/import_profile.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "text/diagnostic.hpp"

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// The name of the settings file, never read as a portfolio.
inline constexpr const char* settings_file_name = "acctmgr.yaml";

/// The optional settings file (acctmgr.yaml): team-wide settings and bonus plan.
struct SettingsFile {
  std::string path; ///< empty when there is none
  Settings settings;
  std::optional<BonusPlan> bonus;
  Currencies currencies;              ///< `reporting_currency` and `fx` (SPEC section 9)
  std::vector<ImportProfile> imports; ///< `imports:`, in the file's order (SPEC section 10)
};

struct LoadRequest {
  std::vector<std::string> paths; ///< files, directories, "-"; empty: default_portfolio()
  /// -L/--follow: a directory walk follows symbolic links (to files and directories), each
  /// directory walked once, so a link to an ancestor ends. Without it a walk skips every link
  /// (SPEC section 2, v3); a path given is followed either way.
  bool follow_links = false;
  /// --config, else $ACCTMGR_CONFIG; else find_settings_file(paths).
  std::optional<std::string> config;
  std::optional<Month> as_of; ///< --as-of; overrides every file's as_of
  /// The last complete month before today: the as_of of a file without one, and the latest
  /// as_of a file may hold (a month not yet over cannot be reported). Tests set "today" here.
  Month default_as_of;
  /// Files parsed at once, one thread per file (`-j`); 0: one per core. Results, notes and
  /// problems are the same, in the same order, whatever the number.
  unsigned jobs = 0;
  /// Called on the calling thread, in file order, before the loader waits for each portfolio
  /// file: (1-based index, file count, path). The CLI shows progress with it on long runs
  /// when stderr is a terminal.
  std::function<void(std::size_t, std::size_t, const std::string&)> progress;
  /// Called once, when set, with every portfolio file the run will read, in order, as the
  /// loader will open them: the paths given with each directory walked ("-" stays "-"). It
  /// runs on the calling thread after the walk and the settings file, before any portfolio
  /// file (or standard input) is read, even when problems found so far will fail the load.
  /// For the CLI to lock the files a command will edit and to recover an interrupted edit
  /// before their bytes are read. What it throws ends load(), before any file is read.
  std::function<void(const std::vector<std::string>& files)> before_reading;
  /// Called with each warning (a settings file ignored as another user's), one line each,
  /// escaped for a terminal, as it is found: also when the load then fails, since a skipped
  /// settings file can be why it fails. The loader never prints.
  std::function<void(const std::string&)> warn;
};

struct Loaded {
  SettingsFile settings_file;
  std::vector<Portfolio> portfolios; ///< in the order files were given (directories sorted)
  /// What the user should know although nothing is wrong (a file without as_of), one line
  /// each, escaped for a terminal; the CLI prints them, the loader never does.
  std::vector<std::string> notes;
};

/// The portfolio read when no path is given (SPEC section 2): $ACCTMGR_FILE, else
/// portfolio.yaml in the current directory.
struct DefaultPortfolio {
  std::string path;
  bool from_environment = false;
};
DefaultPortfolio default_portfolio();

/// Two paths of one run that find different settings files (or one finds a file and the
/// other none): a usage error for the CLI, since either choice could be the wrong plan.
class SettingsConflict : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// The settings file for `paths` without --config (SPEC section 2): the nearest acctmgr.yaml
/// in the directory of each path (a directory: itself; "-": the current directory) or above,
/// spelled from the path as given ("examples/acctmgr.yaml", "../acctmgr.yaml"); nullopt for
/// the defaults. Throws SettingsConflict when the paths do not all find the same file.
/// A file owned by neither the user nor root, or in a directory others may write to (o+w)
/// unless that directory is sticky and the user's or root's, is passed over, as git passes
/// over a repository of another user: the search goes on upward, and `warnings` (when given)
/// gets one line, escaped for a terminal, per file passed over.
/// (Defined in settings_search.cpp.)
std::optional<std::string> find_settings_file(const std::vector<std::string>& paths,
                                              std::vector<std::string>* warnings = nullptr);

/// Reads, validates and merges everything a command needs. Throws InputError carrying every
/// problem found in every file; never returns a partially valid result.
Loaded load(const LoadRequest& request, std::istream& stdin_stream);

/// The bytes of the input `path` ("-": `stdin_stream`), read into memory once. A regular file
/// over `cap` bytes is refused before it is read, a pipe or standard input read up to `cap`,
/// and what is neither (a device, a socket, a FIFO nothing writes to) refused without waiting
/// on it. Each problem joins `problems`. Every input goes through here: portfolio and settings
/// files (cap max_file_bytes), the files import and log edit, import's CSV.
std::optional<std::string> read_input(const std::string& path, std::size_t cap,
                                      std::istream& stdin_stream,
                                      std::vector<Diagnostic>& problems);

/// Parses one portfolio from its bytes (no disk access), merging `base` under the file's
/// own settings. Throws InputError with every problem in the file.
Portfolio parse_portfolio(std::string_view bytes, const std::string& file, const SettingsFile& base,
                          std::optional<Month> as_of_override, Month default_as_of);

/// Parses a settings file from its bytes. Throws InputError.
SettingsFile parse_settings_file(std::string_view bytes, const std::string& file);

} // namespace acctmgr
