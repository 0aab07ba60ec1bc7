#include "portfolio_builder.hpp"
#include "reports/check.hpp"
#include "reports/findings.hpp"
#include "reports/ignore.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// E = as_of = 2026-10 (silence_ytd_oct). The client has revenue every month and only calls with its
// payer in the window, so NO_MEETING fires and DECIDER_SILENT does not; growth is 0, so
// BELOW_TARGET fires for the client and the TOTAL.
const Period silence_ytd_oct{{mon("2026-01"), mon("2026-10")}, {mon("2025-01"), mon("2025-10")}};

Client quiet_client(std::vector<Silence> ignore) {
  Client c = client("acme", 7);
  c.revenue = flat("2025-01", "2026-10", 100);
  c.stakeholders = {person("ivan", {Role::payer, Role::decision_maker})};
  c.activity = {contact("2026-10-05", {"ivan"}, Mode::call)};
  c.ignore = std::move(ignore);
  return c;
}

Silence until(Code code, const char* month, std::string reason = "budget frozen") {
  return {code, std::move(reason), mon(month), 12};
}

bool has(const std::vector<Finding>& fs, const std::string& client, Code code) {
  for (const Finding& f : fs)
    if (f.client == client && f.code == code) return true;
  return false;
}

} // namespace

TEST_CASE("silence: an entry silences through its until month, E = until") {
  const Portfolio p = portfolio("2026-10", {quiet_client({until(Code::no_meeting, "2026-10")})});
  const FindingSet fs = findings(p, silence_ytd_oct);
  CHECK_FALSE(has(fs.active, "acme", Code::no_meeting));
  CHECK(has(fs.silenced, "acme", Code::no_meeting));
  CHECK_FALSE(has(fs.active, "acme", Code::ignore_expired));
}

TEST_CASE("silence: an until after E silences too (E = until - 1)") {
  const Portfolio p = portfolio("2026-10", {quiet_client({until(Code::no_meeting, "2026-11")})});
  const FindingSet fs = findings(p, silence_ytd_oct);
  CHECK_FALSE(has(fs.active, "acme", Code::no_meeting));
  CHECK(has(fs.silenced, "acme", Code::no_meeting));
}

TEST_CASE("silence: from until + 1 on (E = until + 1) the entry silences nothing") {
  const Portfolio p = portfolio("2026-10", {quiet_client({until(Code::no_meeting, "2026-09")})});
  const FindingSet fs = findings(p, silence_ytd_oct);
  CHECK(has(fs.active, "acme", Code::no_meeting));
  CHECK(fs.silenced.empty());
  REQUIRE(has(fs.active, "acme", Code::ignore_expired));
  for (const Finding& f : fs.active)
    if (f.code == Code::ignore_expired) {
      CHECK(f.severity == Severity::info);
      CHECK(f.line == 7); // the client's line, as for every client finding
      CHECK(f.message == "the ignore of NO_MEETING ran until 2026-09 and no longer silences it "
                         "(reason: \"budget frozen\"): renew it with a new reason and until, or "
                         "remove it");
    }
}

TEST_CASE("silence: one IGNORE_EXPIRED per expired entry, even when nothing would fire") {
  // DECIDER_SILENT does not fire for this client; its expired entry is still reported.
  const Portfolio p =
      portfolio("2026-10", {quiet_client({until(Code::decider_silent, "2026-01", ""),
                                          until(Code::below_target, "2026-02")})});
  const FindingSet fs = findings(p, silence_ytd_oct);
  int expired = 0;
  for (const Finding& f : fs.active)
    expired += f.code == Code::ignore_expired ? 1 : 0;
  CHECK(expired == 2);
  CHECK(has(fs.active, "acme", Code::below_target));
}

TEST_CASE("silence: the short form and a long form without until never expire") {
  Silence forever{Code::no_meeting, "met at every QBR, logged elsewhere", std::nullopt, 12};
  for (const Silence& s : {silence(Code::no_meeting), forever}) {
    const Portfolio p = portfolio("2026-10", {quiet_client({s})});
    const FindingSet fs = findings(p, silence_ytd_oct);
    CHECK(has(fs.silenced, "acme", Code::no_meeting));
    CHECK_FALSE(has(fs.active, "acme", Code::ignore_expired));
  }
}

TEST_CASE("silence: a client's entry never silences the manager's TOTAL") {
  const Portfolio p = portfolio("2026-10", {quiet_client({until(Code::below_target, "2027-01")})});
  const FindingSet fs = findings(p, silence_ytd_oct);
  CHECK(has(fs.silenced, "acme", Code::below_target));
  CHECK(has(fs.active, "", Code::below_target));
}

TEST_CASE("silence: expiry is judged at E of the period asked") {
  Client c = quiet_client({until(Code::no_meeting, "2026-09")});
  const Portfolio p = portfolio("2026-10", {c});
  // -p 2026-09: E = 2026-09 = until, so the entry still silences.
  const Period sept{{mon("2026-09"), mon("2026-09")}, {mon("2025-09"), mon("2025-09")}};
  const FindingSet fs = findings(p, sept);
  CHECK(has(fs.silenced, "acme", Code::no_meeting));
  CHECK_FALSE(has(fs.active, "acme", Code::ignore_expired));
}

TEST_CASE("silence: the warnings columns leave out only what is still silenced") {
  const Client c = quiet_client({until(Code::no_meeting, "2026-09"), silence(Code::no_wallet)});
  const std::vector<Code> codes{Code::no_meeting, Code::no_wallet};
  CHECK(joined_warnings(c, codes, mon("2026-09")) == "");
  CHECK(joined_warnings(c, codes, mon("2026-10")) == "NO_MEETING");
  CHECK(silence_of(c, Code::no_meeting, mon("2026-09")) == &c.ignore[0]);
  CHECK(silence_of(c, Code::no_meeting, mon("2026-10")) == nullptr);
}

TEST_CASE("check --silenced: the silenced findings, each message ending with until and reason") {
  const Portfolio p = portfolio(
      "2026-10", {quiet_client({until(Code::no_meeting, "2026-12"), silence(Code::no_forecast)})});
  const PeriodSpec spec = *PeriodSpec::parse("ytd");
  const ReportInput in{{{&p, silence_ytd_oct}}, spec, Settings{}, ""};
  const std::vector<Finding> found = check_findings(in, {}, false, true);
  REQUIRE(found.size() == 2);
  CHECK(found[0].code == Code::no_meeting);
  CHECK(std::string(severity_word(found[0])) == "silenced");
  CHECK(found[0].message == "no in-person meeting since 2026-08-01 (last: never) [silenced until "
                            "2026-12: budget frozen]");
  CHECK(found[1].code == Code::no_forecast);
  CHECK(found[1].message.ends_with("[silenced]"));
  // The global --ignore applies to them too.
  CHECK(check_findings(in, {Code::no_meeting}, false, true).size() == 1);
}
