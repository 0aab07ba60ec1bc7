#include "write/svg_chart.hpp"

#include "model/ratio.hpp"
#include "write/cell_text.hpp"
#include "write/html.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace acctmgr {

ChartScale chart_scale(Money min, Money max) {
  const Int128 low = std::min<std::int64_t>(min.cents(), 0);
  const Int128 high = std::max<std::int64_t>(max.cents(), 0);
  const auto intervals = [](Int128 amount, Int128 step) { return (amount + step - 1) / step; };
  for (Int128 power = 100;; power *= 10)
    for (const int m : {1, 2, 5}) {
      const Int128 step = power * m;
      const Int128 below = intervals(-low, step), above = intervals(high, step);
      if (below + above > 5) continue;
      // All zero: one interval upward, so that the scale is never empty.
      const Int128 up = below + above == 0 ? 1 : above;
      return {Money::from_cents(static_cast<std::int64_t>(-below * step)),
              Money::from_cents(static_cast<std::int64_t>(up * step)),
              Money::from_cents(static_cast<std::int64_t>(step))};
    }
}

namespace {

// The layout, in tenths of a px: a 960 x 352 view box, the plot 864 x 240 px, one group of
// bars per month of the axis (72 px wide for 12 months, 57.6 for 15).
constexpr std::int64_t kWidth = 9600, kHeight = 3520;
constexpr std::int64_t kLeft = 720, kTop = 560, kPlot = kPlotHeight * 10, kPlotWidth = 8640;
constexpr std::int64_t kBottom = kTop + kPlot, kBarGap = 30;

/// "12.3": tenths of a px with one decimal.
std::string px(std::int64_t tenths) {
  const std::int64_t a = tenths < 0 ? -tenths : tenths;
  return fmt::format("{}{}.{}", tenths < 0 ? "-" : "", a / 10, a % 10);
}

/// Tenths of a px for `amount` on a scale `span` cents high.
std::int64_t scaled(Money amount, Int128 span) {
  return static_cast<std::int64_t>(round_half_up(Int128(amount.cents()) * kPlot, span));
}

struct Geometry {
  ChartScale scale;
  Int128 span;
  std::int64_t zero_y; ///< the baseline: y of amount 0
  MonthRange axis;
  std::int64_t group; ///< the width of a month's group of bars
};

Geometry geometry_of(const ChartData& c) {
  Money min, max;
  for (const Series* s : c.series)
    for (const std::optional<Money>& v : s->values)
      if (v) {
        min = std::min(min, *v);
        max = std::max(max, *v);
      }
  const ChartScale scale = chart_scale(min, max);
  const Int128 span = Int128(scale.hi.cents()) - scale.lo.cents();
  const MonthRange axis = c.axis();
  return {scale, span, kBottom - scaled(Money() - scale.lo, span), axis,
          kPlotWidth / std::max(axis.size(), 1)};
}

std::string axes(const Geometry& g, const std::string& currency) {
  const std::int64_t right = kLeft + g.group * g.axis.size();
  std::string out = "<g class=\"axis\">\n";
  for (Int128 t = g.scale.lo.cents(); t <= g.scale.hi.cents(); t += g.scale.step.cents()) {
    const Money tick = Money::from_cents(static_cast<std::int64_t>(t));
    const std::int64_t y = kBottom - scaled(tick - g.scale.lo, g.span);
    out += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>"
                       "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                       px(kLeft), px(y), px(right), px(y), px(kLeft - 60), px(y + 35),
                       tick_text(tick));
  }
  out += fmt::format("<line class=\"base\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>"
                     "<line class=\"base\" x1=\"{0}\" y1=\"{3}\" x2=\"{0}\" y2=\"{4}\"/>\n",
                     px(kLeft), px(g.zero_y), px(right), px(kTop), px(kBottom));
  const std::int64_t mid = kTop + kPlot / 2;
  out += fmt::format("<text class=\"title\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\" "
                     "transform=\"rotate(-90 {0} {1})\">revenue ({2}, thousands)</text>\n",
                     px(160), px(mid), html_escape(currency));
  for (int i = 0; i < g.axis.size(); ++i)
    out += fmt::format("<text class=\"month\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                       px(kLeft + g.group * i + g.group / 2), px(kBottom + 180),
                       to_string(g.axis.first + i));
  return out + "</g>\n";
}

/// The class of a series' bars: the year earlier s0, the forecast s2, revenue s1.
std::string class_of(const Series& s) {
  return s.shift != 0 ? "s0" : s.label == "forecast" ? "s2" : "s1";
}

std::string bar(const Geometry& g, const Series& s, int i, std::int64_t x, std::int64_t width) {
  const Money v = *s.values[static_cast<std::size_t>(i)];
  const std::int64_t height = scaled(v < Money() ? Money() - v : v, g.span);
  const std::int64_t top = v < Money() ? g.zero_y : g.zero_y - height;
  const std::int64_t label_y = std::min(top, g.zero_y) - 40, cx = x + width / 2 + 35;
  return fmt::format(
      "<rect class=\"bar {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{} {}: {}"
      "</title></rect><text class=\"value\" x=\"{}\" y=\"{}\" transform=\"rotate(-90 {} {})\">"
      "{}</text>\n",
      class_of(s), px(x), px(top), px(width), px(height), html_escape(s.label),
      to_string(s.first + i), display_text(v, CellKind::amount), px(cx), px(label_y), px(cx),
      px(label_y), thousands_text(v));
}

std::string legend(const ChartData& c) {
  std::string out = "<g class=\"legend\">\n";
  std::int64_t x = kLeft;
  const std::int64_t y = kHeight - 160;
  for (const Series* s : c.series) {
    const std::string label = html_escape(s->label) + " " + months_text(*s);
    out += fmt::format("<rect class=\"bar {}\" x=\"{}\" y=\"{}\" width=\"12.0\" height=\"12.0\"/>"
                       "<text x=\"{}\" y=\"{}\">{}</text>\n",
                       class_of(*s), px(x), px(y - 100), px(x + 180), px(y), label);
    x += 2900;
  }
  return out + "</g>\n";
}

} // namespace

std::string svg_chart(const ChartData& c, const std::string& currency) {
  const Geometry g = geometry_of(c);
  // Two bars per month at most: the year earlier on the left, this year's (revenue or its
  // forecast) on the right; a chart without a year earlier has one, as wide as both.
  bool earlier = false;
  for (const Series* s : c.series)
    earlier = earlier || s->shift != 0;
  const std::int64_t pad = g.group / 7, slots = earlier ? 2 : 1;
  const std::int64_t width = (g.group - 2 * pad - (slots - 1) * kBarGap) / slots;
  std::string out = fmt::format("<svg class=\"chart\" viewBox=\"0 0 {} {}\" "
                                "role=\"img\"><title>revenue of {}</title>\n",
                                px(kWidth), px(kHeight), html_escape(c.subject));
  out += axes(g, currency);
  for (const Series* s : c.series) {
    const std::int64_t slot = s->shift != 0 || !earlier ? 0 : 1;
    for (int i = 0; i < static_cast<int>(s->values.size()); ++i) {
      // A month the file does not hold is a gap: no bar, never one of 0 (SPEC section 3).
      if (!s->values[static_cast<std::size_t>(i)]) continue;
      const int at = drawn_at(*s, i) - g.axis.first;
      out += bar(g, *s, i, kLeft + g.group * at + pad + slot * (width + kBarGap), width);
    }
  }
  return out + legend(c) + "</svg>\n";
}

} // namespace acctmgr
