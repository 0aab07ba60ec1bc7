#include "cli/since.hpp"

#include "cli/clock.hpp"
#include "cli/commands.hpp"
#include "cli/periods.hpp"
#include "history/git.hpp"
#include "history/past.hpp"
#include "text/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace acctmgr::cli {

Then load_then(const std::string& revision, const Loaded& now, const InputOptions& input,
               const PeriodSpec& spec) {
  // git refuses such names too; refused here, they never reach a title or a terminal
  if (std::any_of(revision.begin(), revision.end(),
                  [](unsigned char c) { return c < 0x20 || c == 0x7f; }))
    throw UsageError(fmt::format("'{}' is not a revision", escape_terminal(revision)));
  std::vector<std::string> files;
  for (const Portfolio& p : now.portfolios)
    files.push_back(p.file);
  history::Past past;
  try {
    past = history::read_past(revision, files, input.paths);
  } catch (const history::GitError& e) {
    throw UsageError(e.what());
  }
  for (const std::string& removed : past.removed)
    fmt::print(stderr, "acctmgr: note: {} was removed since {}\n", escape_terminal(removed),
               escape_terminal(revision));
  std::vector<std::optional<Portfolio>> portfolios =
      history::load_past(past, now.settings_file, last_complete_month(), input.jobs);
  Then then;
  then.revision = revision;
  then.loaded.settings_file = now.settings_file;
  for (std::optional<Portfolio>& p : portfolios)
    if (p) then.loaded.portfolios.push_back(std::move(*p));
  // Matched by position: the past portfolios are in the order of the files now.
  std::size_t next = 0;
  for (const std::optional<Portfolio>& p : portfolios)
    then.match.push_back(p ? &then.loaded.portfolios[next++] : nullptr);
  then.input = report_input(then.loaded, spec);
  return then;
}

} // namespace acctmgr::cli
