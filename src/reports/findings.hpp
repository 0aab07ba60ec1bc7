#pragma once

#include "model/finding.hpp"
#include "model/period.hpp"
#include "model/portfolio.hpp"
#include "reports/ignore.hpp"
#include "reports/portfolio_reports.hpp"

#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace acctmgr {

/// One portfolio's findings, each list sorted by line, then code.
struct FindingSet {
  std::vector<Finding> active;   ///< what `check` reports
  std::vector<Finding> silenced; ///< what an entry of the client's `ignore:` list silenced
};

/// Every finding of SPEC sections 5 and 8 for one portfolio over `period`, PLAN_RANGE
/// included, from its reports. Ignore entries are judged at E, the period's last month.
FindingSet findings(const Portfolio& p, const Period& period, const PortfolioReports& reports);
/// The same, making the reports.
FindingSet findings(const Portfolio& p, const Period& period);

/// The registry of finding rules: for each code a rule raises, the file the rule lives in
/// (for the test that every code has exactly one rule).
std::vector<std::pair<std::string_view, Code>> finding_rules();

/// Stable order for a run over many files: by file (in order of first appearance), line, then
/// the SPEC table order. Use after appending findings from elsewhere (PLAN_RANGE).
void sort_findings(std::vector<Finding>& findings);

/// The review's order (SPEC section 5): by at_stake, largest first, findings without one
/// last; ties keep the order they come in (sort_findings' for `check`'s).
void rank_by_at_stake(std::vector<Finding>& findings);

/// Each portfolio's findings gathered into one sorted list, never held twice over: with one
/// portfolio its list becomes the list, uncopied; with several, each is cut to its size as it
/// comes (a list keeps up to twice its room), and the merge sizes the list once, freeing each
/// as it is moved over.
class FindingLists {
public:
  /// `portfolios`: how many lists will come.
  explicit FindingLists(std::size_t portfolios) : several_(portfolios > 1) {
    lists_.reserve(portfolios);
  }
  void add(std::vector<Finding> list);
  /// Every list's findings, sorted (sort_findings); the lists are left empty.
  std::vector<Finding> merged();

private:
  bool several_;
  std::vector<std::vector<Finding>> lists_;
};

/// The findings whose code is not in `codes` (the global `--ignore CODE,...`).
std::vector<Finding> without_codes(std::vector<Finding> findings, const CodeSet& codes);

} // namespace acctmgr
