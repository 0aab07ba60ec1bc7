#pragma once

#include "model/finding.hpp"
#include "model/portfolio.hpp"
#include "reports/finding_collector.hpp"

#include <string>
#include <vector>

namespace acctmgr {

/// The entry of the client's `ignore:` list that silences `code` at month `e`, or null (an
/// entry whose `until` is before `e` has expired and silences nothing).
const Silence* silence_of(const Client& c, Code code, Month e);

/// The codes of a report's warnings column: those not silenced by the client at `e`, joined
/// with ';'.
std::string joined_warnings(const Client& c, const std::vector<Code>& codes, Month e);

/// IGNORE_EXPIRED (SPEC 8.4): one per long-form entry whose `until` lies before E.
void expired_ignores(FindingCollector& f, const Portfolio& p);

} // namespace acctmgr
