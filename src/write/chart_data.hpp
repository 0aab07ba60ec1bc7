#pragma once

#include "document/document.hpp"

#include <string>
#include <vector>

namespace acctmgr {

/// The series of one chart: a document's Series sections about one subject (a manager), in
/// document order; the review gives each manager "revenue" then "a year earlier".
struct ChartData {
  std::string subject; ///< untrusted: the caller escapes it
  std::vector<const Series*> series;
};

/// Every chart of `d`, one per subject, in order of first appearance.
std::vector<ChartData> charts_of(const Document& d);

/// An amount in thousands with one decimal, for chart labels: 310,249.99 -> "310.2k".
std::string thousands_text(Money m);

/// A round amount (an axis tick) in thousands with no useless decimals: "500k", "2.5k", "0k".
std::string tick_text(Money m);

/// "2025-11..2026-10": the months a series covers.
std::string months_text(const Series& s);

} // namespace acctmgr
