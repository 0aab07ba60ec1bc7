#pragma once

#include "model/money.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "model/ratio.hpp"
#include "model/vocabulary.hpp"

#include <optional>

namespace acctmgr {

enum class ShareBand { saturated, core, reserve, foothold };

inline constexpr std::array<Term<ShareBand>, 4> kShareBands{{
    {ShareBand::saturated, "saturated", "share at or above the saturated band: defend the account"},
    {ShareBand::core, "core", "share at or above the core band"},
    {ShareBand::reserve, "reserve",
     "share at or above the reserve band: competitors hold the rest"},
    {ShareBand::foothold, "foothold", "share below the reserve band"},
}};
static_assert(is_complete(kShareBands));

inline const char* to_string(ShareBand b) {
  return term_of(kShareBands, b).name;
}

/// One client's share of wallet at E: revenue over the 12 months ending E against the
/// wallet of the fiscal year containing E.
struct ShareOfWallet {
  Money revenue_12m;
  std::optional<Money> wallet;   ///< none when the client has no estimate for that year
  std::optional<Ratio> share;    ///< revenue_12m / wallet; none without a (non-zero) wallet
  std::optional<Money> headroom; ///< max(0, wallet − revenue_12m); none without a wallet
  std::optional<ShareBand> band; ///< none when share is undefined
};

/// The band a share falls in; boundaries belong to the higher band (90 % is saturated).
ShareBand band_of(const Ratio& share, const ShareBands& bands);

ShareOfWallet share_of_wallet(const Client& c, const Settings& s, Month e);

/// `w` with revenue_12m and wallet at `rate`, each rounded once, and the headroom recomputed
/// from them; share and band stay those of the client's own currency (SPEC section 9).
ShareOfWallet converted(ShareOfWallet w, const Ratio& rate);

} // namespace acctmgr
