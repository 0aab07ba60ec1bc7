#include "cli/starter_portfolio.hpp"

#include "read/settings_table.hpp"

#include <fmt/format.h>

namespace acctmgr::cli {
namespace {

constexpr std::string_view kBeforeSettings =
    R"yaml(# acctmgr portfolio: one file per account manager.
# Replace the sample values below with your own, then check the file:
#   acctmgr validate FILE
# The full format is in `man acctmgr` (FILES). Amounts are plain numbers in `currency`,
# at most 2 decimals (118500.50); months are YYYY-MM, dates YYYY-MM-DD.

manager: Your Name          # required: shown in every report
currency: USD               # required: ISO 4217 code; every amount in this file is in it
as_of: 2026-10              # last closed month; move it on each month (--as-of overrides)
salary: 60000               # annual base salary, needed for the bonus report

# Your own settings override the team's acctmgr.yaml key by key. The values below are the
# defaults; uncomment `settings:` and the lines you want to change.
# settings:
)yaml";

constexpr std::string_view kAfterSettings = R"yaml(
targets:
  revenue: {2026: 1500000}  # portfolio revenue target per fiscal year (for the bonus)

# A bonus plan here replaces the company plan of acctmgr.yaml. Leave it commented out to be
# paid under the company plan.
# bonus:
#   target_pct: 30%           # of annual salary, paid at 100 % of the revenue target
#   threshold: 80%            # attainment below this pays no target bonus
#   accelerator: 1.5          # slope above 100 % attainment
#   growth_pct: 5%            # of the revenue increment over the previous fiscal year
#   new_client: 1000          # per client won in the year (origin new or reactivated)
#   new_client_pct: 0%        # plus this share of that client's revenue in the year
#   referral: 500             # per client won in the year through a referral
#   multipliers: [{from: 0, factor: 1}, {from: 5000000, factor: 1.2}]
#   cap_pct: 45%              # cap on the total, % of annual salary

clients:
  - id: example-corp        # short unique id: a-z, 0-9, then also - _ .
    name: Example Corp      # any name, as reports show it
    origin: existing        # existing | new | reactivated | referral | handover
    # won: 2026-03          # month won or won back: required unless origin is existing
    # referred_by: Jane Doe # who brought the client: required when origin is referral
    # lost: 2026-08         # month the client was lost, if it was
    revenue:                # monthly actuals; keep this year and last year for growth
      {2025-09: 40000, 2025-10: 41000, 2026-09: 46000, 2026-10: 47500.50}
    forecast:               # monthly plan for the months after as_of
      {2026-11: 48000, 2026-12: 48000, 2027-01: 49000}
    cost:                   # monthly delivery cost, for the margin
      {2025-09: 28000, 2025-10: 28500, 2026-09: 31000, 2026-10: 31500}
    wallet: {2026: 600000}  # the client's yearly budget for our kind of service, per fiscal year
    team: {billable: 4, unbilled: 0}  # headcount on the account now
    last_price_increase: 2026-01
    opportunities:          # how you mean to grow the account; see `acctmgr pipeline`
      # kind: upsell (more of the same), cross_sell (a new service), new_unit (another
      # department or company of the group), price_increase; value = revenue it adds a year;
      # probability while open; status: open (default), won, lost
      - {id: qa-team, kind: upsell, value: 120000, probability: 50%, close: 2026-12}
      - {id: rates-2027, kind: price_increase, value: 24000, probability: 80%, close: 2027-01}
    ignore:                 # findings to silence for this client, shown in review's silenced
      - {code: DECLINING, reason: "budget frozen until the merger closes", until: 2027-01}
      # - NO_MEETING        # the short form; BELOW_TARGET, DECLINING and NO_PIPELINE need a
                            # reason and an until month (from until + 1 on: IGNORE_EXPIRED)
    stakeholders:           # roles: payer, decision_maker, influencer, user
      - {id: ann, name: Ann Lee, title: CFO, roles: [payer, decision_maker]}
      - {id: bob, name: Bob Stone, title: Head of IT, roles: [influencer]}
    activity:               # mode: meeting (in person), video, call, email, message
      - {date: 2026-09-15, with: [ann, bob], mode: meeting, note: Quarterly review}
      - {date: 2026-10-20, with: [ann], mode: call}

  - id: new-client
    name: New Client Ltd
    origin: new
    won: 2026-09
    revenue: {2026-09: 12000, 2026-10: 15000}
    forecast: {2026-11: 15000, 2026-12: 18000, 2027-01: 18000}
    cost: {2026-09: 8000, 2026-10: 9500}
    team: {billable: 2, unbilled: 0}
    stakeholders:
      - {id: carla, name: Carla Diaz, title: COO, roles: [payer, decision_maker]}
    activity:
      - {date: 2026-10-05, with: [carla], mode: meeting, note: Kick-off}
)yaml";

} // namespace

std::string starter_portfolio() {
  std::string out(kBeforeSettings);
  // Every setting, commented out, at its default (settings_table.hpp).
  for (const Setting& s : kSettings) {
    const std::string line = fmt::format("#   {}: {}", s.key, s.default_text);
    out += s.description.empty() ? line : fmt::format("{:<29} # {}", line, s.description);
    out += '\n';
  }
  return out.append(kAfterSettings);
}

} // namespace acctmgr::cli
