#pragma once

#include "core/document.hpp"
#include "core/money.hpp"
#include "core/period.hpp"
#include "core/portfolio.hpp"
#include "core/ratio.hpp"
#include "core/report_input.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acctmgr {

enum class GrowthStatus { new_client, lost, on_target, below_target, declining };

inline constexpr std::array<Term<GrowthStatus>, 5> kGrowthStatuses{{
    {GrowthStatus::new_client, "new", "no revenue in the comparison period, revenue now"},
    {GrowthStatus::lost, "lost", "revenue in the comparison period, none now"},
    {GrowthStatus::on_target, "on_target", "growth at or above the target"},
    {GrowthStatus::below_target, "below_target", "growth between 0 and the target"},
    {GrowthStatus::declining, "declining", "growth below 0"},
}};
static_assert(is_complete(kGrowthStatuses));

/// "new", "lost", "on_target", "below_target", "declining".
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

/// Judges revenue against prev_revenue with `target` (SPEC section 4, growth).
Growth judge_growth(Money revenue, Money prev_revenue, const Ratio& target);

/// The growth target that applies to a client at E: 0 when its share band is saturated
/// (the job is to hold the revenue), else the portfolio's growth_target.
Ratio client_growth_target(const Client& c, const Settings& s, Month e);

struct ClientGrowth {
  const Client* client = nullptr;
  Growth figures;
};

/// One portfolio's growth report: the listed clients (any revenue in either period), in file
/// order, and the TOTAL over all clients, judged by growth_target.
struct GrowthReport {
  const Portfolio* portfolio = nullptr;
  Period period;
  std::vector<ClientGrowth> clients;
  Growth total;
};

GrowthReport growth_report(const Portfolio& p, const Period& period);

/// The SPEC's growth table: manager,client,name,revenue,prev_revenue,change,growth,status.
Table growth_table(const std::vector<GrowthReport>& reports, const std::string& period_name);

/// The `growth` command's document.
Document growth_document(const ReportInput& in);

} // namespace acctmgr
