#include "cli/starter_portfolio.hpp"

#include "read/settings_table.hpp"

#include <fmt/args.h>
#include <fmt/format.h>
#include <string>
#include <utility>
#include <vector>

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
as_of: {as_of}              # last closed month; move it on each month (--as-of overrides)
salary: 60000               # annual base salary, needed for the bonus report

# Your own settings override the team's acctmgr.yaml key by key. The values below are the
# defaults; uncomment `settings:` and the lines you want to change.
# settings:
)yaml";

constexpr std::string_view kAfterSettings = R"yaml(
targets:
  revenue: {{{year}: 1500000}}  # portfolio revenue target per fiscal year (for the bonus)

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
#   multipliers: [{{from: 0, factor: 1}}, {{from: 5000000, factor: 1.2}}]
#   cap_pct: 45%              # cap on the total, % of annual salary

clients:
  - id: example-corp        # short unique id: a-z, 0-9, then also - _ .
    name: Example Corp      # any name, as reports show it
    origin: existing        # existing | new | reactivated | referral | handover
    # won: {won}          # month won or won back: required unless origin is existing
    # referred_by: Jane Doe # who brought the client: required when origin is referral
    # lost: {lost}         # month the client was lost, if it was
    revenue:                # monthly actuals; keep this year and last year for growth
{revenue}
    forecast:               # monthly plan for the months after as_of
{forecast}
    cost:                   # monthly delivery cost, for the margin
{cost}
    wallet: {{{year}: 900000}}  # the client's yearly budget for our kind of service, per fiscal year
    team: {{billable: 4, unbilled: 0}}  # headcount on the account now
    last_price_increase: {price}
    opportunities:          # how you mean to grow the account; see `acctmgr pipeline`
      # kind: upsell (more of the same), cross_sell (a new service), new_unit (another
      # department or company of the group), price_increase; value = revenue it adds a year;
      # probability while open; status: open (default), won, lost
      - {{id: qa-team, kind: upsell, value: 120000, probability: 50%, close: {close1}}}
      - {{id: rates-{next_year}, kind: price_increase, value: 24000, probability: 80%, close: {close2}}}
    ignore:                 # findings to silence for this client, shown in review's silenced
      - {{code: DECLINING, reason: "budget frozen until the merger closes", until: {until}}}
      # - NO_MEETING        # the short form; BELOW_TARGET, DECLINING and NO_PIPELINE need a
                            # reason and an until month (from until + 1 on: IGNORE_EXPIRED)
    stakeholders:           # roles: payer, decision_maker, influencer, user
      - {{id: ann, name: Ann Lee, title: CFO, roles: [payer, decision_maker]}}
      - {{id: bob, name: Bob Stone, title: Head of IT, roles: [influencer]}}
    activity:               # mode: meeting (in person), video, call, email, message
      - {{date: {act1}, with: [ann, bob], mode: meeting, note: Quarterly review}}
      - {{date: {act2}, with: [ann], mode: call}}

  - id: new-client
    name: New Client Ltd
    origin: new
    won: {nwon}
    revenue: {{{nwon}: 12000, {as_of}: 15000}}
    forecast: {{{f1}: 15000, {f2}: 18000, {f3}: 18000}}
    cost: {{{nwon}: 8000, {as_of}: 9500}}
    team: {{billable: 2, unbilled: 0}}
    stakeholders:
      - {{id: carla, name: Carla Diaz, title: COO, roles: [payer, decision_maker]}}
    activity:
      - {{date: {nact}, with: [carla], mode: meeting, note: Kick-off}}
)yaml";

/// `entries` as a flow mapping of the starter, four to a line, under a key at indentation 4.
std::string flow_mapping(const std::vector<std::string>& entries) {
  std::string out = "      {";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) out += i % 4 == 0 ? ",\n       " : ", ";
    out += entries[i];
  }
  return out + "}";
}

/// A date in `m`.
std::string day(Month m, int d) {
  return to_string(Date{m.year(), m.month(), d});
}

} // namespace

std::string starter_portfolio(Month as_of) {
  // example-corp: the 24 months ending as_of, a year earlier 40,000 a month rising by 250, this
  // year 22 % more (to the hundred), so growth is on target whatever the period; cost 68 %.
  std::vector<std::string> revenue, cost;
  for (int i = 0; i < 24; ++i) {
    const long base = 40000 + 250L * (i % 12);
    const long amount = i < 12 ? base : (base * 122 / 100 + 50) / 100 * 100;
    const Month m = as_of - 23 + i;
    revenue.push_back(fmt::format("{}: {}{}", to_string(m), amount, i == 23 ? ".50" : ""));
    cost.push_back(fmt::format("{}: {}", to_string(m), (amount * 68 / 100 + 50) / 100 * 100));
  }
  const auto f = [&](int n) { return to_string(as_of + n); };
  // A store of copies: the values are temporaries, which a plain argument list would outlive.
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  const std::pair<const char*, std::string> values[] = {
      {"as_of", to_string(as_of)},
      {"year", std::to_string(as_of.year())},
      {"next_year", std::to_string((as_of + 3).year())},
      {"won", f(-8)},
      {"lost", f(-3)},
      {"revenue", flow_mapping(revenue)},
      {"cost", flow_mapping(cost)},
      {"forecast", flow_mapping({f(1) + ": 54000", f(2) + ": 54000", f(3) + ": 55000"})},
      {"price", f(-10)},
      {"close1", f(2)},
      {"close2", f(3)},
      {"until", f(3)},
      {"act1", day(as_of - 1, 15)},
      {"act2", day(as_of, 20)},
      {"nwon", f(-1)},
      {"nact", day(as_of - 1, 5)},
      {"f1", f(1)},
      {"f2", f(2)},
      {"f3", f(3)}};
  for (const auto& [name, value] : values)
    args.push_back(fmt::arg(name, value));
  std::string out = fmt::vformat(kBeforeSettings, args);
  // Every setting, commented out, at its default (settings_table.hpp).
  for (const Setting& s : kSettings) {
    const std::string line = fmt::format("#   {}: {}", s.key, s.default_text);
    out += s.description.empty() ? line : fmt::format("{:<29} # {}", line, s.description);
    out += '\n';
  }
  return out.append(fmt::vformat(kAfterSettings, args));
}

} // namespace acctmgr::cli
