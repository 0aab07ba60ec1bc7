#include "read/schema.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

void read_percentage(SchemaReader& r, const Fields& f, std::string_view key, Ratio& into) {
  if (const YamlNode* v = f.get(key))
    if (auto p = r.scalar(*v, parse_percentage)) into = *p;
}

void read_months(SchemaReader& r, const Fields& f, std::string_view key, int& into) {
  // Ten years is more than any review window or planning horizon needs.
  if (const YamlNode* v = f.get(key))
    if (auto n = r.whole(*v, 1, 120)) into = *n;
}

void read_share_bands(SchemaReader& r, const YamlNode& value, ShareBands& bands) {
  if (!r.mapping(value)) return;
  Fields f(r, value, kShareBandsKeys);
  read_percentage(r, f, "saturated", bands.saturated);
  read_percentage(r, f, "core", bands.core);
  read_percentage(r, f, "reserve", bands.reserve);
}

} // namespace

void read_settings(SchemaReader& r, const YamlNode& value, Settings& s) {
  if (!r.mapping(value)) return;
  Fields f(r, value, kSettingsKeys);
  if (const YamlNode* v = f.get("fiscal_year_start"))
    if (auto n = r.whole(*v, 1, 12)) s.fiscal_year_start = *n;
  read_percentage(r, f, "growth_target", s.growth_target);
  read_percentage(r, f, "margin_floor", s.margin_floor);
  read_percentage(r, f, "margin_drop", s.margin_drop);
  read_percentage(r, f, "unbilled_max", s.unbilled_max);
  read_percentage(r, f, "cost_rise", s.cost_rise);
  read_months(r, f, "price_review_months", s.price_review_months);
  read_months(r, f, "contact_window_months", s.contact_window_months);
  read_months(r, f, "forecast_months", s.forecast_months);
  if (const YamlNode* v = f.get("live_per_week"))
    if (auto x = r.scalar(*v, parse_per_week)) s.live_per_week = *x;
  if (const YamlNode* v = f.get("decider_share"))
    if (auto x = r.scalar(*v, parse_percentage)) {
      if (*x > Ratio::integer(1)) r.error(*v, "a share of live touches is at most 100%");
      s.decider_share = *x;
    }
  if (const YamlNode* v = f.get("share_bands")) {
    const std::size_t before = r.problems().size();
    read_share_bands(r, *v, s.share_bands);
    const ShareBands& b = s.share_bands;
    // Checked after merging: a portfolio may move one band past an inherited one.
    if (r.problems().size() == before &&
        !(Ratio::integer(1) >= b.saturated && b.saturated > b.core && b.core > b.reserve &&
          b.reserve > Ratio::integer(0)))
      r.error(*v, fmt::format("share bands must descend strictly within 100%: saturated {} > "
                              "core {} > reserve {} > 0",
                              to_percent(b.saturated), to_percent(b.core), to_percent(b.reserve)));
  }
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
