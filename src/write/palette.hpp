#pragma once

#include <string_view>

namespace acctmgr {

/// Ends a colour.
inline constexpr std::string_view kReset = "\x1b[0m";

/// The palette, by meaning rather than by report: green = good (on_target, new), yellow =
/// needs attention (below_target, warning), red = revenue going away or broken (declining,
/// lost, error), cyan = for information (info, saturated). Other keywords (core, reserve,
/// projected...) stay plain so that colour keeps pointing at what needs a look. Used by the
/// tables' status cells and by check's severity words alike.
inline std::string_view status_color(std::string_view status) {
  if (status == "on_target" || status == "new") return "\x1b[32m";
  if (status == "below_target" || status == "warning") return "\x1b[33m";
  if (status == "declining" || status == "lost" || status == "error") return "\x1b[31m";
  if (status == "info" || status == "saturated") return "\x1b[36m";
  return {};
}

} // namespace acctmgr
