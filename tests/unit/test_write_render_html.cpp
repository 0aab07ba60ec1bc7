#include "write/html.hpp"
#include "write/render.hpp"
#include "write/svg_chart.hpp"

#include <doctest/doctest.h>
#include <regex>
#include <string>

using namespace acctmgr;

namespace {

constexpr const char* kHostile = "<script>alert('x')</script> & \"Q\"";

/// 12 months ending 2026-10 of `manager`: this year 1,000.00 x (i + 1), a year earlier
/// 500.00 x (i + 1) except its first month, 1,234.56 (a height that needs rounding).
std::vector<Section> series_of(const std::string& manager) {
  Series now{manager, "revenue", Month(2025, 11), {}};
  Series before{manager, "a year earlier", Month(2024, 11), {}};
  for (int i = 0; i < 12; ++i) {
    now.values.push_back(Money::units(1000 * (i + 1)));
    before.values.push_back(i == 0 ? Money::from_cents(123456) : Money::units(500 * (i + 1)));
  }
  before.shift = 12;
  return {{"revenue", now, false}, {"revenue", before, false}};
}

Document sample_review() {
  Table clients("clients (ytd)", {column("manager", CellKind::text), column("name", CellKind::text),
                                  column("revenue", CellKind::amount)});
  clients.add_row(
      {{"manager", "Ann"}, {"name", kHostile}, {"revenue", Money::from_cents(123456789)}});
  clients.add_note({said("about "), quoted(kHostile), said(": "), amount(Money::units(5))});
  Finding f;
  f.file = "ann.yaml";
  f.line = 7;
  f.manager = "Ann";
  f.client = "acme";
  f.severity = Severity::error;
  f.message = kHostile;
  Document d{"Monthly review, ytd, as of 2026-10 (USD)",
             {"ytd", {Month(2026, 10)}, "USD", "acctmgr.yaml", false, {}},
             {{"clients", clients, false}, {"findings", FindingList{{f}, false}, false}}};
  for (Section& s : series_of("Ann"))
    d.sections.push_back(std::move(s));
  return d;
}

/// Tenths of a px as the chart prints them: "19.8".
std::string tenths(std::int64_t t) {
  return std::to_string(t / 10) + "." + std::to_string(t % 10);
}

/// The height the documented scale gives `cents` (>= 0): cents x 240 px / (hi - lo), in tenths
/// of a px rounded half-up, computed here independently of the renderer.
std::int64_t expected_height(std::int64_t cents, std::int64_t span_cents) {
  return (cents * 2400 * 2 + span_cents) / (2 * span_cents);
}

/// "1.2k": cents in thousands of units with one decimal, half-up.
std::string expected_label(std::int64_t cents) {
  const std::int64_t tenths_of_k = (cents + 5000) / 10000;
  return std::to_string(tenths_of_k / 10) + "." + std::to_string(tenths_of_k % 10) + "k";
}

struct Bar {
  int position;
  std::string y, height, title, label;
};

std::vector<Bar> bars_of(const std::string& html) {
  static const std::regex bar_re(
      R"re(<rect class="bar s(\d)" x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)">)re"
      R"re(<title>([^<]*)</title></rect><text class="value"[^>]*>([^<]*)</text>)re");
  std::vector<Bar> bars;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), bar_re);
       it != std::sregex_iterator(); ++it)
    bars.push_back({std::stoi((*it)[1]), (*it)[2], (*it)[3], (*it)[4], (*it)[5]});
  return bars;
}

} // namespace

TEST_CASE("chart scale: the smallest 1-2-5 step with at most 5 intervals") {
  const ChartScale s = chart_scale(Money(), Money::units(12000));
  CHECK(s.step == Money::units(5000)); // 2,000 would take 6 intervals
  CHECK(s.hi == Money::units(15000));
  CHECK(s.lo == Money());
  const ChartScale neg = chart_scale(Money::units(-300), Money::units(800));
  CHECK(neg.step == Money::units(500));
  CHECK(neg.lo == Money::units(-500));
  CHECK(neg.hi == Money::units(1000));
  const ChartScale empty = chart_scale(Money(), Money());
  CHECK(empty.hi > empty.lo); // never a zero span
}

TEST_CASE("html: every bar's height and label match the series on the documented scale") {
  const std::string html = render_html(sample_review(), {});
  const std::vector<Bar> bars = bars_of(html);
  REQUIRE(bars.size() == 24);
  // Max 12,000.00 -> ticks of 5,000, top 15,000: 1,500,000 cents span 240 px.
  const std::int64_t span = 1'500'000;
  for (int i = 0; i < 12; ++i) {
    const std::int64_t now = 100'000 * (i + 1), before = i == 0 ? 123'456 : 50'000 * (i + 1);
    const Bar& b = bars[static_cast<std::size_t>(i)];
    const Bar& e = bars[static_cast<std::size_t>(12 + i)];
    CAPTURE(i);
    CHECK(b.position == 1); // this year: right-hand bar of each group
    CHECK(e.position == 0);
    CHECK(b.height == tenths(expected_height(now, span)));
    CHECK(e.height == tenths(expected_height(before, span)));
    CHECK(b.label == expected_label(now));
    CHECK(e.label == expected_label(before));
    // Bars stand on the baseline, y 296.0 (top 56 + plot 240).
    CHECK(b.y == tenths(2960 - expected_height(now, span)));
  }
  // Hand-checked values: 12,000 is 192.0 px; 1,234.56 is 19.75 px, half-up 19.8.
  CHECK(bars[11].height == "192.0");
  CHECK(bars[11].label == "12.0k");
  CHECK(bars[12].height == "19.8");
  CHECK(bars[12].label == "1.2k");
  CHECK(bars[12].title == "a year earlier 2024-11: 1,234.56");
  CHECK(bars[0].title == "revenue 2025-11: 1,000.00");
  for (const char* tick : {">0k<", ">5k<", ">10k<", ">15k<"})
    CHECK(html.find(tick) != std::string::npos);
  CHECK(html.find("revenue (USD, thousands)") != std::string::npos);
  CHECK(html.find(">2025-11<") != std::string::npos);
  CHECK(html.find(">2026-10<") != std::string::npos);
}

