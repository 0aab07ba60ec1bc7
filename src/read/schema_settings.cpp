#include "read/schema.hpp"
#include "read/settings_table.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

void read_percentage(SchemaReader& r, const Fields& f, std::string_view key, Ratio& into) {
  if (const YamlNode* v = f.get(key))
    if (auto p = r.scalar(*v, parse_percentage)) into = *p;
}

void read_share_bands(SchemaReader& r, const YamlNode& value, ShareBands& bands) {
  if (!r.mapping(value)) return;
  Fields f(r, value, kShareBandsKeys);
  read_percentage(r, f, "saturated", bands.saturated);
  read_percentage(r, f, "core", bands.core);
  read_percentage(r, f, "reserve", bands.reserve);
}

/// One setting's value into its member of `s`.
void read_setting(SchemaReader& r, const YamlNode& v, const Setting& setting, Settings& s) {
  switch (setting.kind) {
  case SettingKind::month_of_year:
    if (auto n = r.whole(v, 1, 12)) s.*std::get<int Settings::*>(setting.field) = *n;
    return;
  case SettingKind::months:
    // Ten years is more than any review window or planning horizon needs.
    if (auto n = r.whole(v, 1, 120)) s.*std::get<int Settings::*>(setting.field) = *n;
    return;
  case SettingKind::percentage:
    if (auto x = r.scalar(v, parse_percentage)) s.*std::get<Ratio Settings::*>(setting.field) = *x;
    return;
  case SettingKind::share_of_touches:
    if (auto x = r.scalar(v, parse_percentage)) {
      if (*x > Ratio::integer(1)) r.error(v, "a share of live touches is at most 100%");
      s.*std::get<Ratio Settings::*>(setting.field) = *x;
    }
    return;
  case SettingKind::per_week:
    if (auto x = r.scalar(v, parse_per_week)) s.*std::get<Ratio Settings::*>(setting.field) = *x;
    return;
  case SettingKind::share_bands: {
    ShareBands& b = s.*std::get<ShareBands Settings::*>(setting.field);
    const std::size_t before = r.problems().size();
    read_share_bands(r, v, b);
    // Checked after merging: a portfolio may move one band past an inherited one.
    if (r.problems().size() == before &&
        !(Ratio::integer(1) >= b.saturated && b.saturated > b.core && b.core > b.reserve &&
          b.reserve > Ratio::integer(0)))
      r.error(v, fmt::format("share bands must descend strictly within 100%: saturated {} > "
                             "core {} > reserve {} > 0",
                             to_percent(b.saturated), to_percent(b.core), to_percent(b.reserve)));
    return;
  }
  }
}

} // namespace

void read_settings(SchemaReader& r, const YamlNode& value, Settings& s) {
  if (!r.mapping(value)) return;
  Fields f(r, value, kSettingsKeys);
  for (const Setting& setting : kSettings)
    if (const YamlNode* v = f.get(setting.key)) read_setting(r, *v, setting, s);
}

std::optional<BonusPlan> read_bonus(SchemaReader& r, const YamlNode& key, const YamlNode& value) {
  if (!r.mapping(value, false)) return std::nullopt;
  const std::size_t before = r.problems().size();
  Fields f(r, value, kBonusKeys);
  BonusPlan plan;
  plan.file = r.file();
  plan.pos = r.position(key);
  read_percentage(r, f, "target_pct", plan.target_pct);
  read_percentage(r, f, "threshold", plan.threshold);
  read_percentage(r, f, "growth_pct", plan.growth_pct);
  read_percentage(r, f, "new_client_pct", plan.new_client_pct);
  if (const YamlNode* v = f.get("accelerator"))
    if (auto x = r.scalar(*v, parse_factor)) plan.accelerator = *x;
  if (const YamlNode* v = f.get("new_client"))
    if (auto x = r.scalar(*v, parse_amount)) plan.new_client = *x;
  if (const YamlNode* v = f.get("referral"))
    if (auto x = r.scalar(*v, parse_amount)) plan.referral = *x;
  if (const YamlNode* v = f.get("cap_pct"))
    if (auto x = r.scalar(*v, parse_percentage)) plan.cap_pct = *x;
  if (const YamlNode* v = f.get("multipliers"); v && r.sequence(*v)) {
    r.tree().for_each_child(*v, [&](const YamlNode& item) {
      if (!r.mapping(item, false)) return;
      Fields tier(r, item, kMultiplierKeys);
      const YamlNode* from = tier.require("from");
      const YamlNode* factor = tier.require("factor");
      auto m = from ? r.scalar(*from, parse_amount) : std::nullopt;
      auto x = factor ? r.scalar(*factor, parse_factor) : std::nullopt;
      if (!m || !x) return;
      if (!plan.multipliers.empty() && plan.multipliers.back().from >= *m) {
        r.error(*from, fmt::format("multiplier tiers must be sorted by 'from', strictly "
                                   "ascending ({} follows {})",
                                   to_string(*m), to_string(plan.multipliers.back().from)));
        return;
      }
      plan.multipliers.push_back(MultiplierTier{*m, *x});
    });
  }
  if (r.problems().size() != before) return std::nullopt;
  return plan;
}

} // namespace acctmgr
