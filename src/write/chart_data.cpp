#include "write/chart_data.hpp"

#include "model/decimal_text.hpp"
#include "model/ratio.hpp"

#include <algorithm>

namespace acctmgr {

std::vector<ChartData> charts_of(const Document& d) {
  std::vector<ChartData> charts;
  for (const Section& s : d.sections) {
    const Series* series = std::get_if<Series>(&s.body);
    if (series == nullptr) continue;
    auto found = std::find_if(charts.begin(), charts.end(),
                              [&](const ChartData& c) { return c.subject == series->subject; });
    if (found == charts.end()) found = charts.insert(charts.end(), {series->subject, {}});
    found->series.push_back(series);
  }
  return charts;
}

MonthRange ChartData::axis() const {
  if (series.empty()) return MonthRange::none();
  const Month first = series.front()->first;
  Month last = first;
  for (const Series* s : series)
    if (!s->values.empty())
      last = std::max(last, drawn_at(*s, static_cast<int>(s->values.size()) - 1));
  return {first, last};
}

std::string thousands_text(Money m) {
  return to_fixed(Ratio(m.cents(), 100'000), 1) + "k";
}

std::string tick_text(Money m) {
  // Ticks are whole multiples of 1, 2 or 5 x 10^k units: five decimals of thousands always do.
  const Ratio k(m.cents(), 100'000);
  return exact_decimal(k, 0, 5).value_or(to_fixed(k, 5)) + "k";
}

std::string months_text(const Series& s) {
  if (s.values.empty()) return to_string(s.first);
  return to_string(s.first) + ".." + to_string(s.first + static_cast<int>(s.values.size()) - 1);
}

} // namespace acctmgr
