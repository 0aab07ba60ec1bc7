// What the fuzzers (tests/fuzz) found, kept as ordinary tests, and every input of their corpus
// replayed through the harnesses' checks in the normal suite, without libFuzzer: a regression
// input committed in tests/fuzz/corpus/<target>/ fails `make test` as it failed the fuzzer.
#include "../fuzz/fuzz_common.hpp"
#include "edit/accounting_csv.hpp"
#include "edit/as_of_edit.hpp"
#include "edit/export_amount.hpp"
#include "edit/import_plan.hpp"
#include "edit/portfolio_edit.hpp"
#include "edit/yaml_edit.hpp"
#include "model/checked.hpp"
#include "model/currency.hpp"
#include "read/load.hpp"
#include "read/scalars.hpp"
#include "read/schema.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"
#include "read/yaml_tree.hpp"
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
#include "text/utf8.hpp"
#include "write/render.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The harnesses themselves, each in its own namespace and under its own name.
namespace replay_reports {
#define LLVMFuzzerTestOneInput replay_reports_one_input
#include "../fuzz/fuzz_reports.cpp"
#undef LLVMFuzzerTestOneInput
} // namespace replay_reports

namespace replay_edit {
#define LLVMFuzzerTestOneInput replay_edit_one_input
#include "../fuzz/fuzz_edit.cpp"
#undef LLVMFuzzerTestOneInput
} // namespace replay_edit

namespace fuzz_regressions {

using Harness = int (*)(const std::uint8_t*, std::size_t);

/// Runs `harness` on every file of tests/fuzz/corpus/<target>; returns how many.
std::size_t replay(const char* target, Harness harness) {
  const std::filesystem::path dir =
      std::filesystem::path(ACCTMGR_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / target;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // A broken check aborts the test binary, naming the check and this input.
    const std::string name = file.string();
    fuzz::input_name = name.c_str();
    harness(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  fuzz::input_name = nullptr;
  return files.size();
}

} // namespace fuzz_regressions

using namespace acctmgr;

TEST_CASE("fuzz corpus: every input passes the reports harness's checks") {
  CHECK(fuzz_regressions::replay("acctmgr_fuzz", replay_reports::replay_reports_one_input) > 50);
}

TEST_CASE("fuzz corpus: every input passes the edit harness's checks") {
  CHECK(fuzz_regressions::replay("acctmgr_fuzz_edit", replay_edit::replay_edit_one_input) > 50);
}

// Finding 1 (acctmgr_fuzz_edit, corpus: regression-log-note-not-utf8): `log --note` checks a
// note for control characters only, so a note that is not UTF-8 (typed in a Latin-1 terminal)
// is written into the edited text. Only the read-back stops it: exit 2, nothing written, but
// the message points at a line of a file that was never written. The read-back must go on
// refusing such a text whatever log checks first.
TEST_CASE("fuzz regression: an activity note that is not UTF-8 never loads") {
  const std::string text =
      "manager: M\ncurrency: USD\nclients: [{id: a, name: A, stakeholders: [{id: p, name: P}]}]\n";
  const std::string note = "Caf\xE9 meeting";
  const yaml_edit::Fields fields{{"date", "2026-10-05"},
                                 {"with", "[p]"},
                                 {"mode", "call"},
                                 {"note", portfolio_edit::quoted(note)}};
  const std::string edited = portfolio_edit::append_activity(text, "a", fields);
  CHECK(edited.find(note) != std::string::npos);
  CHECK_THROWS_AS(parse_portfolio(edited, "p.yaml", {}, std::nullopt, Month(2026, 10)), InputError);
}

// Finding 2 (acctmgr_fuzz, corpus: regression-period-year-before-1000): a portfolio whose
// as_of is 0275-10 made the harness write its -p as "275-Q3", which the period parser
// refuses: the harness wrote the year without its leading zero. A year is four digits in a
// period as in a month, whatever its value.
TEST_CASE("fuzz regression: a period's year is four digits, leading zeros included") {
  REQUIRE(PeriodSpec::parse("0275"));
  CHECK(PeriodSpec::parse("0275")->year == 275);
  REQUIRE(PeriodSpec::parse("0275-Q3"));
  CHECK(PeriodSpec::parse("0275-Q3")->year == 275);
  CHECK(PeriodSpec::parse("0275-Q3")->quarter == 3);
  CHECK(!PeriodSpec::parse("275"));
  CHECK(!PeriodSpec::parse("275-Q3"));
}
