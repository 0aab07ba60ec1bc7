#pragma once

#include "core/month.hpp"
#include "core/portfolio.hpp"

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// The optional settings file (acctmgr.yaml): team-wide settings and bonus plan.
struct SettingsFile {
  std::string path; ///< empty when there is none
  Settings settings;
  std::optional<BonusPlan> bonus;
};

struct LoadRequest {
  std::vector<std::string> paths; ///< files, directories, "-"; empty: default_portfolio()
  std::optional<std::string> config; ///< --config; else the nearest acctmgr.yaml upwards from cwd
  std::optional<Month> as_of;        ///< --as-of; overrides every file's as_of
  Month default_as_of;               ///< the last complete month before today
  /// Called before each portfolio file is read: (1-based index, file count, path). The CLI
  /// shows progress with it on long runs when stderr is a terminal.
  std::function<void(std::size_t, std::size_t, const std::string&)> progress;
};

struct Loaded {
  SettingsFile settings_file;
  std::vector<Portfolio> portfolios; ///< in the order files were given (directories sorted)
};

/// The portfolio read when no path is given (SPEC section 2): $ACCTMGR_FILE, else
/// portfolio.yaml in the current directory.
struct DefaultPortfolio {
  std::string path;
  bool from_environment = false;
};
DefaultPortfolio default_portfolio();

/// Reads, validates and merges everything a command needs. Throws InputError carrying every
/// problem found in every file; never returns a partially valid result.
Loaded load(const LoadRequest& request, std::istream& stdin_stream);

/// Parses one portfolio from its bytes (no disk access), merging `base` under the file's
/// own settings. Throws InputError with every problem in the file.
Portfolio parse_portfolio(std::string_view bytes, const std::string& file, const SettingsFile& base,
                          std::optional<Month> as_of_override, Month default_as_of);

/// Parses a settings file from its bytes. Throws InputError.
SettingsFile parse_settings_file(std::string_view bytes, const std::string& file);

} // namespace acctmgr
