#pragma once

#include "document/document.hpp"
#include "model/month.hpp"
#include "model/period.hpp"
#include "model/portfolio.hpp"
#include "model/ratio.hpp"
#include "reports/finding_collector.hpp"
#include "reports/report_input.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace acctmgr {

/// Live touches (meeting, video, call) dated in some months, up to the last day of the last
/// one (SPEC 8.3). An entry naming several stakeholders is one touch.
struct Touches {
  std::int64_t live = 0;
  std::int64_t meetings = 0;          ///< in person
  std::int64_t decider_live = 0;      ///< live touches including a payer or decision maker
  std::optional<Ratio> decider_share; ///< decider_live / live; none when live is 0
  /// The latest live touch up to the last day of the months, in them or before.
  std::optional<Date> last_live;
};

/// Calendar days in `months` (Gregorian): 2026-01..2026-03 has 90.
int days_in(const MonthRange& months);

/// A client's touches in `months`.
Touches client_touches(const Client& c, const MonthRange& months);

struct ClientActivity {
  const Client* client = nullptr;
  Touches touches;
};

/// One portfolio's activity report: the clients active at E and every other client with a
/// live touch in the period (a win-back call is work), in file order, and the manager's TOTAL
/// over all its clients: its live, meetings and decider_live are the sums of the rows, its
/// last_live may be an unlisted client's (a touch before the period).
struct ActivityReport {
  const Portfolio* portfolio = nullptr;
  Period period;
  int days = 0; ///< calendar days of the period's months
  std::vector<ClientActivity> clients;
  Touches total;
  Ratio per_week;                   ///< total.live / (days / 7), exact
  std::int64_t clients_touched = 0; ///< active clients with a live touch in the period
  std::int64_t active_clients = 0;
};

ActivityReport activity_report(const Portfolio& p, const Period& period);

/// The SPEC's activity table: manager,client,name,live,meetings,decider_live,decider_share,
/// last_live,per_week,clients_touched,active_clients (the last three on TOTAL rows only).
Table activity_table(const std::vector<ActivityReport>& reports);

/// The `activity` command's document.
Document activity_document(const ReportInput& in);

/// LOW_CADENCE and CONVENIENT_CONTACTS (SPEC 8.3) for the manager, over the
/// contact_window_months ending `e`, with all the portfolio's clients.
void activity_findings(FindingCollector& f, const Portfolio& p, Month e);

} // namespace acctmgr
