#include "cli/inputs.hpp"

#include "cli/clock.hpp"
#include "cli/progress.hpp"
#include "edit/file_transaction.hpp"
#include "text/text.hpp"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>

namespace acctmgr::cli {

void recover_interrupted_edits(const std::vector<std::string>& files) {
  for (const std::string& line : edit::recover_interrupted(files))
    fmt::print(stderr, "acctmgr: note: {}\n", escape_terminal(line));
}

Loaded load_inputs(const InputOptions& o, BeforeReading before_reading) {
  if (o.paths.empty()) {
    // The loader would report "cannot read portfolio.yaml"; say what was looked for instead.
    const DefaultPortfolio fallback = default_portfolio();
    std::error_code ec;
    if (!fallback.from_environment && !std::filesystem::exists(fallback.path, ec))
      throw UsageError("no portfolio to read: give files or directories (or - for stdin), set "
                       "ACCTMGR_FILE, or create portfolio.yaml here (acctmgr init "
                       "portfolio.yaml)");
  }
  LoadRequest request;
  request.paths = o.paths;
  request.jobs = o.jobs;
  request.follow_links = o.follow;
  // --config, else $ACCTMGR_CONFIG; else the loader looks beside the data.
  const char* env_config = std::getenv("ACCTMGR_CONFIG");
  if (!o.config.empty())
    request.config = o.config;
  else if (env_config != nullptr && *env_config != '\0')
    request.config = env_config;
  request.before_reading =
      before_reading ? std::move(before_reading) : BeforeReading(recover_interrupted_edits);
  request.default_as_of = last_complete_month();
  if (!o.as_of.empty()) {
    request.as_of = Month::parse(o.as_of);
    if (!request.as_of)
      throw UsageError(fmt::format("--as-of '{}' is not a month YYYY-MM", o.as_of));
    // A month not yet over has no final figures (SPEC section 3).
    if (*request.as_of > request.default_as_of)
      throw UsageError(fmt::format("--as-of {} is after {}, the last complete month",
                                   to_string(*request.as_of), to_string(request.default_as_of)));
  }
  Loaded loaded;
  {
    Progress progress; // erases its line when it goes, before any note is printed
    request.progress = [&progress](std::size_t i, std::size_t n, const std::string& file) {
      progress(i, n, file);
    };
    // Before any file is read, so before any progress line.
    request.warn = [](const std::string& warning) {
      fmt::print(stderr, "acctmgr: warning: {}\n", warning);
    };
    try {
      loaded = load(request, std::cin);
    } catch (const SettingsConflict& e) {
      throw UsageError(e.what());
    }
  }
  for (const std::string& note : loaded.notes)
    fmt::print(stderr, "acctmgr: note: {}\n", note);
  return loaded;
}

Loaded load_inputs(const InputOptions& in, const OutputOptions& out) {
  Loaded loaded = load_inputs(in);
  if (out.to_stdout()) return loaded;
  std::vector<std::string> inputs;
  if (!loaded.settings_file.path.empty()) inputs.push_back(loaded.settings_file.path);
  for (const Portfolio& p : loaded.portfolios)
    if (p.file != "-") inputs.push_back(p.file);
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (std::filesystem::equivalent(out.output, input, ec))
      throw UsageError(fmt::format("refusing to write a report to '{}': it is the input file "
                                   "'{}', and input files are never modified",
                                   out.output, input));
  }
  return loaded;
}

} // namespace acctmgr::cli
