#pragma once

#include "model/month.hpp"
#include "model/period.hpp"
#include "model/portfolio.hpp"

namespace acctmgr {

/// Lost at E: `lost` <= E, unless won back later (`won` after `lost` and `won` <= E).
bool is_lost_at(const Client& c, Month e);

/// Active at E: revenue in the 12 months ending E is above 0 and the client is not lost at E.
bool is_active_at(const Client& c, Month e);

/// The months whose revenue the file does not hold for a client (SPEC section 3, v3): a month
/// is unknown when it lies before the client's first revenue entry (any amount, 0 included)
/// and the client has no `won` after it (before `won` the client was not ours: those months
/// are known to be 0). That is one run of months: from `won` (from 0001-01 without one) to
/// the month before the first entry (to 9999-12 without one); empty when `won` is at or after
/// the first entry. The one definition of an unknown month: everything else asks it.
MonthRange unknown_months(const Client& c);

/// Whether month `m` is unknown for the client (see unknown_months).
bool is_unknown_month(const Client& c, Month m);

/// How much of a run of months the file holds for a client.
enum class History {
  known,   ///< no month of the run is unknown (also for a run without months)
  partial, ///< some months are unknown, not all
  none,    ///< every month is unknown
};

/// How much of `r` the file holds for the client: unknown_months against `r`.
History history_of(const Client& c, const MonthRange& r);

} // namespace acctmgr
