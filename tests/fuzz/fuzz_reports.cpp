// libFuzzer harness `acctmgr_fuzz`: bytes -> loader -> every report -> every renderer, the
// pure functions the commands call (src/cli/cmd_*.cpp), without a process or a disk.
//
// Input: two option bytes, then the body. A body without the marker line "%%" is one
// portfolio; with it, the first segment is a settings file (acctmgr.yaml: plan, settings,
// reporting currency and fx) and the next one or two are portfolios.
//   byte 0: bits 0-2 the period kind (ytd, ttm, fiscal year, quarter, month, range),
//           bit 3 --as-of (overrides each file's as_of), bit 4 bonus --actual-only,
//           bit 5 check --all, bit 6 check --silenced, bit 7 --what-if on the last client
//   byte 1: bits 0-3 how many months before as_of the period (or --as-of) lies,
//           bits 4-5 the what-if amount, bits 6-7 the bonus year (as_of's, one before, after)
//
// What counts as a bug: any exception but the ones the CLI turns into exit 2 (InputError,
// OverflowError, MissingRate, BonusInputError for bonus, WhatIfError for --what-if); a
// sanitizer report; a diagnostic that is not one clean line (plus excerpt and caret); output
// with control bytes (ESC only in a coloured table); JSON that is not JSON; CSV rows of
// another width than the header; HTML with a script.
//
// Build and run: `make fuzz` (or FUZZ_SECONDS=600 make fuzz); by hand:
//   build/fuzz/tests/fuzz/acctmgr_fuzz -dict=tests/fuzz/yaml.dict -max_len=16384 -timeout=10
//       CORPUS_COPY tests/fuzz/corpus/acctmgr_fuzz
#include "edit/accounting_csv.hpp"
#include "fuzz_common.hpp"
#include "model/checked.hpp"
#include "model/currency.hpp"
#include "read/load.hpp"
#include "read/source_text.hpp"
#include "reports/activity.hpp"
#include "reports/bonus.hpp"
#include "reports/bonus_document.hpp"
#include "reports/bonus_whatif.hpp"
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

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace acctmgr;

namespace {

const Month kToday{2026, 10}; // the last complete month, as the golden tests fix it

/// RFC 4180 text whose every record is as wide as the first (the header).
void check_csv(const std::string& out, bool bom) {
  std::string_view body = out;
  if (bom) {
    if (body.substr(0, 3) != "\xEF\xBB\xBF") fuzz::fail("CSV without its BOM", out);
    body.remove_prefix(3);
  }
  const SourceText source(body, "out.csv");
  Problems problems(source);
  const std::vector<CsvRecord> records = split_csv(body, problems);
  if (!problems.empty()) fuzz::fail("CSV output that does not split", out);
  for (const CsvRecord& r : records)
    if (r.size() != records.front().size()) fuzz::fail("CSV rows of different widths", out);
}

void check_rendered(const std::string& out, Format f, bool color) {
  fuzz::check_output_bytes(out, color, to_string(f));
  switch (f) {
  case Format::json:
    if (!fuzz::JsonChecker(out).valid()) fuzz::fail("invalid JSON", out);
    break;
  case Format::csv:
    check_csv(out, false);
    break;
  case Format::html: {
    std::string lower(out);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* bad : {"<script", "javascript:", "<iframe", "<img", "onerror", "onload"})
      if (lower.find(bad) != std::string::npos) fuzz::fail("active content in HTML", out);
    break;
  }
  default:
    break;
  }
}

/// Renders `d` in each of `formats` (tables also in colour with sparklines and fitted to a
/// terminal's width, wide and very narrow; CSV also with a BOM).
void render_all(const Document& d, std::initializer_list<Format> formats) {
  for (const Format f : formats) {
    check_rendered(render(d, f, {}), f, false);
    if (f == Format::table) {
      RenderOptions o{.color = true};
      o.spark = true;
      o.width = 80;
      check_rendered(render(d, f, o), f, true);
      o.color = false;
      for (const int width : {40, 12}) {
        o.width = width;
        check_rendered(render(d, f, o), f, false);
      }
    }
    if (f == Format::csv) check_csv(render(d, f, RenderOptions{.bom = true}), true);
  }
}

constexpr std::initializer_list<Format> kReportFormats{Format::table, Format::csv, Format::json,
                                                       Format::md};

/// Runs one report; the refusals the CLI reports with exit 2 end only that report.
void run(const std::function<void()>& report) {
  try {
    report();
  } catch (const OverflowError&) {
  } catch (const MissingRate&) {
  }
}

std::optional<PeriodSpec> period_spec(std::uint8_t a, std::uint8_t b, Month as_of) {
  const Month m = as_of - (b & 0x0F);
  std::string text;
  switch (a & 0x07) {
  case 1:
    text = "ttm";
    break;
  case 2: // a year as a file writes it: four digits, 0275 too
    text = fmt::format("{:04}", m.year());
    break;
  case 3:
    text = fmt::format("{:04}-Q{}", m.year(), (m.month() - 1) / 3 + 1);
    break;
  case 4:
    text = to_string(m);
    break;
  case 5:
    text = fmt::format("{}..{}", to_string(m - 5), to_string(m));
    break;
  default:
    text = "ytd";
  }
  return PeriodSpec::parse(text);
}

