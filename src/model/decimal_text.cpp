#include "model/decimal_text.hpp"

namespace acctmgr {
namespace {

const char* const approx = "≈ ";

bool exact_at(const Ratio& r, int decimals) {
  Int128 scaled = r.num();
  for (int i = 0; i < decimals; ++i)
    scaled = checked_mul<Int128>(scaled, 10);
  return scaled % r.den() == 0;
}

std::string exact_or_approx(const Ratio& r, int min_decimals, int max_decimals,
                            int approx_decimals) {
  if (auto exact = exact_decimal(r, min_decimals, max_decimals)) return *exact;
  return approx + to_fixed(r, approx_decimals);
}

} // namespace

std::optional<std::string> exact_decimal(const Ratio& r, int min_decimals, int max_decimals) {
  for (int d = min_decimals; d <= max_decimals; ++d)
    if (exact_at(r, d)) return to_fixed(r, d);
  return std::nullopt;
}

std::string amount_text(const Ratio& units) {
  if (auto exact = exact_decimal(units, 2, 6)) return group_thousands(*exact);
  return approx + group_thousands(to_fixed(units, 6));
}

std::string ratio_text(const Ratio& r) {
  return exact_or_approx(r, 4, 8, 4);
}

std::string percent_text(const Ratio& r) {
  return exact_or_approx(r * Ratio(100, 1), 0, 6, 4) + "%";
}

std::string percent2_text(const Ratio& r) {
  return exact_or_approx(r * Ratio(100, 1), 2, 2, 2) + "%";
}

std::string exact_factor_text(const Ratio& r) {
  return exact_or_approx(r, 0, 8, 4);
}

} // namespace acctmgr
