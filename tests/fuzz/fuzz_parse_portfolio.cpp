// libFuzzer harness for the loader: parse_portfolio and parse_settings_file are pure
// functions of their bytes. An InputError is the expected outcome for bad input; anything else
// (another exception, a sanitizer report, a timeout) is a bug. Every diagnostic is also
// rendered, and must be one line without control characters (a message quoting user text must
// not let that text break the `FILE:LINE:COL: error:` format or reach the terminal raw),
// followed by the source line and the caret when it has a line.
//
// Build and run: `make fuzz`, which runs every harness (see tests/fuzz/run.sh); by hand:
//   build/fuzz/tests/fuzz/fuzz_parse_portfolio -dict=tests/fuzz/yaml.dict -max_len=16384
//       -timeout=10 CORPUS_COPY tests/fuzz/corpus/fuzz_parse_portfolio
#include "fuzz_common.hpp"
#include "read/load.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const acctmgr::SettingsFile base;
  const acctmgr::Month default_as_of{2026, 10};
  try {
    (void)acctmgr::parse_portfolio(bytes, "fuzz.yaml", base, std::nullopt, default_as_of);
  } catch (const acctmgr::InputError& e) {
    fuzz::check_input_error(e);
  }
  try {
    (void)acctmgr::parse_settings_file(bytes, "acctmgr.yaml");
  } catch (const acctmgr::InputError& e) {
    fuzz::check_input_error(e);
  }
  return 0;
}
