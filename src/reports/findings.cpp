#include "reports/findings.hpp"

#include "reports/activity.hpp"
#include "reports/bonus.hpp"
#include "reports/client_state.hpp"
#include "reports/contacts.hpp"
#include "reports/conversion.hpp"
#include "reports/finding_collector.hpp"
#include "reports/forecast.hpp"
#include "reports/growth.hpp"
#include "reports/margin.hpp"
#include "reports/overflow_context.hpp"
#include "reports/pipeline.hpp"
#include "reports/share.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <iterator>
#include <map>

namespace acctmgr {
namespace {

// ---- wording --------------------------------------------------------------------------------

/// A percentage with as many decimals (1..4) as it takes not to read the same as `threshold`,
/// so that "19.99% is below the 20.0% target" never prints as "20.0% ... 20.0%".
std::string percent_vs(const Ratio& value, const Ratio& threshold) {
  for (int decimals = 1; decimals < 4; ++decimals)
    if (to_percent(value, decimals) != to_percent(threshold, decimals))
      return to_percent(value, decimals);
  return to_percent(value, 4);
}

/// "rose 12.0%" / "fell 3.5%".
std::string change_words(const Ratio& change) {
  return change.is_negative() ? "fell " + to_percent(Ratio() - change)
                              : "rose " + to_percent(change);
}

/// Headcount: whole people as integers, fractional FTEs with two decimals.
std::string headcount(const Ratio& r) {
  return to_fixed(r, r.den() == 1 ? 0 : 2);
}

std::string month_list(const std::vector<Month>& months) {
  std::string out;
  for (Month m : months)
    out += (out.empty() ? "" : ", ") + to_string(m);
  return out;
}

std::string first_day(Month m) {
  return to_string(Date{m.year(), m.month(), 1});
}

std::string last_seen(const std::optional<Date>& d) {
  return d ? to_string(*d) : "never";
}

// ---- collecting -----------------------------------------------------------------------------

using Collector = FindingCollector;

/// `subject` names what grew: "revenue" for a client, "portfolio revenue" for a TOTAL.
void growth_finding(Collector& f, const Client* c, const Growth& g, const Period& period,
                    const Ratio& target, const std::string& subject = "revenue") {
  if (!g.status) return;
  const std::string figures = fmt::format("({} in {} -> {} in {})", g.prev_revenue,
                                          period.comparison, g.revenue, period.months);
  switch (*g.status) {
  case GrowthStatus::below_target:
    f.add(c, Code::below_target,
          fmt::format("{} grew {} {}, below the {} target", subject, percent_vs(*g.growth, target),
                      figures, target));
    break;
  case GrowthStatus::declining:
    f.add(c, Code::declining, fmt::format("{} fell {} {}", subject, Ratio() - *g.growth, figures));
    break;
  case GrowthStatus::lost:
    if (!g.revenue.is_zero() && c && c->lost) // marked lost, with revenue before it
      f.add(c, Code::declining, fmt::format("client lost in {} {}", *c->lost, figures));
    else
      f.add(c, Code::declining,
            fmt::format("no {} in {} after {} in {}", subject, period.months, g.prev_revenue,
                        period.comparison));
    break;
  case GrowthStatus::new_client:
  case GrowthStatus::no_history:
  case GrowthStatus::handover:
  case GrowthStatus::on_target:
    break;
  }
}

void margin_findings(Collector& f, const MarginReport& r) {
  const Settings& s = r.portfolio->settings;
  for (const ClientMargin& m : r.clients) {
    const Client* c = m.client;
    for (Code w : m.warnings) {
      switch (w) {
      case Code::low_margin:
        f.add(c, Code::low_margin,
              m.now.margin->is_negative() ? Severity::error : Severity::warning,
              fmt::format("margin {} is below the {} floor (revenue {}, cost {}){}",
                          percent_vs(*m.now.margin, s.margin_floor), s.margin_floor, m.now.revenue,
                          m.now.cost,
                          m.now.margin->is_negative() ? ": the account loses money" : ""));
        break;
      case Code::margin_drop:
        f.add(c, Code::margin_drop,
              fmt::format("margin fell from {} in {} to {}, more than the {} points allowed",
                          *m.before.margin, r.period.comparison,
                          percent_vs(*m.now.margin, *m.before.margin - s.margin_drop),
                          to_fixed(s.margin_drop * Ratio::integer(100), 1)));
        break;
      case Code::unbilled_staff: {
        const Team& t = *c->team;
        f.add(c, Code::unbilled_staff,
              fmt::format("{} of {} people on the account are unbilled ({}, max {})",
                          headcount(t.unbilled), headcount(t.billable + t.unbilled),
                          percent_vs(*m.unbilled_share, s.unbilled_max), s.unbilled_max));
        break;
      }
      case Code::stale_prices: {
        const MonthRange review = window_ending(r.period.end(), s.price_review_months);
        f.add(c, Code::stale_prices,
              fmt::format(
                  "cost {} ({} -> {}) while revenue {}, and no price increase in {} "
                  "(last: {})",
                  // Converted amounts (a sub-cent cost may convert to 0): the rise as shown.
                  change_words(
                      Ratio::of(m.now.cost - m.before.cost, m.before.cost).value_or(Ratio())),
                  m.before.cost, m.now.cost,
                  change_words(Ratio::of(m.now.revenue - m.before.revenue, m.before.revenue)
                                   .value_or(Ratio())),
                  review, c->last_price_increase ? to_string(*c->last_price_increase) : "never"));
        break;
      }
      case Code::missing_cost:
        f.add(c, Code::missing_cost,
              fmt::format("no cost entered for {} although revenue was billed; margin undefined",
                          month_list(m.now.missing_cost)));
        break;
      default: // the margin report gives only the codes above
        break;
      }
    }
  }
}

void contact_findings(Collector& f, const ContactsReport& r) {
  const std::string since = first_day(r.window.first);
  for (const ClientContacts& cc : r.clients) {
    const Client* c = cc.client;
    for (Code w : cc.warnings) {
      switch (w) {
      case Code::no_payer:
        f.add(c, Code::no_payer, "no stakeholder with the payer role: who signs off the budget?");
        break;
      case Code::no_decision_maker:
        f.add(c, Code::no_decision_maker,
              "no stakeholder with the decision_maker role: who decides on the contract?");
        break;
      case Code::decider_silent:
        f.add(c, Code::decider_silent,
              fmt::format("no meeting, video or call with a payer or decision maker since {} "
                          "(last: {})",
                          since, last_seen(cc.last_decider_contact)));
        break;
      case Code::no_meeting:
        f.add(c, Code::no_meeting,
              fmt::format("no in-person meeting since {} (last: {})", since,
                          last_seen(cc.last_meeting)));
        break;
      default: // the contacts report gives only the codes above
        break;
      }
    }
  }
}

// Forecast findings concern the months after as_of and the as_of actual, so "active" is
// judged at as_of here (E = as_of for the default periods anyway).
void forecast_findings(Collector& f, const ForecastReport& r) {
  const int n = r.portfolio->settings.forecast_months;
  // An active client has revenue in the 12 months ending as_of, which lie in this fiscal year
  // or the previous one, so the forecast report lists every active client.
  for (const ClientForecast& cf : r.clients) {
    if (!is_active_at(*cf.client, r.as_of) || cf.missing.empty()) continue;
    f.add(cf.client, Code::no_forecast,
          fmt::format("no forecast for {} (of the {} months after {}; enter 0 if none expected)",
                      month_list(cf.missing), n, r.as_of));
  }
}

void actual_findings(Collector& f, const Portfolio& p) {
  for (const Client& c : p.clients)
    if (is_active_at(c, p.as_of) && !c.revenue.has(p.as_of))
      f.add(&c, Code::missing_actual,
            fmt::format("no revenue entered for {}, the last closed month (enter 0 if nothing "
                        "was billed)",
                        p.as_of));
}

/// Judged in each client's own currency (SPEC section 9); the messages quote the amounts as the
/// share report shows them, converted at the same rate for both years.
void wallet_findings(Collector& f, const ShareReport& r) {
  const Portfolio& p = *r.portfolio;
  const int year = p.settings.calendar().year_of(r.end);
  const std::string window = to_string(window_ending(r.end, 12));
  for (const ClientShare& cs : r.clients) {
    const Client* c = cs.client;
    const ShareOfWallet& s = cs.figures;
    const ShareOfWallet own = share_of_wallet(*c, p.settings, r.end);
    const Ratio rate = client_rate(p, *c, year);
    const bool active = is_active_at(*c, r.end);
    if (active && !s.wallet)
      f.add(c, Code::no_wallet,
            fmt::format("no wallet estimate for fiscal year {}: share of wallet and headroom "
                        "unknown",
                        year));
    const auto prev = c->wallet.find(year - 1);
    if (active && own.wallet && prev != c->wallet.end() && *own.wallet < prev->second)
      f.add(c, Code::wallet_shrinking,
            fmt::format("wallet for fiscal year {} is {}, down {} from {} in {}", year, *s.wallet,
                        percent_vs(*Ratio::of(prev->second - *own.wallet, prev->second), Ratio()),
                        convert(prev->second, rate), year - 1));
    // Revenue above the wallet, rather than share > 100 %, so that a wallet of 0 against real
    // revenue (share undefined) is caught too.
    if (own.wallet && own.revenue_12m > *own.wallet) {
      const std::string share = s.share ? percent_vs(*s.share, Ratio::integer(1)) + ", " : "";
      f.add(c, Code::wallet_exceeded,
            fmt::format("revenue {} in {} exceeds the fiscal year {} wallet {} ({}the estimate "
                        "is stale)",
                        s.revenue_12m, window, year, *s.wallet, share));
    } else if (s.band == ShareBand::saturated) {
      f.add(c, Code::saturated,
            fmt::format("share of wallet {} (revenue {} of {}): defend the account; its growth "
                        "target is 0",
                        *s.share, s.revenue_12m, *s.wallet));
    }
  }
}

/// One IGNORE_EXPIRED per long-form entry whose `until` lies before E.
void expired_ignores(Collector& f, const Portfolio& p) {
  for (const Client& c : p.clients)
    for (const Silence& s : c.ignore)
      if (!s.active_at(f.judged_at()))
        f.add(&c, Code::ignore_expired,
              fmt::format("the ignore of {} ran until {} and no longer silences it{}: renew "
                          "it with a new reason and until, or remove it",
                          to_string(s.code), *s.until,
                          s.reason.empty() ? "" : " (reason: \"" + s.reason + "\")"));
}

} // namespace

FindingSet findings(const Portfolio& p, const Period& period) {
  return findings(p, period, portfolio_reports(p, period));
}

FindingSet findings(const Portfolio& p, const Period& period, const PortfolioReports& reports) {
  const auto where = overflow_context(p);
  Collector f(p, period.end());
  for (const ClientGrowth& g : reports.growth.clients)
    growth_finding(f, g.client, g.figures, period,
                   client_growth_target(*g.client, p.settings, period.end()));
  // A TOTAL that leaves clients out says so, or "no portfolio revenue" would mislead.
  growth_finding(f, nullptr, reports.growth.total, period, p.settings.growth_target,
                 reports.growth.excluded > 0 ? "revenue of the comparable clients"
                                             : "portfolio revenue");
  margin_findings(f, reports.margin);
  contact_findings(f, reports.contacts);
  activity_findings(f, p, period.end());
  forecast_findings(f, reports.forecast);
  actual_findings(f, p);
  wallet_findings(f, reports.share);
  pipeline_findings(f, reports.pipeline);
  if (auto plan = plan_range_finding(p)) f.active.push_back(std::move(*plan));
  expired_ignores(f, p);
  sort_findings(f.active);
  sort_findings(f.silenced);
  return {std::move(f.active), std::move(f.silenced)};
}

void sort_findings(std::vector<Finding>& findings) {
  // Each finding's key is computed once and the keys sorted, the index last, which makes the
  // sort stable; then each finding is moved once to its place. Sorting the findings themselves
  // would take a second buffer of them (stable_sort's), and a big team has tens of thousands.
  struct Key {
    std::size_t file;
    int line;
    std::size_t code;
    std::size_t index;
    auto operator<=>(const Key&) const = default;
  };
  std::map<std::string, std::size_t, std::less<>> file_order;
  std::vector<Key> keys;
  keys.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& x = findings[i];
    const std::size_t file = file_order.emplace(x.file, file_order.size()).first->second;
    keys.push_back({file, x.line, code_rank(x.code), i});
  }
  std::sort(keys.begin(), keys.end());
  // Place k takes the finding at keys[k].index: each cycle of that permutation is followed
  // once, holding one finding aside.
  std::vector<bool> placed(findings.size(), false);
  for (std::size_t start = 0; start < findings.size(); ++start) {
    if (placed[start]) continue;
    Finding aside = std::move(findings[start]);
    std::size_t k = start;
    while (keys[k].index != start) {
      findings[k] = std::move(findings[keys[k].index]);
      placed[k] = true;
      k = keys[k].index;
    }
    findings[k] = std::move(aside);
    placed[k] = true;
  }
}

void FindingLists::add(std::vector<Finding> list) {
  if (several_) list.shrink_to_fit();
  lists_.push_back(std::move(list));
}

std::vector<Finding> FindingLists::merged() {
  std::size_t count = 0;
  for (const std::vector<Finding>& list : lists_)
    count += list.size();
  std::vector<Finding> all = lists_.empty() ? std::vector<Finding>() : std::move(lists_.front());
  all.reserve(count);
  for (std::size_t i = 1; i < lists_.size(); ++i) {
    all.insert(all.end(), std::make_move_iterator(lists_[i].begin()),
               std::make_move_iterator(lists_[i].end()));
    std::vector<Finding>().swap(lists_[i]);
  }
  lists_.clear();
  sort_findings(all);
  return all;
}

std::size_t code_rank(Code c) {
  return static_cast<std::size_t>(&term_of(kFindingCodes, c) - kFindingCodes.data());
}

std::vector<Finding> without_codes(std::vector<Finding> findings, const CodeSet& silenced) {
  std::erase_if(findings, [&](const Finding& x) { return silenced.contains(x.code); });
  return findings;
}

} // namespace acctmgr
