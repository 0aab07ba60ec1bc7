#pragma once

#include "model/money.hpp"
#include "model/month.hpp"
#include "model/shared_text.hpp"
#include "model/vocabulary.hpp"

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace acctmgr {

enum class Severity { info, warning, error };

inline constexpr std::array<Term<Severity>, 3> kSeverities{{
    {Severity::info, "info", "for information; printed by check --all"},
    {Severity::warning, "warning", "needs attention; fails check --fail-on warning"},
    {Severity::error, "error", "broken; fails check"},
}};
static_assert(is_complete(kSeverities));

inline const char* to_string(Severity s) {
  return term_of(kSeverities, s).name;
}

/// The finding codes of SPEC section 5.
enum class Code {
  below_target,
  declining,
  low_margin,
  margin_drop,
  unbilled_staff,
  stale_prices,
  missing_cost,
  no_payer,
  no_decision_maker,
  decider_silent,
  no_meeting,
  no_forecast,
  missing_actual,
  no_wallet,
  wallet_shrinking,
  wallet_exceeded,
  saturated,
  plan_range,
  restated,
  no_pipeline,
  pipeline_short,
  stale_opportunity,
  pipeline_over_wallet,
  low_cadence,
  convenient_contacts,
  ignore_expired,
};

/// A finding code's term, with the severity it normally has (LOW_MARGIN is an error below 0).
struct CodeTerm {
  Code value;
  const char* name;
  const char* description;
  Severity severity;
  /// What its at_stake is (SPEC section 5, "What is at stake"); empty: it has none.
  const char* at_stake = "";
};

/// Every finding code in the order of the SPEC section 5 table, which is also the order
/// findings of one client are listed in.
inline constexpr std::array<CodeTerm, 26> kFindingCodes{{
    {Code::below_target, "BELOW_TARGET", "status below_target (client or manager TOTAL)",
     Severity::warning, "prev_revenue × (1 + target) − revenue"},
    {Code::declining, "DECLINING", "status declining or lost (client or manager TOTAL)",
     Severity::warning, "prev_revenue − revenue, when positive"},
    {Code::low_margin, "LOW_MARGIN", "margin below margin_floor (an error below 0)",
     Severity::warning, "margin_floor × revenue − (revenue − cost)"},
    {Code::margin_drop, "MARGIN_DROP", "margin below prev_margin minus margin_drop",
     Severity::warning, "revenue × (prev_margin − margin), when positive"},
    {Code::unbilled_staff, "UNBILLED_STAFF", "unbilled_share above unbilled_max", Severity::warning,
     "cost of the period × unbilled / (billable + unbilled), when cost > 0"},
    {Code::stale_prices, "STALE_PRICES",
     "cost grew by cost_rise or more, faster than revenue, and no price increase within "
     "price_review_months",
     Severity::warning, "revenue × (prev_margin − margin), when positive"},
    {Code::missing_cost, "MISSING_COST", "months with revenue but no cost in the period",
     Severity::warning},
    {Code::no_payer, "NO_PAYER", "active client without a payer stakeholder", Severity::warning,
     "the client's revenue over the 12 months ending E"},
    {Code::no_decision_maker, "NO_DECISION_MAKER",
     "active client without a decision_maker stakeholder", Severity::warning,
     "the client's revenue over the 12 months ending E"},
    {Code::decider_silent, "DECIDER_SILENT",
     "active client: no meeting, video or call with a payer or decision maker in the contact "
     "window",
     Severity::warning, "the client's revenue over the 12 months ending E"},
    {Code::no_meeting, "NO_MEETING", "active client: no in-person meeting in the contact window",
     Severity::warning, "the client's revenue over the 12 months ending E"},
    {Code::no_forecast, "NO_FORECAST",
     "client active at as_of missing forecast for a month of the forecast_months after it",
     Severity::warning},
    {Code::missing_actual, "MISSING_ACTUAL",
     "client active at as_of without a revenue entry for as_of", Severity::warning},
    {Code::no_wallet, "NO_WALLET", "active client without a wallet estimate for the year",
     Severity::info},
    {Code::wallet_shrinking, "WALLET_SHRINKING",
     "active client whose wallet for the fiscal year is below the year before's", Severity::warning,
     "wallet of the year before − wallet of the fiscal year of E"},
    {Code::wallet_exceeded, "WALLET_EXCEEDED", "share above 100 %: the estimate is stale",
     Severity::warning},
    {Code::saturated, "SATURATED", "share band saturated: defend the account", Severity::info},
    {Code::plan_range, "PLAN_RANGE", "the bonus plan's target_pct is outside 20-40 % of salary",
     Severity::info},
    {Code::restated, "RESTATED",
     "with --since REV or in diff: a revenue or cost entry of a month closed at REV changed, "
     "was added or was removed since",
     Severity::warning, "|now − then| of the entry"},
    {Code::no_pipeline, "NO_PIPELINE",
     "client active at as_of with a gap to target and no open opportunity closing in the 12 "
     "months after as_of",
     Severity::warning, "the gap"},
    {Code::pipeline_short, "PIPELINE_SHORT",
     "open opportunities, but their weighted value this fiscal year is below the gap",
     Severity::info, "the gap − weighted_in_year"},
    {Code::stale_opportunity, "STALE_OPPORTUNITY",
     "an open opportunity whose close month is not after as_of: mark it won or lost, or move "
     "the date",
     Severity::warning, "value × probability of the opportunity"},
    {Code::pipeline_over_wallet, "PIPELINE_OVER_WALLET",
     "open opportunities worth more than the headroom of the fiscal year of as_of", Severity::info,
     "Σ value of the open opportunities − headroom"},
    {Code::low_cadence, "LOW_CADENCE",
     "manager: fewer live touches (meeting, video, call) a week in the contact window than "
     "live_per_week",
     Severity::warning},
    {Code::convenient_contacts, "CONVENIENT_CONTACTS",
     "manager: 10 or more live touches in the contact window, but a share with payers and "
     "decision makers below decider_share",
     Severity::warning},
    {Code::ignore_expired, "IGNORE_EXPIRED",
     "an ignore entry whose until month has passed: it silences nothing any more", Severity::info},
}};
static_assert(is_complete(kFindingCodes));

/// "BELOW_TARGET", "LOW_MARGIN", ...
inline const char* to_string(Code c) {
  return term_of(kFindingCodes, c).name;
}

/// Whether silencing `c` needs a written reason and an end (SPEC 8.4): the excuse "the client
/// has no budget" must be written down and expire.
constexpr bool needs_reason(Code c) {
  return c == Code::below_target || c == Code::declining || c == Code::no_pipeline;
}

/// One entry of a client's `ignore:` list: a code, and in the long form why and until when.
struct Silence {
  Code code = Code::below_target;
  std::string reason = {};                   ///< empty in the short form
  std::optional<Month> until = std::nullopt; ///< the last month it silences; none: for good
  int line = 0;                              ///< the entry's line in its file
  /// True when the entry still silences at month `e` (SPEC 8.4: from until + 1 on it does not).
  bool active_at(Month e) const { return !until || e <= *until; }
};

/// Position of `c` in the SPEC table: the order findings of one line are listed in.
std::size_t code_rank(Code c);

/// A set of finding codes, e.g. from `--ignore CODE,...`.
using CodeSet = std::set<Code>;

/// Something `check` reports (SPEC section 5).
struct Finding {
  SharedText file;
  int line = 0; ///< line of the client, or of `manager:` for findings about the portfolio
  SharedText manager;
  std::string client; ///< client id; empty for a manager's TOTAL or the plan
  Code code = Code::below_target;
  Severity severity = Severity::warning;
  std::string message;
  /// The money the finding puts at risk or leaves on the table (SPEC section 5, "What is at
  /// stake"), in the reporting currency, rounded half-up to the cent once; none where no
  /// amount is honest.
  std::optional<Money> at_stake = std::nullopt;
  /// The ignore entry that silenced it; shared, since few findings have one and a big team
  /// has tens of thousands of findings.
  std::shared_ptr<const Silence> silenced = nullptr;
  /// What within the client it is about, when a client can have several: the opportunity of
  /// a STALE_OPPORTUNITY, the month and kind of a RESTATED. Part of its identity across
  /// revisions (SPEC section 13).
  std::string subject = {};
};

/// "silenced" for a silenced finding, else its severity.
inline const char* severity_word(const Finding& f) {
  return f.silenced ? "silenced" : to_string(f.severity);
}

} // namespace acctmgr
