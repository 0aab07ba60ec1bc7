#pragma once

#include "document/document.hpp"
#include "reports/since.hpp"

#include <string>
#include <vector>

/// `acctmgr diff REV` (SPEC section 13, v3): what changed since a revision.
namespace acctmgr {

/// Four sections: `findings` (new and resolved, with at_stake now or then, largest first),
/// `restated` (the closed months rewritten), `outlook` (per client with a change, the fiscal
/// year of the as_of now: projected and gap then and now, forecast entries changed; a TOTAL
/// per manager) and `bonus` (per manager with a plan: the total then and now).
Document diff_document(const SinceInput& in);

/// The review's "since REV" (SPEC section 13): the findings new and resolved, the restated
/// months and each manager's outlook TOTAL, to follow its top actions.
std::vector<Section> since_sections(const SinceInput& in);

} // namespace acctmgr
