#pragma once

#include "document/document.hpp"
#include "model/portfolio.hpp"
#include "reports/report_input.hpp"

#include <string>
#include <vector>

/// `acctmgr diff REV` (SPEC section 13, v3): what changed since a revision.
namespace acctmgr {

/// The run's portfolios now and as they were at a revision.
struct DiffInput {
  std::string revision;                ///< as given
  const ReportInput* now = nullptr;    ///< the portfolios now, with their periods
  const ReportInput* then = nullptr;   ///< those that existed at the revision, with theirs
  std::vector<const Portfolio*> match; ///< per portfolio now: itself then, or null (added)
};

/// Four sections: `findings` (new and resolved, with at_stake now or then, largest first),
/// `restated` (the closed months rewritten), `outlook` (per client with a change, the fiscal
/// year of the as_of now: projected and gap then and now, forecast entries changed; a TOTAL
/// per manager) and `bonus` (per manager with a plan: the total then and now).
Document diff_document(const DiffInput& in);

/// The review's "since REV" (SPEC section 13): the findings new and resolved, the restated
/// months and each manager's outlook TOTAL, to follow its top actions.
std::vector<Section> since_sections(const DiffInput& in);

} // namespace acctmgr
