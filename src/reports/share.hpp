#pragma once

#include "document/document.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "reports/finding_collector.hpp"
#include "reports/report_input.hpp"
#include "reports/share_of_wallet.hpp"

#include <cstdint>
#include <vector>

namespace acctmgr {

struct ClientShare {
  const Client* client = nullptr;
  ShareOfWallet figures;
};

/// One portfolio's share-of-wallet report at E.
///
/// Listed: every client with revenue in the 12 months ending E that is not lost at E (SPEC
/// section 4, v3), with or without a wallet entry for the fiscal year of E (a wallet of 0
/// shows, so a stale zero estimate is visible). Sorted by headroom, largest first; clients
/// without a wallet come last; ties keep file order (stable).
struct ShareReport {
  const Portfolio* portfolio = nullptr;
  Month end;
  std::vector<ClientShare> clients;
  std::int64_t lost = 0; ///< clients lost at E with revenue in the 12 months, left out
};

/// The share report at E (normally the end of the selected period).
ShareReport share_report(const Portfolio& p, Month e);

/// The SPEC's share table: manager,client,name,revenue_12m,wallet,share,headroom,band.
Table share_table(const std::vector<ShareReport>& reports);

/// The `share` command's document: each portfolio at the end of its period.
Document share_document(const ReportInput& in);

/// NO_WALLET, WALLET_SHRINKING, WALLET_EXCEEDED and SATURATED (SPEC section 5), over every
/// client with a wallet or revenue_12m > 0, the lost ones the report leaves out too.
void wallet_findings(FindingCollector& f, const ShareReport& r);

} // namespace acctmgr
