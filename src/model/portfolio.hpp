#pragma once

#include "model/currency.hpp"
#include "model/finding.hpp"
#include "model/id_list.hpp"
#include "model/money.hpp"
#include "model/month.hpp"
#include "model/ratio.hpp"
#include "model/series.hpp"
#include "model/vocabulary.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace acctmgr {

/// Where something stands in its source file (1-based; 0 when unknown).
struct SourcePos {
  int line = 0;
  int column = 0;
  bool operator==(const SourcePos&) const = default;
};

enum class Origin { existing, new_client, reactivated, referral, handover };
enum class Role { payer, decision_maker, influencer, user };
enum class Mode { meeting, video, call, email, message };
enum class OpportunityKind { upsell, cross_sell, new_unit, price_increase };
enum class OpportunityStatus { open, won, lost };

inline constexpr std::array<Term<Origin>, 5> kOrigins{{
    {Origin::existing, "existing", "a client the manager already had"},
    {Origin::new_client, "new", "a new client won in month `won`"},
    {Origin::reactivated, "reactivated", "a lost client won back in month `won`"},
    {Origin::referral, "referral", "a client brought by a former client contact (`referred_by`)"},
    {Origin::handover, "handover",
     "won by sales and handed to the manager in month `won`: its year-ago revenue was not the "
     "manager's"},
}};
static_assert(is_complete(kOrigins));

inline constexpr std::array<Term<Role>, 4> kRoles{{
    {Role::payer, "payer", "signs off the budget"},
    {Role::decision_maker, "decision_maker", "decides on the contract"},
    {Role::influencer, "influencer", "shapes the decision"},
    {Role::user, "user", "works with the service"},
}};
static_assert(is_complete(kRoles));

inline constexpr std::array<Term<Mode>, 5> kModes{{
    {Mode::meeting, "meeting", "in person"},
    {Mode::video, "video", "a video call"},
    {Mode::call, "call", "a phone call"},
    {Mode::email, "email", "an email (not a conversation)"},
    {Mode::message, "message", "a chat or text message (not a conversation)"},
}};
static_assert(is_complete(kModes));

inline constexpr std::array<Term<OpportunityKind>, 4> kOpportunityKinds{{
    {OpportunityKind::upsell, "upsell",
     "more of what the client already buys: a bigger average check"},
    {OpportunityKind::cross_sell, "cross_sell", "a service the client does not buy yet"},
    {OpportunityKind::new_unit, "new_unit", "another department or company of the group"},
    {OpportunityKind::price_increase, "price_increase", "prices that follow costs"},
}};
static_assert(is_complete(kOpportunityKinds));

inline constexpr std::array<Term<OpportunityStatus>, 3> kOpportunityStatuses{{
    {OpportunityStatus::open, "open", "still being worked on (the default)"},
    {OpportunityStatus::won, "won", "signed"},
    {OpportunityStatus::lost, "lost", "not coming"},
}};
static_assert(is_complete(kOpportunityStatuses));

/// Spelling used in files and reports: "existing", "new", ...
inline const char* to_string(Origin o) {
  return term_of(kOrigins, o).name;
}
inline const char* to_string(Role r) {
  return term_of(kRoles, r).name;
}
inline const char* to_string(Mode m) {
  return term_of(kModes, m).name;
}
inline const char* to_string(OpportunityKind k) {
  return term_of(kOpportunityKinds, k).name;
}

struct Stakeholder {
  std::string id;
  std::string name;
  std::string title;
  std::vector<Role> roles;
  SourcePos pos;
  bool has_role(Role r) const;
};

struct Activity {
  Date date;
  Mode mode = Mode::email; ///< next to the date: no padding (a portfolio holds many activities)
  IdList with;             ///< stakeholder ids, each known to the client
  std::string note;
  SourcePos pos;
};

/// A way to grow the account (SPEC 8.2): `value` is the annual revenue it adds.
struct Opportunity {
  std::string id;
  OpportunityKind kind = OpportunityKind::upsell;
  Money value;
  std::optional<Ratio> probability; ///< required while open
  Month close;
  OpportunityStatus status = OpportunityStatus::open;
  std::string note;
  SourcePos pos;
  bool is_open() const { return status == OpportunityStatus::open; }
};

/// Current headcount on the account; fractional FTEs are allowed (two decimals).
struct Team {
  Ratio billable;
  Ratio unbilled;
};

struct Client {
  std::string id;
  std::string name;
  std::string currency; ///< of its amounts: its own `currency:`, else the portfolio's
  /// Names the accounting system uses for it (SPEC section 2): an import's client column
  /// matches the id, the name or one of these.
  std::vector<std::string> aliases;
  Origin origin = Origin::existing;
  std::optional<Month> won;
  std::string referred_by;
  std::optional<Month> lost;
  MonthSeries revenue;
  MonthSeries forecast;
  MonthSeries cost;
  std::map<int, Money> wallet; ///< fiscal year -> the client's annual budget
  std::optional<Team> team;
  std::optional<Month> last_price_increase;
  std::vector<Silence> ignore; ///< finding codes silenced for this client
  std::vector<Stakeholder> stakeholders;
  std::vector<Activity> activity;
  std::vector<Opportunity> opportunities;
  SourcePos pos;          ///< the client's entry (its `- id:` line)
  SourcePos currency_pos; ///< its own `currency:` value; line 0 when it has none
};

/// Share-of-wallet band thresholds.
struct ShareBands {
  Ratio saturated{9, 10};
  Ratio core{1, 2};
  Ratio reserve{3, 20};
};

struct Settings {
  int fiscal_year_start = 1;
  Ratio growth_target{1, 5};
  Ratio margin_floor{3, 10};
  Ratio margin_drop{1, 20};
  Ratio unbilled_max{1, 10};
  Ratio cost_rise{1, 20};
  int price_review_months = 12;
  int contact_window_months = 3;
  int forecast_months = 3;
  ShareBands share_bands;
  Ratio live_per_week{5, 1};  ///< meetings, videos and calls a week, with every client together
  Ratio decider_share{3, 10}; ///< of those, the share with a payer or decision maker
  FiscalCalendar calendar() const { return FiscalCalendar{fiscal_year_start}; }
};

struct MultiplierTier {
  Money from;
  Ratio factor;
};

/// A bonus plan (SPEC section 6).
struct BonusPlan {
  Ratio target_pct;
  Ratio threshold{0, 1};
  Ratio accelerator{1, 1};
  Ratio growth_pct;
  Money new_client;
  Ratio new_client_pct;
  Money referral;
  std::vector<MultiplierTier> multipliers; ///< sorted by `from`, ascending
  std::optional<Ratio> cap_pct;
  std::string file; ///< where the plan was written (portfolio or settings file)
  SourcePos pos;    ///< its `bonus:` key
};

/// One account manager's portfolio file, with the settings file already merged in.
struct Portfolio {
  std::string file; ///< as given on the command line ("-" for stdin)
  std::string manager;
  std::string currency;
  Month as_of; ///< the file's as_of, or --as-of, or the last complete month
  std::optional<Money> salary;
  Settings settings;
  std::map<int, Money> revenue_targets; ///< fiscal year -> target
  std::optional<BonusPlan> bonus;       ///< own plan, else the settings file's
  std::vector<Client> clients;
  Currencies currencies; ///< the settings file's reporting currency and plan rates
  SourcePos manager_pos;
  SourcePos currency_pos; ///< its `currency:` value (to point at a mixed currency)
  SourcePos as_of_pos;    ///< its `as_of:` value; line 0 when the file has none
};

} // namespace acctmgr
