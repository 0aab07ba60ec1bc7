#include "reports/share_of_wallet.hpp"

#include "model/currency.hpp"
#include "model/period.hpp"

#include <algorithm>

namespace acctmgr {

ShareBand band_of(const Ratio& share, const ShareBands& bands) {
  if (share >= bands.saturated) return ShareBand::saturated;
  if (share >= bands.core) return ShareBand::core;
  if (share >= bands.reserve) return ShareBand::reserve;
  return ShareBand::foothold;
}

ShareOfWallet share_of_wallet(const Client& c, const Settings& s, Month e) {
  ShareOfWallet out;
  out.revenue_12m = c.revenue.sum(window_ending(e, 12));
  const auto wallet = c.wallet.find(s.calendar().year_of(e));
  if (wallet == c.wallet.end()) return out;
  out.wallet = wallet->second;
  out.headroom = std::max(Money(), wallet->second - out.revenue_12m);
  out.share = Ratio::of(out.revenue_12m, wallet->second);
  if (out.share) out.band = band_of(*out.share, s.share_bands);
  return out;
}

ShareOfWallet converted(ShareOfWallet w, const Ratio& rate) {
  w.revenue_12m = convert(w.revenue_12m, rate);
  if (w.wallet) {
    w.wallet = convert(*w.wallet, rate);
    w.headroom = std::max(Money(), *w.wallet - w.revenue_12m);
  }
  return w;
}

} // namespace acctmgr
