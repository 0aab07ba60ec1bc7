#pragma once

#include "cli/options.hpp"
#include "model/finding.hpp"
#include "read/load.hpp"
#include "reports/report_input.hpp"

#include <string>
#include <vector>

/// --since REV (SPEC section 13, v3): the run's portfolios as they were at a revision.
namespace acctmgr::cli {

struct Then {
  Loaded loaded; ///< the settings file of now, and the portfolios that existed at the revision
  /// Per portfolio now (same order): itself at the revision, or null (added since).
  std::vector<const Portfolio*> match;
};

/// Reads the files of `now` (walked from the paths of `input`) at `revision` through git and
/// loads them with the settings file of now (on input's -j threads), each at its own as_of;
/// a file removed since is
/// named in a note on stderr. A git problem is a UsageError; a file invalid at the revision
/// an InputError naming "REV:PATH".
Then load_then(const std::string& revision, const Loaded& now, const InputOptions& input);

/// What `check --since` reports: the findings of `now_found` that are new since `then` (over
/// the same period spec, codes and info switch), and a RESTATED finding per closed month
/// rewritten; sorted as check sorts.
std::vector<Finding> findings_since(const Then& then, const Loaded& now,
                                    const std::vector<Finding>& now_found, const PeriodSpec& spec,
                                    const CodeSet& ignored, bool include_info);

} // namespace acctmgr::cli
