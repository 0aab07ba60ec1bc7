#pragma once

#include "model/portfolio.hpp"
#include "read/schema_keys.hpp"

#include <array>
#include <string_view>
#include <variant>

namespace acctmgr {

/// How a setting's value is written, checked and described to editors.
enum class SettingKind {
  month_of_year,    ///< a whole number 1..12
  percentage,       ///< "30%" or a fraction such as 0.3
  share_of_touches, ///< a percentage, at most 100%
  months,           ///< a whole number of months, 1..120
  per_week,         ///< a number above 0, at most 100, with at most 2 decimals
  share_bands,      ///< {saturated, core, reserve}: percentages descending within 100%
};

/// The member of Settings a setting is read into.
using SettingField = std::variant<int Settings::*, Ratio Settings::*, ShareBands Settings::*>;

/// One key of `settings:` (SPEC sections 2 and 8.3). The loader (read_settings),
/// `acctmgr schema`, the starter file of `init` and the unit test that holds the man page to it
/// all read this table: a new setting is a row here and a member of Settings.
struct Setting {
  std::string_view key;
  SettingKind kind;
  SettingField field;
  std::string_view default_text; ///< as a file writes it; a unit test holds Settings{} to it
  std::string_view description;  ///< the starter file's comment; empty for none
};

inline const std::array<Setting, 12> kSettings{{
    {"fiscal_year_start", SettingKind::month_of_year, &Settings::fiscal_year_start, "1",
     "month 1..12; fiscal year N ends in calendar year N"},
    {"growth_target", SettingKind::percentage, &Settings::growth_target, "20%",
     "yearly revenue growth expected per client and portfolio"},
    {"margin_floor", SettingKind::percentage, &Settings::margin_floor, "30%",
     "margin below this is a warning"},
    {"margin_drop", SettingKind::percentage, &Settings::margin_drop, "5%",
     "percentage points lost vs a year earlier"},
    {"unbilled_max", SettingKind::percentage, &Settings::unbilled_max, "10%",
     "unbilled / (billable + unbilled) headcount"},
    {"cost_rise", SettingKind::percentage, &Settings::cost_rise, "5%",
     "cost growth in a year that calls for a price increase"},
    {"price_review_months", SettingKind::months, &Settings::price_review_months, "12", ""},
    {"contact_window_months", SettingKind::months, &Settings::contact_window_months, "3",
     "meet or call a payer or decision maker at least this often"},
    {"forecast_months", SettingKind::months, &Settings::forecast_months, "3",
     "months ahead that must have a forecast"},
    {"share_bands", SettingKind::share_bands, &Settings::share_bands,
     "{saturated: 90%, core: 50%, reserve: 15%}", ""},
    {"live_per_week", SettingKind::per_week, &Settings::live_per_week, "5",
     "meetings, videos and calls a week, all clients together"},
    {"decider_share", SettingKind::share_of_touches, &Settings::decider_share, "30%",
     "of those, the share with a payer or decision maker"},
}};

/// The keys `settings:` may hold: those of kSettings, in its order.
inline const std::array<Key, kSettings.size()> kSettingsKeys = [] {
  std::array<Key, kSettings.size()> keys{};
  for (std::size_t i = 0; i < kSettings.size(); ++i)
    keys[i] = Key{kSettings[i].key, Need::optional};
  return keys;
}();

} // namespace acctmgr
