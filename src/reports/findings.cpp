#include "reports/findings.hpp"

#include "reports/activity.hpp"
#include "reports/bonus.hpp"
#include "reports/contacts.hpp"
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

using Reports = PortfolioReports;

/// A rule of SPEC sections 5 and 8: the codes it raises, and where it lives (beside the
/// report it reads).
struct FindingRule {
  std::string_view where;
  std::vector<Code> codes;
  void (*check)(FindingCollector&, const Portfolio&, const Period&, const Reports&);
};

/// Every rule, in the order findings are gathered: the one registry of findings. A new
/// finding is a code in kFindingCodes (model/finding.hpp), a rule beside its report, and its
/// line here.
const std::array<FindingRule, 10> kFindingRules{{
    {"reports/growth.cpp",
     {Code::below_target, Code::declining},
     [](FindingCollector& f, const Portfolio&, const Period&, const Reports& r) {
       growth_findings(f, r.growth);
     }},
    {"reports/margin.cpp",
     {Code::low_margin, Code::margin_drop, Code::unbilled_staff, Code::stale_prices,
      Code::missing_cost},
     [](FindingCollector& f, const Portfolio&, const Period&, const Reports& r) {
       margin_findings(f, r.margin);
     }},
    {"reports/contacts.cpp",
     {Code::no_payer, Code::no_decision_maker, Code::decider_silent, Code::no_meeting},
     [](FindingCollector& f, const Portfolio&, const Period&, const Reports& r) {
       contact_findings(f, r.contacts);
     }},
    {"reports/activity.cpp",
     {Code::low_cadence, Code::convenient_contacts},
     [](FindingCollector& f, const Portfolio& p, const Period& period, const Reports&) {
       activity_findings(f, p, period.end());
     }},
    {"reports/forecast.cpp",
     {Code::no_forecast},
     [](FindingCollector& f, const Portfolio&, const Period&, const Reports& r) {
       forecast_findings(f, r.forecast);
     }},
    {"reports/forecast.cpp",
     {Code::missing_actual},
     [](FindingCollector& f, const Portfolio& p, const Period&, const Reports&) {
       actual_findings(f, p);
     }},
    {"reports/share.cpp",
     {Code::no_wallet, Code::wallet_shrinking, Code::wallet_exceeded, Code::saturated},
     [](FindingCollector& f, const Portfolio&, const Period&, const Reports& r) {
       wallet_findings(f, r.share);
     }},
    {"reports/pipeline.cpp",
     {Code::no_pipeline, Code::pipeline_short, Code::stale_opportunity, Code::pipeline_over_wallet},
     [](FindingCollector& f, const Portfolio&, const Period&, const Reports& r) {
       pipeline_findings(f, r.pipeline);
     }},
    {"reports/bonus.cpp",
     {Code::plan_range},
     [](FindingCollector& f, const Portfolio& p, const Period&, const Reports&) {
       if (auto plan = plan_range_finding(p)) f.active.push_back(std::move(*plan));
     }},
    {"reports/ignore.cpp",
     {Code::ignore_expired},
     [](FindingCollector& f, const Portfolio& p, const Period&, const Reports&) {
       expired_ignores(f, p);
     }},
}};

/// A rule that raised a code it does not list is a bug in the registry.
void check_listed(const FindingRule& rule, const std::vector<Finding>& found, std::size_t from) {
  for (std::size_t i = from; i < found.size(); ++i)
    if (std::find(rule.codes.begin(), rule.codes.end(), found[i].code) == rule.codes.end())
      throw std::logic_error(fmt::format("{} raised {}, which its line of kFindingRules does "
                                         "not list",
                                         rule.where, to_string(found[i].code)));
}

} // namespace

std::vector<std::pair<std::string_view, Code>> finding_rules() {
  std::vector<std::pair<std::string_view, Code>> out;
  for (const FindingRule& rule : kFindingRules)
    for (Code c : rule.codes)
      out.emplace_back(rule.where, c);
  // RESTATED compares a portfolio with itself at a revision (SPEC section 13): raised there,
  // by `check --since`, not by a rule over one portfolio.
  out.emplace_back("reports/since.cpp", Code::restated);
  return out;
}

FindingSet findings(const Portfolio& p, const Period& period) {
  return findings(p, period, portfolio_reports(p, period));
}

FindingSet findings(const Portfolio& p, const Period& period, const PortfolioReports& reports) {
  const auto where = overflow_context(p);
  FindingCollector f(p, period.end());
  for (const FindingRule& rule : kFindingRules) {
    const std::size_t active = f.active.size(), silenced = f.silenced.size();
    rule.check(f, p, period, reports);
    check_listed(rule, f.active, active);
    check_listed(rule, f.silenced, silenced);
  }
  sort_findings(f.active);
  sort_findings(f.silenced);
  return {std::move(f.active), std::move(f.silenced)};
}

namespace {

// Findings are sorted by keys computed once each, the index last, which makes the sort
// stable; then each finding is moved once to its place. Sorting the findings themselves would
// take a second buffer of them (stable_sort's), and a big team has tens of thousands.

/// Moves findings[keys[k].index] to place k, for every k: each cycle of that permutation is
/// followed once, holding one finding aside.
template <class Key> void place_in_order(std::vector<Finding>& findings, std::vector<Key>& keys) {
  std::sort(keys.begin(), keys.end());
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

} // namespace

void sort_findings(std::vector<Finding>& findings) {
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
  place_in_order(findings, keys);
}

void rank_by_at_stake(std::vector<Finding>& findings) {
  struct Key {
    std::optional<Money> at_stake;
    std::size_t index;
    /// An amount before none, the larger amount first, then the order they came in.
    bool operator<(const Key& o) const {
      if (at_stake.has_value() != o.at_stake.has_value()) return at_stake.has_value();
      if (at_stake != o.at_stake) return *at_stake > *o.at_stake;
      return index < o.index;
    }
  };
  std::vector<Key> keys;
  keys.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i)
    keys.push_back({findings[i].at_stake, i});
  place_in_order(findings, keys);
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
