#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace acctmgr {

/// The name key column lists give a table's trend (the sparkline a terminal draws).
inline constexpr std::string_view kSparkline = "sparkline";

/// The key columns of the table printed as section `section_key` (SPEC section 11: summary,
/// pipeline, the review's clients and findings; README for the review's bonus and silenced),
/// in the order they are shown; empty for a table that is always shown whole.
std::span<const std::string_view> key_columns(std::string_view section_key);

/// A column of a terminal table as fitting sees it.
struct FitColumn {
  std::string_view name; ///< the table's column name, or kSparkline
  int natural = 0;       ///< its width unshortened: its widest cell or its header
  int minimum = 0;       ///< the narrowest fitting may make it (natural: never shortened)
  int minimum_last = 0;  ///< the same when it is the last column, where free text is wrapped
};

/// What a terminal shows of a table too wide for it.
struct KeyView {
  std::vector<std::size_t> shown;     ///< indexes into the columns, in the order shown
  std::optional<std::size_t> heading; ///< the column that becomes a group heading instead
  std::size_t hidden = 0;             ///< the columns neither shown nor a heading
};

/// Which of `columns` a terminal `width` wide shows, with `gap` columns between two. A table
/// whose natural width fits, or without `keys`, is shown whole. Otherwise its key columns, in
/// the order of `keys`; and when even they cannot fit at their minimums: the manager becomes a
/// group heading, then the sparkline goes, then the last key columns one by one (the first
/// always stays), so that no line is wider than the terminal.
KeyView key_view(const std::vector<FitColumn>& columns, std::span<const std::string_view> keys,
                 int width, int gap);

} // namespace acctmgr
