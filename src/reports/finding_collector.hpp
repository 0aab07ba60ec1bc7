#pragma once

#include "model/finding.hpp"
#include "model/money.hpp"
#include "model/portfolio.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acctmgr {

/// One portfolio's findings as they are found: each goes to `active`, or to `silenced` when
/// an entry of its client's `ignore:` list still silences it at month `e` (SPEC 8.4). A
/// manager's TOTAL (client null) is never silenced by a client.
class FindingCollector {
public:
  FindingCollector(const Portfolio& p, Month e)
      : p_(p), e_(e), file_(p.file), manager_(p.manager) {}

  /// A finding at the severity its code has in the SPEC table, with nothing at stake (the
  /// codes whose at_stake is empty, SPEC section 5).
  void add(const Client* c, Code code, std::string message) {
    add(c, code, std::nullopt, std::move(message));
  }
  /// The same with its at_stake (none where no amount is honest).
  void add(const Client* c, Code code, std::optional<Money> at_stake, std::string message) {
    add(c, code, term_of(kFindingCodes, code).severity, at_stake, std::move(message));
  }
  /// `subject`: what within the client it is about, when it can have several (Finding).
  void add(const Client* c, Code code, Severity severity, std::optional<Money> at_stake,
           std::string message, std::string subject = {});

  const Portfolio& portfolio() const { return p_; }
  Month judged_at() const { return e_; }

  std::vector<Finding> active;
  std::vector<Finding> silenced;

private:
  const Portfolio& p_;
  Month e_;
  SharedText file_, manager_; ///< one copy for all the portfolio's findings
};

} // namespace acctmgr
