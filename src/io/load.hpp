#pragma once

#include "core/month.hpp"
#include "core/portfolio.hpp"

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
  std::vector<std::string>
      paths; ///< files, directories, "-"; empty: $ACCTMGR_FILE, else portfolio.yaml
  std::optional<std::string> config; ///< --config; else the nearest acctmgr.yaml upwards from cwd
  std::optional<Month> as_of;        ///< --as-of; overrides every file's as_of
  Month default_as_of;               ///< the last complete month before today
};

struct Loaded {
  SettingsFile settings_file;
  std::vector<Portfolio> portfolios; ///< in the order files were given (directories sorted)
};

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
