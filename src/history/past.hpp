#pragma once

#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "read/load.hpp"

#include <optional>
#include <string>
#include <vector>

/// The portfolios of a run as they were at a git revision (SPEC section 13, v3).
namespace acctmgr::history {

/// One portfolio file of the run, as it was at the revision.
struct PastFile {
  std::string path;  ///< as the run names it now (Portfolio::file)
  std::string shown; ///< "REV:PATH", PATH from the repository's root: how messages name it
  std::optional<std::string> bytes; ///< nullopt: the file was added since the revision
};

struct Past {
  std::string revision;             ///< as given
  std::vector<PastFile> files;      ///< one per file of the run, in its order
  std::vector<std::string> removed; ///< "REV:PATH" of the portfolio files of a directory
                                    ///< given that are gone now
};

/// Reads the run's `files` (as the loader walked them from the paths `given`) at `revision`
/// without touching the work tree: one `git rev-parse --show-toplevel` per directory, one
/// `rev-parse --verify` and one `cat-file --batch` per repository, one `ls-tree` per directory
/// given. A file matches its past by its path from the repository's root. Throws GitError
/// (standard input, a path outside a work tree, an unknown revision, no git).
Past read_past(const std::string& revision, const std::vector<std::string>& files,
               const std::vector<std::string>& given);

/// The portfolios of `past`, each parsed by the same strict loader with the settings file of
/// now (`settings`) and judged at its own as_of, on `jobs` threads (0: one per core) as the
/// loader parses; nullopt for a file added since. Throws InputError with every problem of
/// every file, each named "REV:PATH".
std::vector<std::optional<Portfolio>> load_past(const Past& past, const SettingsFile& settings,
                                                Month default_as_of, unsigned jobs);

} // namespace acctmgr::history
