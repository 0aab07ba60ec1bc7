// A Document is a value: it owns everything it holds, so it may be printed after the
// portfolios it was made from are gone. Every report's document is made from the examples,
// the loaded files are freed (and their memory written over by a second load), and each
// document must then print exactly what it printed while they lived. Under the sanitizers
// (`make dev`) a table that still pointed into a portfolio would be a use after free.
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
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace acctmgr;

namespace document_value {

Loaded load_examples() {
  LoadRequest request;
  request.paths = {std::string(ACCTMGR_SOURCE_DIR) + "/examples"};
  request.default_as_of = Month(2026, 10);
  request.jobs = 1;
  std::istringstream no_stdin;
  return load(request, no_stdin);
}

/// Every report's document over `loaded`, ytd.
std::vector<Document> every_document(const Loaded& loaded) {
  const PeriodSpec spec = *PeriodSpec::parse("ytd");
  ReportInput in{{}, spec, loaded.settings_file.settings, loaded.settings_file.path};
  for (const Portfolio& p : loaded.portfolios)
    in.portfolios.push_back({&p, *resolve(spec, p.settings.calendar(), p.as_of)});
  std::vector<Document> out;
  for (const auto make :
       {growth_document, share_document, margin_document, contacts_document, activity_document,
        forecast_document, pipeline_document, summary_document, review_document})
    out.push_back(make(in));
  std::vector<BonusResult> results;
  for (const Portfolio& p : loaded.portfolios)
    if (bonus_problems(p, default_bonus_year(p)).empty())
      results.push_back(bonus(p, default_bonus_year(p), Basis::projected));
  out.push_back(bonus_document(in, results, true));
  out.push_back(check_document(in, check_findings(in, {}, true)));
  return out;
}

/// Each document in every format that can print it.
std::vector<std::string> printed(const std::vector<Document>& documents) {
  std::vector<std::string> out;
  for (const Document& d : documents)
    for (const Format f : {Format::table, Format::md, Format::json, Format::html, Format::csv,
                           Format::text, Format::github}) {
      try {
        out.push_back(render(d, f));
      } catch (const std::logic_error&) {
        out.push_back("(not offered)"); // csv of several tables, text of a table...
      }
    }
  return out;
}

} // namespace document_value

using namespace document_value;

TEST_CASE("every report's document prints the same after its portfolios are freed") {
  std::vector<Document> documents;
  std::vector<std::string> while_loaded;
  {
    auto loaded = std::make_unique<Loaded>(load_examples());
    REQUIRE(loaded->portfolios.size() == 4);
    documents = every_document(*loaded);
    while_loaded = printed(documents);
  }
  // The freed memory is taken again and written over.
  const auto again = std::make_unique<Loaded>(load_examples());
  for (Portfolio& p : again->portfolios)
    for (Client& c : p.clients) {
      c.id.assign(c.id.size(), '#');
      c.name.assign(c.name.size(), '#');
    }
  REQUIRE(documents.size() == 11);
  const std::vector<std::string> after = printed(documents);
  REQUIRE(after.size() == while_loaded.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    CAPTURE(i);
    CHECK(after[i] == while_loaded[i]);
  }
  // Not vacuous: the review names the examples' clients.
  CHECK(while_loaded[8 * 7].find("acme") != std::string::npos);
}