TEST_CASE("html: an unknown month is a gap in the chart, never a bar of 0") {
  Document d = sample_review();
  std::get<Series>(d.sections[3].body).values[0] = std::nullopt; // a year earlier, 2024-11
  const std::string html = render_html(d, {});
  const std::vector<Bar> bars = bars_of(html);
  CHECK(bars.size() == 23);
  CHECK(html.find("a year earlier 2024-11:") == std::string::npos);
  CHECK(html.find("a year earlier 2024-12: 1,000.00") != std::string::npos);
}

TEST_CASE("html: untrusted text is escaped, and nothing is fetched") {
  Document d = sample_review();
  for (Section& s : series_of(kHostile))
    d.sections.push_back(std::move(s));
  const std::string html = render_html(d, {});
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Q&quot;") !=
        std::string::npos);
  CHECK(html.find("<span class=\"quoted\">&lt;script&gt;") != std::string::npos); // the note
  for (const char* external : {"<link", "@import", "url(", "http", "src=", "<img", "<iframe"})
    CHECK_MESSAGE(html.find(external) == std::string::npos, external);
  // Numbers as every renderer prints them, the severity as a badge.
  CHECK(html.find("<td class=\"num\">1,234,567.89</td>") != std::string::npos);
  // The severity as a badge whose word and symbol read in black and white too.
  CHECK(html.find("<span class=\"badge error\"><span class=\"tone bad\">\u25BC error</span>"
                  "</span>") != std::string::npos);
  CHECK(html.find("<h3>findings</h3>") != std::string::npos);
  CHECK(html.find("<h4>Ann</h4>") == std::string::npos); // one manager: not grouped
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("@page { size: A4 portrait;") != std::string::npos);
  // Headings in words; an empty table is its heading and "none" on one line.
  CHECK(html.find("<th class=\"num\">revenue</th>") != std::string::npos);
  const std::string empty =
      html_table(Table("pipeline", {column("top_client_share", CellKind::ratio)}));
  CHECK(empty.find("<h3>pipeline <span class=\"none\">none</span></h3>") != std::string::npos);
  Table shares("t", {column("top_client_share", CellKind::ratio)});
  shares.add_row({{"top_client_share", Ratio(1, 2)}});
  CHECK(html_table(shares).find("<th class=\"num\">top client share</th>") != std::string::npos);
}

TEST_CASE("md: a Mermaid chart per manager whose numbers are the series' values") {
  const Document d = sample_review();
  const std::string md = render_md(d, {});
  const std::size_t start = md.find("```mermaid\nxychart-beta\n");
  REQUIRE(start != std::string::npos);
  CHECK(md.find("```mermaid", start + 1) == std::string::npos); // one manager, one chart
  const auto line_of = [&](const std::string& prefix) {
    const std::size_t at = md.find(prefix, start);
    REQUIRE(at != std::string::npos);
    return md.substr(at + prefix.size(), md.find('\n', at) - at - prefix.size());
  };
  CHECK(line_of("    bar [") == "1000.00, 2000.00, 3000.00, 4000.00, 5000.00, 6000.00, "
                                "7000.00, 8000.00, 9000.00, 10000.00, 11000.00, 12000.00]");
  CHECK(line_of("    line [") == "1234.56, 1000.00, 1500.00, 2000.00, 2500.00, 3000.00, "
                                 "3500.00, 4000.00, 4500.00, 5000.00, 5500.00, 6000.00]");
  CHECK(line_of("    x-axis [").rfind("\"2025-11\", \"2025-12\", \"2026-01\"", 0) == 0);
  CHECK(line_of("    y-axis ") == "\"revenue (USD)\"");
  // The fallback line for renderers without Mermaid.
  CHECK(md.find("Ann, revenue 2025-11..2026-10 (USD): 1.0k, 2.0k, 3.0k") != std::string::npos);
  CHECK(md.find("(a year earlier, 2024-11..2025-10: 1.2k, 1.0k, 1.5k") != std::string::npos);
}

TEST_CASE("md: a hostile manager name cannot break out of the Mermaid string") {
  Document d{"", {}, series_of(kHostile)};
  const std::string md = render_md(d, {});
  const std::size_t title = md.find("    title \"");
  REQUIRE(title != std::string::npos);
  const std::string line = md.substr(title, md.find('\n', title) - title);
  CHECK(line == "    title \"'script'alert('x')'/script' & 'Q': revenue 2025-11..2026-10 "
                "(bars), a year earlier (line)\"");
}

TEST_CASE("format_for_path: .html and .htm are HTML") {
  CHECK(format_for_path("review.html") == Format::html);
  CHECK(format_for_path("out/Review.HTM") == Format::html);
}
