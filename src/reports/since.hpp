#pragma once

#include "model/finding.hpp"
#include "model/money.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "reports/report_input.hpp"

#include <optional>
#include <string>
#include <vector>

/// What changed since a revision (SPEC section 13, v3): findings new and resolved, and closed
/// months rewritten.
namespace acctmgr {

/// A revenue or cost entry of a month at or before the as_of a file had at the revision
/// ("then") whose amount changed, or that was added or removed, since: a closed month
/// rewritten. Compared per client present in the file then and now (same id).
struct Restatement {
  const Portfolio* portfolio = nullptr; ///< now
  const Client* client = nullptr;       ///< now
  Month month;
  const char* kind = "revenue";   ///< "revenue" or "cost"
  std::optional<Money> then, now; ///< nullopt: no entry
  /// now − then, a missing entry counting 0, in the client's currency.
  Money difference() const { return now.value_or(Money()) - then.value_or(Money()); }
};

/// The run's portfolios now and as they were at a revision.
struct SinceInput {
  std::string revision;                ///< as given
  const ReportInput* now = nullptr;    ///< the portfolios now, with their periods
  const ReportInput* then = nullptr;   ///< those that existed at the revision, with theirs
  std::vector<const Portfolio*> match; ///< per portfolio now: itself then, or null (added)
};

/// The restatements between the same portfolio file then and now, by client in the file's
/// order now, then month, revenue before cost.
std::vector<Restatement> restatements(const Portfolio& then, const Portfolio& now);

/// The restatements of every portfolio now against itself then, in file order.
std::vector<Restatement> restatements(const SinceInput& in);

/// A restatement as a RESTATED finding at its client's line: at_stake |difference| converted at
/// the rate of the fiscal year of the as_of now, as the other findings of the file are.
Finding restated_finding(const Restatement& r);

/// The RESTATED findings of `list`, but those a client's `ignore:` silences at the as_of now.
std::vector<Finding> restated_findings(const std::vector<Restatement>& list);

/// The findings of `now` that are not in `then` (new) or of `then` not in `now` (resolved): a
/// finding is the same when its manager, client, code and subject are (SPEC section 13).
struct FindingChanges {
  std::vector<Finding> added;
  std::vector<Finding> resolved;
};
FindingChanges finding_changes(const std::vector<Finding>& then, const std::vector<Finding>& now);

/// What `check --since` reports: the findings of `now_found` that are new since `in.then`
/// (found over the same codes and info switch), and the RESTATED ones but those in `ignored`;
/// sorted as check sorts.
std::vector<Finding> findings_since(const SinceInput& in, const std::vector<Finding>& now_found,
                                    const CodeSet& ignored, bool include_info);

} // namespace acctmgr
