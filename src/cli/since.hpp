#pragma once

#include "cli/options.hpp"
#include "read/load.hpp"
#include "reports/report_input.hpp"
#include "reports/since.hpp"

#include <string>
#include <vector>

/// --since REV (SPEC section 13, v3): the run's portfolios as they were at a revision.
namespace acctmgr::cli {

struct Then {
  Then() = default;
  Then(Then&&) = default; // a vector's move keeps its elements, so `match` and `input` hold
  Then& operator=(Then&&) = default;
  Then(const Then&) = delete; // a copy's would point into the original

  std::string revision; ///< as given
  Loaded loaded; ///< the settings file of now, and the portfolios that existed at the revision
  /// Per portfolio now (same order): itself at the revision, or null (added since).
  std::vector<const Portfolio*> match;
  ReportInput input; ///< `loaded` over the run's period spec (its portfolios: `loaded`'s)

  /// The two sides, with `now` the run's input now.
  SinceInput against(const ReportInput& now) const { return {revision, &now, &input, match}; }
};

/// Reads the files of `now` (walked from the paths of `input`) at `revision` through git and
/// loads them with the settings file of now (on input's -j threads), each at its own as_of,
/// over `spec`; a file removed since is named in a note on stderr. A git problem is a
/// UsageError; a file invalid at the revision an InputError naming "REV:PATH".
Then load_then(const std::string& revision, const Loaded& now, const InputOptions& input,
               const PeriodSpec& spec);

} // namespace acctmgr::cli
