#include "reports/since.hpp"

#include "reports/at_stake.hpp"
#include "reports/check.hpp"
#include "reports/conversion.hpp"
#include "reports/findings.hpp"
#include "reports/ignore.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace acctmgr {
namespace {

void compare(const Portfolio& now, const Client& c, const char* kind, const MonthSeries& then,
             const MonthSeries& current, Month closed, std::vector<Restatement>& out) {
  std::set<Month> months;
  for (const auto& [m, amount] : then.entries())
    if (m <= closed) months.insert(m);
  for (const auto& [m, amount] : current.entries())
    if (m <= closed) months.insert(m);
  for (const Month m : months) {
    const std::optional<Money> a = then.get(m), b = current.get(m);
    if (a != b) out.push_back({&now, &c, m, kind, a, b});
  }
}

using Identity = std::tuple<std::string, std::string, Code, std::string>;

Identity identity(const Finding& f) {
  return {f.manager.str(), f.client, f.code, f.subject};
}

} // namespace

std::vector<Restatement> restatements(const Portfolio& then, const Portfolio& now) {
  std::map<std::string_view, const Client*> past; // by id: a file may hold 10,000 clients
  for (const Client& old : then.clients)
    past.emplace(old.id, &old);
  std::vector<Restatement> out;
  for (const Client& c : now.clients) {
    const auto it = past.find(c.id);
    if (it == past.end()) continue;
    const std::size_t from = out.size();
    compare(now, c, "revenue", it->second->revenue, c.revenue, then.as_of, out);
    compare(now, c, "cost", it->second->cost, c.cost, then.as_of, out);
    // month first, revenue before cost within a month
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(),
                     [](const Restatement& a, const Restatement& b) { return a.month < b.month; });
  }
  return out;
}

std::vector<Restatement> restatements(const SinceInput& in) {
  std::vector<Restatement> out;
  for (std::size_t i = 0; i < in.now->portfolios.size(); ++i)
    if (in.match[i]) {
      std::vector<Restatement> file = restatements(*in.match[i], *in.now->portfolios[i].portfolio);
      out.insert(out.end(), file.begin(), file.end());
    }
  return out;
}

std::vector<Finding> restated_findings(const std::vector<Restatement>& list) {
  std::vector<Finding> out;
  for (const Restatement& r : list)
    if (!silence_of(*r.client, Code::restated, r.portfolio->as_of))
      out.push_back(restated_finding(r));
  return out;
}

Finding restated_finding(const Restatement& r) {
  const Portfolio& p = *r.portfolio;
  const Ratio rate = client_rate(p, *r.client, p.settings.calendar().year_of(p.as_of));
  const Money d = r.difference();
  Finding f;
  f.file = p.file;
  f.line = r.client->pos.line;
  f.manager = p.manager;
  f.client = r.client->id;
  f.code = Code::restated;
  f.severity = Severity::warning;
  const std::string change =
      !r.then  ? fmt::format("was added: {}", to_display(*r.now))
      : !r.now ? fmt::format("was removed: it was {}", to_display(*r.then))
               : fmt::format("changed from {} to {}", to_display(*r.then), to_display(*r.now));
  f.message = fmt::format("{} of {}, a closed month, {} ({}{} {})", r.kind, to_string(r.month),
                          change, d < Money() ? "" : "+", to_display(d), r.client->currency);
  f.at_stake = stake(to_ratio(d < Money() ? Money() - d : d) * rate);
  f.subject = fmt::format("{} {}", to_string(r.month), r.kind);
  return f;
}

FindingChanges finding_changes(const std::vector<Finding>& then, const std::vector<Finding>& now) {
  std::multiset<Identity> before, after;
  for (const Finding& f : then)
    before.insert(identity(f));
  for (const Finding& f : now)
    after.insert(identity(f));
  FindingChanges out;
  for (const Finding& f : now)
    if (!before.contains(identity(f))) out.added.push_back(f);
  for (const Finding& f : then)
    if (!after.contains(identity(f))) out.resolved.push_back(f);
  return out;
}

std::vector<Finding> findings_since(const SinceInput& in, const std::vector<Finding>& now_found,
                                    const CodeSet& ignored, bool include_info) {
  std::vector<Finding> found =
      finding_changes(check_findings(*in.then, ignored, include_info), now_found).added;
  if (!ignored.contains(Code::restated))
    for (Finding& f : restated_findings(restatements(in)))
      found.push_back(std::move(f));
  sort_findings(found);
  return found;
}

} // namespace acctmgr
