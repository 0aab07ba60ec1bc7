#include "reports/ignore.hpp"

#include "reports/finding_collector.hpp"

#include <algorithm>
#include <memory>

namespace acctmgr {

const Silence* silence_of(const Client& c, Code code, Month e) {
  for (const Silence& s : c.ignore)
    if (s.code == code && s.active_at(e)) return &s;
  return nullptr;
}

std::string joined_warnings(const Client& c, const std::vector<Code>& codes, Month e) {
  std::string out;
  for (Code code : codes) {
    if (silence_of(c, code, e)) continue;
    if (!out.empty()) out += ';';
    out += to_string(code);
  }
  return out;
}

void FindingCollector::add(const Client* c, Code code, Severity severity,
                           std::optional<Money> at_stake, std::string message,
                           std::string subject) {
  Finding f{file_,
            c ? c->pos.line : p_.manager_pos.line,
            manager_,
            c ? c->id : "",
            code,
            severity,
            std::move(message),
            at_stake,
            {},
            std::move(subject)};
  if (const Silence* s = c ? silence_of(*c, code, e_) : nullptr) {
    f.silenced = std::make_shared<const Silence>(*s);
    silenced.push_back(std::move(f));
  } else {
    active.push_back(std::move(f));
  }
}

/// One IGNORE_EXPIRED per long-form entry whose `until` lies before E.
void expired_ignores(FindingCollector& f, const Portfolio& p) {
  for (const Client& c : p.clients)
    for (const Silence& s : c.ignore)
      if (!s.active_at(f.judged_at()))
        f.add(&c, Code::ignore_expired,
              fmt::format("the ignore of {} ran until {} and no longer silences it{}: renew "
                          "it with a new reason and until, or remove it",
                          to_string(s.code), *s.until,
                          s.reason.empty() ? "" : " (reason: \"" + s.reason + "\")"));
}

} // namespace acctmgr
