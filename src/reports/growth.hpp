#pragma once

#include "document/document.hpp"
#include "model/money.hpp"
#include "model/period.hpp"
#include "model/portfolio.hpp"
#include "model/ratio.hpp"
#include "reports/finding_collector.hpp"
#include "reports/report_input.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acctmgr {

enum class GrowthStatus {
  new_client,
  lost,
  on_target,
  below_target,
  declining,
  no_history,
  partial_history,
  handover
};

/// The statuses in the order they are judged: the first that applies (SPEC section 4).
inline constexpr std::array<Term<GrowthStatus>, 8> kGrowthStatuses{{
    {GrowthStatus::handover, "handover",
     "handed over by sales, and the comparison period reaches before `won`: in transition "
     "(not comparable)"},
    {GrowthStatus::lost, "lost", "lost at E, or revenue in the comparison period and none now"},
    {GrowthStatus::no_history, "no_history",
     "revenue now, and every month of the comparison period unknown (before the first revenue "
     "entry, with no `won` after it): the file does not go back that far (not comparable)"},
    {GrowthStatus::partial_history, "partial_history",
     "some months of the comparison period unknown: prev_revenue would be an undercount (not "
     "comparable)"},
    {GrowthStatus::new_client, "new", "no revenue in the comparison period, revenue now"},
    {GrowthStatus::on_target, "on_target", "growth at or above the target"},
    {GrowthStatus::below_target, "below_target", "growth between 0 and the target"},
    {GrowthStatus::declining, "declining", "growth below 0"},
}};
static_assert(is_complete(kGrowthStatuses));

/// "new", "lost", "on_target", "below_target", "declining", "no_history", ...
inline const char* to_string(GrowthStatus s) {
  return term_of(kGrowthStatuses, s).name;
}

/// Revenue of a period against the comparison period, and how it is judged.
struct Growth {
  Money revenue;
  Money prev_revenue;
  Money change;
  std::optional<Ratio> growth;        ///< change / prev_revenue; none when prev_revenue is 0
  std::optional<GrowthStatus> status; ///< none when both revenues are 0
};

/// Judges revenue against prev_revenue with `target` (SPEC section 4, growth): new, lost
/// (revenue gone), or a growth status. What only a client's history tells (lost at E,
/// no_history, partial_history) is client_growth's.
Growth judge_growth(Money revenue, Money prev_revenue, const Ratio& target);

/// A client's growth over `period` judged with its target (SPEC sections 3, 4 and 8.1), for a
/// client with revenue in either period: handover while in transition (a handover client whose
/// comparison period reaches before `won`), then lost (lost at E, or revenue gone), then
/// no_history when every month of the comparison period is unknown (unknown_months), then
/// partial_history when some are, then judge_growth's status.
Growth client_growth(const Client& c, const Settings& s, const Period& period);

/// `g` with its amounts at `rate` (SPEC section 9): revenue and prev_revenue converted and
/// rounded once each, change recomputed from them; growth and status stay those of the
/// client's own currency.
Growth converted(Growth g, const Ratio& rate);

/// False for the statuses whose revenue is not comparable with the comparison period
/// (no_history, partial_history, handover): such clients stay out of totals, of BELOW_TARGET
/// and DECLINING, and of the growth bonus.
bool is_comparable(const Growth& g);

/// The growth target that applies to a client at E: 0 when its share band is saturated
/// (the job is to hold the revenue), else the portfolio's growth_target.
Ratio client_growth_target(const Client& c, const Settings& s, Month e);

struct ClientGrowth {
  const Client* client = nullptr;
  Growth figures;
};

/// One portfolio's growth report: the listed clients (any revenue in either period), in file
/// order, and the TOTAL over the comparable ones, judged by growth_target.
struct GrowthReport {
  const Portfolio* portfolio = nullptr;
  Period period;
  std::vector<ClientGrowth> clients;
  Growth total;
  std::int64_t excluded = 0; ///< listed clients left out of the TOTAL (not comparable)
  Money excluded_revenue;    ///< their revenue in the period
};

GrowthReport growth_report(const Portfolio& p, const Period& period);

/// The note under every table whose totals leave clients out: how many of each status, their
/// revenue, and from which month the file holds each one's history (SPEC section 4), e.g.
/// "Olena: 2 clients without revenue history and 1 with partial history (revenue 9,000.00)
/// left out of the TOTAL: not comparable with 2025-01..2025-10; history from 2025-03: acme,
/// beta; from 2025-06: gamma; handed over in 2025-04: delta", bounded as add_month_groups
/// (client_groups.hpp) says.
Text excluded_note(const GrowthReport& r);

/// The SPEC's growth table: manager,client,name,revenue,prev_revenue,change,growth,status.
Table growth_table(const std::vector<GrowthReport>& reports, const std::string& period_name);

/// The `growth` command's document.
Document growth_document(const ReportInput& in);

/// BELOW_TARGET and DECLINING (SPEC section 5) of each client and the manager's TOTAL.
void growth_findings(FindingCollector& f, const GrowthReport& r);

} // namespace acctmgr