/// What load() checks across files: one currency without a reporting currency, one file per
/// manager.
bool consistent(const std::vector<Portfolio>& ps) {
  const Portfolio& first = ps.front();
  for (const Portfolio& p : ps) {
    if (&p != &first && p.manager == first.manager) return false;
    if (p.currencies.converts()) continue;
    if (p.currency != first.currency) return false;
    for (const Client& c : p.clients)
      if (c.currency != first.currency && c.currency_pos.line > 0) return false;
  }
  return true;
}

void bonus_reports(const ReportInput& in, const std::vector<Portfolio>& ps, std::uint8_t a,
                   std::uint8_t b) {
  const Basis basis = (a & 0x10) ? Basis::actual_only : Basis::projected;
  const int year_shift = std::array{0, -1, 1, 0}[(b >> 6) & 3];
  std::vector<BonusResult> results;
  for (const Portfolio& p : ps) {
    run([&] {
      try {
        results.push_back(bonus(p, default_bonus_year(p) + year_shift, basis));
      } catch (const BonusInputError& e) {
        if (e.located().empty()) fuzz::fail("BonusInputError without problems", e.what());
      }
    });
  }
  run([&] {
    render_all(bonus_document(in, results, false), kReportFormats);
    render_all(bonus_document(in, results, true), {Format::table, Format::md});
  });

  if (!(a & 0x80)) return;
  const Client* target = nullptr;
  for (const Portfolio& p : ps)
    if (!p.clients.empty()) target = &p.clients.back();
  if (!target) return;
  static constexpr std::array<std::int64_t, 4> kAmounts{5000000, -2000000, 1, -1};
  const std::vector<WhatIf> what_ifs{WhatIf(target->id, Money::from_cents(kAmounts[(b >> 4) & 3]))};
  run([&] {
    try {
      check_what_if_request(what_ifs, basis);
      check_what_if_clients(what_ifs, ps);
      std::vector<BonusComparison> comparisons;
      for (const Portfolio& p : ps)
        if (auto changes = what_ifs_for(p, what_ifs); !changes.empty())
          comparisons.push_back(
              compare_what_if(p, default_bonus_year(p) + year_shift, basis, changes));
      render_all(what_if_document(in, comparisons, false), kReportFormats);
      render_all(what_if_document(in, comparisons, true), {Format::table, Format::md});
    } catch (const WhatIfError&) {
    } catch (const BonusInputError&) {
    }
  });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::uint8_t a = data[0], b = data[1];
  const std::string_view body(reinterpret_cast<const char*>(data) + 2, size - 2);
  const std::vector<std::string_view> segments = fuzz::split_segments(body, 3);

  SettingsFile settings;
  std::vector<Portfolio> portfolios;
  const std::optional<Month> as_of_override =
      (a & 0x08) ? std::optional<Month>(kToday - (b & 0x0F)) : std::nullopt;
  try {
    if (segments.size() > 1) settings = parse_settings_file(segments[0], "acctmgr.yaml");
    for (std::size_t i = segments.size() > 1 ? 1 : 0; i < segments.size(); ++i)
      portfolios.push_back(parse_portfolio(segments[i], fmt::format("p{}.yaml", i), settings,
                                           as_of_override, kToday));
  } catch (const InputError& e) {
    fuzz::check_input_error(e);
    return 0;
  }
  if (!consistent(portfolios)) return 0;

  // One -p for the run, resolved in each portfolio's calendar (cli::report_input).
  const std::optional<PeriodSpec> spec = period_spec(a, b, portfolios.front().as_of);
  if (!spec) fuzz::fail("a period spec the harness made does not parse", "");
  ReportInput in{{}, *spec, settings.settings, settings.path};
  for (const Portfolio& p : portfolios) {
    const std::optional<Period> period = resolve(*spec, p.settings.calendar(), p.as_of);
    if (!period) return 0; // a usage error: the period lies wholly after as_of
    in.portfolios.push_back({&p, *period});
  }

  using Maker = Document (*)(const ReportInput&);
  for (const Maker make :
       {growth_document, share_document, margin_document, contacts_document, activity_document,
        forecast_document, pipeline_document, summary_document})
    run([&] { render_all(make(in), kReportFormats); });
  run([&] {
    render_all(review_document(in), {Format::table, Format::md, Format::json, Format::html});
  });
  run([&] {
    const std::vector<Finding> found = check_findings(in, {}, (a & 0x20) != 0, (a & 0x40) != 0);
    render_all(check_document(in, found),
               {Format::text, Format::github, Format::csv, Format::json, Format::md});
  });
  bonus_reports(in, portfolios, a, b);
  return 0;
}
