#pragma once

#include <vector>

namespace acctmgr {

/// Column widths narrowed to fit `width` display columns with `gap` columns between them:
/// the widest column that may still shrink (its width above its minimum; a column that must
/// not shrink has minimum == natural width) loses a column at a time, so that long text goes
/// first and short text is spared. When even the minimums cannot fit, the widths are returned
/// unchanged: shortening text would lose words without saving the reader a horizontal
/// scroll, and the caller pages what is too wide.
std::vector<int> fit_widths(std::vector<int> widths, const std::vector<int>& minimum, int width,
                            int gap);

} // namespace acctmgr
