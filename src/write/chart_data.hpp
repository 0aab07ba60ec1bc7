#pragma once

#include "document/document.hpp"

#include <string>
#include <vector>

namespace acctmgr {

/// The series of one chart: a document's Series sections about one subject (a manager), in
/// document order; the review gives each manager "revenue", "forecast" (months ahead) and
/// "a year earlier" (shift 12).
struct ChartData {
  std::string subject; ///< untrusted: the caller escapes it
  std::vector<const Series*> series;
  /// The months of the x axis: from the first series' first month to the last month any
  /// series is drawn at (its first + shift + size - 1).
  MonthRange axis() const;
};

/// The month series `s` draws its value i at.
inline Month drawn_at(const Series& s, int i) {
  return s.first + (s.shift + i);
}

/// Every chart of `d`, one per subject, in order of first appearance.
std::vector<ChartData> charts_of(const Document& d);

/// An amount in thousands with one decimal, for chart labels: 310,249.99 -> "310.2k".
std::string thousands_text(Money m);

/// A round amount (an axis tick) in thousands with no useless decimals: "500k", "2.5k", "0k".
std::string tick_text(Money m);

/// "2025-11..2026-10": the months a series covers (its own, not where it is drawn).
std::string months_text(const Series& s);

} // namespace acctmgr
