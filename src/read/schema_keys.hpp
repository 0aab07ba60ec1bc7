#pragma once

#include <array>
#include <string_view>

namespace acctmgr {

enum class Need { optional, required };

/// A key of a mapping in a portfolio or settings file.
struct Key {
  std::string_view name;
  Need need;
};

// The keys each mapping may hold, in the order the format documents them. The loader's
// `Fields` and `acctmgr schema` both read these tables, so that the JSON schema editors check
// against cannot drift from what loads.

inline constexpr std::array<Key, 8> kPortfolioKeys{{
    {"manager", Need::required},
    {"currency", Need::required},
    {"as_of", Need::optional},
    {"salary", Need::optional},
    {"settings", Need::optional},
    {"targets", Need::optional},
    {"bonus", Need::optional},
    {"clients", Need::optional},
}};

inline constexpr std::array<Key, 5> kSettingsFileKeys{{
    {"settings", Need::optional},
    {"bonus", Need::optional},
    {"reporting_currency", Need::optional},
    {"fx", Need::optional},
    {"imports", Need::optional},
}};

/// An import profile, an entry of the settings file's `imports:` (SPEC section 10, v3).
inline constexpr std::array<Key, 6> kImportProfileKeys{{
    {"columns", Need::required},
    {"date_format", Need::optional},
    {"decimal", Need::optional},
    {"separator", Need::optional},
    {"skip", Need::optional},
    {"skip_rows", Need::optional},
}};

/// A profile's `columns:`, our fields in the order of kImportFields (import_profile.hpp; the
/// loader checks the two agree at compile time): client and amount required, month or date.
inline constexpr std::array<Key, 7> kImportColumnKeys{{
    {"client", Need::required},
    {"month", Need::optional},
    {"date", Need::optional},
    {"amount", Need::required},
    {"manager", Need::optional},
    {"currency", Need::optional},
    {"invoice", Need::optional},
}};

inline constexpr std::array<Key, 1> kTargetsKeys{{{"revenue", Need::optional}}};

// The keys of `settings:` are those of kSettings (settings_table.hpp).

inline constexpr std::array<Key, 3> kShareBandsKeys{{
    {"saturated", Need::optional},
    {"core", Need::optional},
    {"reserve", Need::optional},
}};

inline constexpr std::array<Key, 9> kBonusKeys{{
    {"target_pct", Need::optional},
    {"threshold", Need::optional},
    {"accelerator", Need::optional},
    {"growth_pct", Need::optional},
    {"new_client", Need::optional},
    {"new_client_pct", Need::optional},
    {"referral", Need::optional},
    {"multipliers", Need::optional},
    {"cap_pct", Need::optional},
}};

inline constexpr std::array<Key, 2> kMultiplierKeys{{
    {"from", Need::required},
    {"factor", Need::required},
}};

inline constexpr std::array<Key, 18> kClientKeys{{
    {"id", Need::required},
    {"name", Need::required},
    {"currency", Need::optional},
    {"aliases", Need::optional},
    {"origin", Need::optional},
    {"won", Need::optional},
    {"referred_by", Need::optional},
    {"lost", Need::optional},
    {"revenue", Need::optional},
    {"forecast", Need::optional},
    {"cost", Need::optional},
    {"wallet", Need::optional},
    {"team", Need::optional},
    {"last_price_increase", Need::optional},
    {"ignore", Need::optional},
    {"opportunities", Need::optional},
    {"stakeholders", Need::optional},
    {"activity", Need::optional},
}};

inline constexpr std::array<Key, 2> kTeamKeys{{
    {"billable", Need::optional},
    {"unbilled", Need::optional},
}};

inline constexpr std::array<Key, 4> kStakeholderKeys{{
    {"id", Need::required},
    {"name", Need::required},
    {"title", Need::optional},
    {"roles", Need::optional},
}};

inline constexpr std::array<Key, 4> kActivityKeys{{
    {"date", Need::required},
    {"with", Need::required},
    {"mode", Need::required},
    {"note", Need::optional},
}};

/// The long form of an `ignore:` entry.
inline constexpr std::array<Key, 3> kSilenceKeys{{
    {"code", Need::required},
    {"reason", Need::optional},
    {"until", Need::optional},
}};

/// `probability` is required of open opportunities only: the loader checks it.
inline constexpr std::array<Key, 7> kOpportunityKeys{{
    {"id", Need::required},
    {"kind", Need::required},
    {"value", Need::required},
    {"probability", Need::optional},
    {"close", Need::required},
    {"status", Need::optional},
    {"note", Need::optional},
}};

} // namespace acctmgr
