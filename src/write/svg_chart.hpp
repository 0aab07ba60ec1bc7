#pragma once

#include "model/money.hpp"
#include "write/chart_data.hpp"

#include <string>

namespace acctmgr {

/// The y axis of a chart: from `lo` to `hi` (both multiples of `step`, lo <= 0 <= hi, hi > lo),
/// `step` the smallest of 1, 2, 5 x 10^k units giving at most 5 intervals.
struct ChartScale {
  Money lo, hi, step;
};

/// The scale that holds every value from `min` to `max`.
ChartScale chart_scale(Money min, Money max);

/// The plot's height in SVG user units (px): a bar of value v is v x kPlotHeight / (hi - lo)
/// high, rounded half-up to a tenth and printed with one decimal.
inline constexpr int kPlotHeight = 240;

/// An inline SVG bar chart of `c`'s series, one group of bars per month (the first series'
/// months label the x axis; later series are drawn to the left of it, lighter), a y axis of
/// round ticks in thousands of `currency`, each bar's value in thousands printed above it and
/// in full in its <title>, and a legend. Geometry in integers (tenths of a px).
std::string svg_chart(const ChartData& c, const std::string& currency);

} // namespace acctmgr
