// The accepted side of bad input (issue 12, item 5): a file that starts with a UTF-8 byte
// order mark, one with CRLF line ends, and one written in YAML flow style load, and every
// report over them is the one over the plain block-style file, byte for byte.
#include "read/load.hpp"
#include "reports/activity.hpp"
#include "reports/bonus.hpp"
#include "reports/bonus_document.hpp"
#include "reports/check.hpp"
#include "reports/contacts.hpp"
#include "reports/forecast.hpp"
#include "reports/growth.hpp"
#include "reports/margin.hpp"
#include "reports/pipeline.hpp"
#include "reports/report_input.hpp"
#include "reports/review.hpp"
#include "reports/share.hpp"
#include "reports/summary.hpp"
#include "write/render.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

using namespace acctmgr;

namespace accepted_input {

const Month kAsOf{2026, 10};

std::string read_example(const std::string& name) {
  std::ifstream in(fmt::format("{}/examples/{}", ACCTMGR_SOURCE_DIR, name), std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string with_crlf(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string with_bom(std::string_view text) {
  return "\xEF\xBB\xBF" + std::string(text);
}

/// Every report over one portfolio (with an optional settings file), in every format it is
/// offered in, one after another. `with_lines`: also those that print a line of the file
/// (findings, review, the bonus statement's plan), which a flow-style file places elsewhere.
std::string all_reports(std::string_view portfolio, std::string_view settings_text,
                        bool with_lines) {
  SettingsFile settings;
  if (!settings_text.empty()) settings = parse_settings_file(settings_text, "acctmgr.yaml");
  const Portfolio p = parse_portfolio(portfolio, "p.yaml", settings, std::nullopt, kAsOf);
  const PeriodSpec spec = *PeriodSpec::parse("ytd");
  const ReportInput in{{{&p, *resolve(spec, p.settings.calendar(), p.as_of)}},
                       spec,
                       settings.settings,
                       settings.path};
  std::string out;
  auto add = [&](const Document& d, std::initializer_list<Format> formats) {
    for (const Format f : formats)
      out += render(d, f) + "\n----\n";
  };
  const auto data = {Format::table, Format::csv, Format::json, Format::md};
  for (const auto make :
       {growth_document, share_document, margin_document, contacts_document, activity_document,
        forecast_document, pipeline_document, summary_document})
    add(make(in), data);
  std::vector<BonusResult> bonus_results;
  if (bonus_problems(p, default_bonus_year(p)).empty())
    bonus_results.push_back(bonus(p, default_bonus_year(p), Basis::projected));
  add(bonus_document(in, bonus_results, false), data);
  if (with_lines) {
    add(bonus_document(in, bonus_results, true), {Format::table, Format::md});
    add(review_document(in), {Format::table, Format::md, Format::json, Format::html});
    add(check_document(in, check_findings(in, {}, true)),
        {Format::text, Format::github, Format::csv, Format::json, Format::md});
  }
  return out;
}

// The same portfolio twice: block style as the examples write it, and flow style throughout
// (the whole file one flow mapping over several lines, as a generator might write it).
constexpr std::string_view kBlock = R"(manager: Olena Kovalenko
currency: USD
as_of: 2026-10
salary: 48000
settings:
  growth_target: 20%
  share_bands:
    core: 50%
targets:
  revenue:
    2025: 300000
    2026: 400000
bonus:
  target_pct: 30%
  threshold: 80%
  new_client: 500
  multipliers:
    - from: 0
      factor: 1
    - from: 300000
      factor: 1.1
  cap_pct: 45%
clients:
  - id: acme
    name: "Acme Corp"
    revenue:
      2025-09: 30000
      2025-10: 31000
      2026-09: 36000
      2026-10: 37500.50
    forecast:
      2026-11: 38000
      2026-12: 38000
    cost:
      2025-10: 20000
      2026-10: 26000
    wallet:
      2026: 500000
    team:
      billable: 4
      unbilled: 0.5
    ignore:
      - NO_WALLET
    stakeholders:
      - id: ivan
        name: Ivan Petrenko
        roles:
          - payer
          - decision_maker
    activity:
      - date: 2026-10-02
        with:
          - ivan
        mode: meeting
        note: "QBR, agreed"
    opportunities:
      - id: support-plus
        kind: upsell
        value: 60000
        probability: 50%
        close: 2026-12
  - id: globex
    name: Globex
    origin: new
    won: 2026-03
    revenue:
      2026-04: 5000
      2026-10: 7000
)";

constexpr std::string_view kFlow = R"({manager: Olena Kovalenko, currency: USD, as_of: 2026-10,
 salary: 48000, settings: {growth_target: 20%, share_bands: {core: 50%}},
 targets: {revenue: {2025: 300000, 2026: 400000}},
 bonus: {target_pct: 30%, threshold: 80%, new_client: 500,
  multipliers: [{from: 0, factor: 1}, {from: 300000, factor: 1.1}], cap_pct: 45%},
 clients: [{id: acme, name: "Acme Corp",
   revenue: {2025-09: 30000, 2025-10: 31000, 2026-09: 36000, 2026-10: 37500.50},
   forecast: {2026-11: 38000, 2026-12: 38000}, cost: {2025-10: 20000, 2026-10: 26000},
   wallet: {2026: 500000}, team: {billable: 4, unbilled: 0.5}, ignore: [NO_WALLET],
   stakeholders: [{id: ivan, name: Ivan Petrenko, roles: [payer, decision_maker]}],
   activity: [{date: 2026-10-02, with: [ivan], mode: meeting, note: "QBR, agreed"}],
   opportunities: [{id: support-plus, kind: upsell, value: 60000, probability: 50%,
     close: 2026-12}]},
  {id: globex, name: Globex, origin: new, won: 2026-03,
   revenue: {2026-04: 5000, 2026-10: 7000}}]}
)";

TEST_CASE("accepted input: a byte order mark changes no report") {
  const std::string settings = read_example("acctmgr.yaml");
  for (const char* name : {"olena-kovalenko.yaml", "lena-fischer.yaml"}) {
    CAPTURE(name);
    const std::string plain = read_example(name);
    const std::string expected = all_reports(plain, settings, true);
    CHECK(expected.size() > 10000); // every report printed something
    CHECK(all_reports(with_bom(plain), settings, true) == expected);
    CHECK(all_reports(plain, with_bom(settings), true) == expected);
  }
  CHECK(all_reports(with_bom(kBlock), "", true) == all_reports(kBlock, "", true));
}

TEST_CASE("accepted input: CRLF line ends change no report") {
  const std::string settings = read_example("acctmgr.yaml");
  for (const char* name :
       {"olena-kovalenko.yaml", "james-whitfield.yaml", "lena-fischer.yaml", "priya-raman.yaml"}) {
    CAPTURE(name);
    const std::string plain = read_example(name);
    const std::string expected = all_reports(plain, settings, true);
    CHECK(all_reports(with_crlf(plain), settings, true) == expected);
    CHECK(all_reports(with_crlf(plain), with_crlf(settings), true) == expected);
    CHECK(all_reports(with_bom(with_crlf(plain)), settings, true) == expected);
  }
  CHECK(all_reports(with_crlf(kBlock), "", true) == all_reports(kBlock, "", true));
}

TEST_CASE("accepted input: flow style reads as block style") {
  const std::string expected = all_reports(kBlock, "", false);
  CHECK(expected.find("Globex") != std::string::npos);
  CHECK(all_reports(kFlow, "", false) == expected);
  CHECK(all_reports(with_crlf(kFlow), "", false) == expected);
  CHECK(all_reports(with_bom(kFlow), "", false) == expected);
  // The examples mix both styles: flow mappings of months inside block lists.
  const Portfolio block = parse_portfolio(kBlock, "p.yaml", {}, std::nullopt, kAsOf);
  const Portfolio flow = parse_portfolio(kFlow, "p.yaml", {}, std::nullopt, kAsOf);
  REQUIRE(flow.clients.size() == 2);
  CHECK(flow.clients[0].activity.at(0).note == block.clients[0].activity.at(0).note);
  CHECK(flow.clients[0].opportunities.size() == 1);
  CHECK(flow.bonus->multipliers.size() == 2);
}

} // namespace accepted_input
