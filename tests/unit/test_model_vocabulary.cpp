#include "model/finding.hpp"
#include "model/portfolio.hpp"
#include "reports/bonus.hpp"
#include "reports/growth.hpp"
#include "reports/share_of_wallet.hpp"
#include "write/render.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using namespace acctmgr;

namespace {

/// Every term's spelling parses back to its value, and no two terms share a spelling.
template <class T, std::size_t N> void check_round_trip(const std::array<T, N>& terms) {
  std::set<std::string> seen;
  for (const T& t : terms) {
    CAPTURE(t.name);
    CHECK(parse_term(terms, t.name) == t.value);
    CHECK(std::string(term_of(terms, t.value).name) == t.name);
    CHECK(seen.insert(t.name).second);
    CHECK(std::string(t.description).size() > 3);
  }
  CHECK(parse_term(terms, "") == std::nullopt);
  CHECK(term_names(terms).size() == N);
}

} // namespace

TEST_CASE("every vocabulary round-trips: value -> name -> value") {
  check_round_trip(kFindingCodes);
  check_round_trip(kSeverities);
  check_round_trip(kOrigins);
  check_round_trip(kRoles);
  check_round_trip(kModes);
  check_round_trip(kGrowthStatuses);
  check_round_trip(kShareBands);
  check_round_trip(kRevenueBases);
  check_round_trip(kFormats);
}

TEST_CASE("spellings are the file format's and the SPEC's, whatever the enum order") {
  CHECK(parse_term(kOrigins, "new") == Origin::new_client);
  CHECK(parse_term(kOrigins, "referral") == Origin::referral);
  CHECK(parse_term(kRoles, "decision_maker") == Role::decision_maker);
  CHECK(parse_term(kModes, "video") == Mode::video);
  CHECK(parse_term(kModes, "Meeting") == std::nullopt); // spellings are exact
  CHECK(std::string(to_string(GrowthStatus::new_client)) == "new");
  CHECK(std::string(to_string(Code::no_decision_maker)) == "NO_DECISION_MAKER");
  CHECK(term_names(kRoles) ==
        std::vector<std::string>{"payer", "decision_maker", "influencer", "user"});
}

TEST_CASE("finding codes: the SPEC section 5 table, in its order, with its severities") {
  const std::vector<std::string> spec = {
      "BELOW_TARGET", "DECLINING", "LOW_MARGIN", "MARGIN_DROP", "UNBILLED_STAFF", "STALE_PRICES",
      "MISSING_COST", "NO_PAYER", "NO_DECISION_MAKER", "DECIDER_SILENT", "NO_MEETING",
      "NO_FORECAST", "MISSING_ACTUAL", "NO_WALLET", "WALLET_SHRINKING", "WALLET_EXCEEDED",
      "SATURATED", "PLAN_RANGE", "RESTATED", // v3, raised only against a revision (section 13)
      // SPEC 8.2, 8.3 and 8.4, in the order of their tables
      "NO_PIPELINE", "PIPELINE_SHORT", "STALE_OPPORTUNITY", "PIPELINE_OVER_WALLET", "LOW_CADENCE",
      "CONVENIENT_CONTACTS", "IGNORE_EXPIRED"};
  CHECK(term_names(kFindingCodes) == spec);
  for (std::size_t i = 0; i < kFindingCodes.size(); ++i)
    CHECK(code_rank(kFindingCodes[i].value) == i);
  const std::set<std::string> info = {
      "NO_WALLET",     "SATURATED", "PLAN_RANGE", "PIPELINE_SHORT", "PIPELINE_OVER_WALLET",
      "IGNORE_EXPIRED"};
  for (const CodeTerm& t : kFindingCodes)
    CHECK(t.severity == (info.contains(t.name) ? Severity::info : Severity::warning));
}

TEST_CASE("the man page's FINDINGS section lists every code, in order, with its severity") {
  std::ifstream in(std::string(ACCTMGR_SOURCE_DIR) + "/man/acctmgr.1");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  const std::string man = text.str();
  const std::size_t start = man.find("\n.SH FINDINGS");
  REQUIRE(start != std::string::npos);
  const std::size_t end = man.find("\n.SH ", start + 1);
  const std::string section = man.substr(start, end - start);
  // Each entry reads `.B CODE \fR(severity...)`.
  const std::regex entry(R"(\n\.B ([A-Z_]+) \\fR\((info|warning|error))");
  std::vector<std::pair<std::string, std::string>> listed;
  for (auto it = std::sregex_iterator(section.begin(), section.end(), entry);
       it != std::sregex_iterator(); ++it)
    listed.emplace_back((*it)[1], (*it)[2]);
  std::vector<std::pair<std::string, std::string>> expected;
  for (const CodeTerm& t : kFindingCodes)
    expected.emplace_back(t.name, to_string(t.severity));
  CHECK(listed == expected);
}

TEST_CASE("the codes with an at_stake are those of SPEC section 5, and the man page says each") {
  // SPEC section 5, "What is at stake": every other code has none.
  const std::set<std::string> priced{"BELOW_TARGET",   "DECLINING",         "LOW_MARGIN",
                                     "MARGIN_DROP",    "STALE_PRICES",      "UNBILLED_STAFF",
                                     "NO_PAYER",       "NO_DECISION_MAKER", "DECIDER_SILENT",
                                     "NO_MEETING",     "WALLET_SHRINKING",  "NO_PIPELINE",
                                     "PIPELINE_SHORT", "STALE_OPPORTUNITY", "PIPELINE_OVER_WALLET",
                                     "RESTATED"}; // section 13: |difference|
  std::ifstream in(std::string(ACCTMGR_SOURCE_DIR) + "/man/acctmgr.1");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  const std::string man = text.str();
  for (const CodeTerm& t : kFindingCodes) {
    CAPTURE(t.name);
    CHECK(priced.contains(t.name) == (*t.at_stake != '\0'));
    // The man page entry's "At stake:" line, with troff's ×, − and Σ written back.
    const std::size_t entry = man.find(std::string("\n.B ") + t.name + " \\fR(");
    REQUIRE(entry != std::string::npos);
    const std::size_t next = man.find("\n.TP", entry + 1);
    std::string said = man.substr(entry, next - entry);
    for (const auto& [troff, plain] :
         {std::pair<std::string, std::string>{"\\(mu", "×"}, {"\\-", "−"}, {"\\(*S", "Σ"}})
      for (std::size_t at = said.find(troff); at != std::string::npos; at = said.find(troff, at))
        said.replace(at, troff.size(), plain);
    if (*t.at_stake != '\0')
      CHECK(said.find(std::string("At stake: ") + t.at_stake + ".") != std::string::npos);
    else
      CHECK(said.find("At stake:") == std::string::npos);
  }
}
