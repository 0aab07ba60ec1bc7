// libFuzzer harness for the loader: parse_portfolio is a pure function of its bytes.
// An InputError is the expected outcome for bad input; anything else (another exception,
// a sanitizer report, a timeout) is a bug. Every diagnostic is also rendered, and must be
// one line without control characters (a message quoting user text must not let that text
// break the `FILE:LINE:COL: error:` format or reach the terminal raw).
//
// Build: cmake -S . -B build/fuzz -DACCTMGR_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
//        cmake --build build/fuzz --target fuzz_parse_portfolio -j2
// Run:   build/fuzz/tests/fuzz/fuzz_parse_portfolio -max_len=4096 -timeout=1 \
//          -dict=tests/fuzz/yaml.dict CORPUS_DIR examples tests/errors
#include "io/diagnostic.hpp"
#include "io/load.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

/// format_diagnostic's text: the header, then the source line and the caret when there is a
/// line; each line free of control characters (everything from the file is escaped).
void check_rendered(const acctmgr::Diagnostic& d, const std::string& text) {
  std::size_t lines = 0;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n') {
      ++lines;
    } else if (c < 0x20 || c == 0x7F) {
      std::fprintf(stderr, "control byte 0x%02X in a rendered diagnostic:\n%s", c, text.c_str());
      std::abort();
    }
  }
  const std::size_t expected = d.line > 0 && !d.source_line.empty() ? 3 : 1;
  if (lines != expected || text.back() != '\n') {
    std::fprintf(stderr, "rendered diagnostic has %zu lines, expected %zu:\n%s", lines, expected,
                 text.c_str());
    std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const acctmgr::SettingsFile base;
  const acctmgr::Month default_as_of = *acctmgr::Month::parse("2026-10");
  try {
    acctmgr::Portfolio p =
        acctmgr::parse_portfolio(bytes, "fuzz.yaml", base, std::nullopt, default_as_of);
    (void)p;
  } catch (const acctmgr::InputError& e) {
    if (e.diagnostics().empty()) {
      std::fprintf(stderr, "InputError without diagnostics\n");
      std::abort();
    }
    for (const acctmgr::Diagnostic& d : e.diagnostics()) {
      check_rendered(d, acctmgr::format_diagnostic(d));
    }
  }
  try {
    (void)acctmgr::parse_settings_file(bytes, "acctmgr.yaml");
  } catch (const acctmgr::InputError&) {
  }
  return 0;
}
