#include "reports/since.hpp"

#include "reports/at_stake.hpp"
#include "reports/conversion.hpp"

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

} // namespace acctmgr
