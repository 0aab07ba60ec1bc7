// The settings table (read/settings_table.hpp) is the one place a setting is described: each
// row's default is what Settings{} holds, each row reads into its own member, and the man
// page documents every row with its default.
#include "read/load.hpp"
#include "read/settings_table.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>

using namespace acctmgr;

namespace settings_table_test {

/// Settings read from a settings file holding `key: value` alone.
Settings read_one(std::string_view key, std::string_view value) {
  return parse_settings_file(fmt::format("settings:\n  {}: {}\n", key, value), "acctmgr.yaml")
      .settings;
}

/// The member `setting` reads into, of `s`, as text (so that members of every type compare).
std::string field_text(const Settings& s, const Setting& setting) {
  return std::visit(
      [&](auto member) {
        const auto& v = s.*member;
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, int>)
          return std::to_string(v);
        else if constexpr (std::is_same_v<T, Ratio>)
          return to_fixed(v, 6);
        else
          return to_fixed(v.saturated, 6) + " " + to_fixed(v.core, 6) + " " +
                 to_fixed(v.reserve, 6);
      },
      setting.field);
}

/// A value of each kind other than every default, and what it reads as.
struct Sample {
  std::string_view text;
  std::string read_as;
};
Sample sample_of(SettingKind kind) {
  switch (kind) {
  case SettingKind::month_of_year:
  case SettingKind::months:
    return {"7", "7"};
  case SettingKind::percentage:
  case SettingKind::share_of_touches:
    return {"12.5%", "0.125000"};
  case SettingKind::per_week:
    return {"2.5", "2.500000"};
  case SettingKind::share_bands:
    return {"{saturated: 95%}", "0.950000 0.500000 0.150000"};
  }
  return {};
}

} // namespace settings_table_test

using namespace settings_table_test;

TEST_CASE("settings table: each default is Settings{}'s, each row reads into its own member") {
  const Settings defaults;
  for (const Setting& setting : kSettings) {
    CAPTURE(setting.key);
    // The default as written reads as the default held.
    CHECK(field_text(read_one(setting.key, setting.default_text), setting) ==
          field_text(defaults, setting));
    // Another value changes this member and no other.
    const Sample sample = sample_of(setting.kind);
    const Settings read = read_one(setting.key, sample.text);
    CHECK(field_text(read, setting) == sample.read_as);
    for (const Setting& other : kSettings)
      if (other.key != setting.key) CHECK(field_text(read, other) == field_text(defaults, other));
  }
  CHECK(kSettingsKeys.size() == kSettings.size());
}

TEST_CASE("settings table: the man page's SETTINGS section names every setting with its default") {
  std::ifstream in(std::string(ACCTMGR_SOURCE_DIR) + "/man/acctmgr-format.5");
  REQUIRE(in);
  std::string man((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t begin = man.find("\n.SH SETTINGS");
  REQUIRE(begin != std::string::npos);
  std::string section = man.substr(begin, man.find("\n.SH ", begin + 1) - begin);
  section = std::regex_replace(section, std::regex(R"(\\-)"), "-");
  for (const Setting& setting : kSettings) {
    CAPTURE(setting.key);
    CHECK(section.find(fmt::format("{}: {}", setting.key, setting.default_text)) !=
          std::string::npos);
  }
}
