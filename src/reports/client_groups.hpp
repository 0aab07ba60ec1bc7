#pragma once

#include "document/prose.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"

#include <cstddef>
#include <map>
#include <vector>

namespace acctmgr {

/// Clients grouped by a month (the first the file holds, the month of a handover), each
/// month's in file order.
using ClientsByMonth = std::map<Month, std::vector<const Client*>>;

/// A note names at most this many clients a month, then "and N more", and at most this many
/// months, then "N more from later months": bounded for a file of thousands of clients.
inline constexpr std::size_t kNoteIdsPerMonth = 5;
inline constexpr std::size_t kNoteMonths = 6;

/// Appends "acme, beta and 3 more": the first kNoteIdsPerMonth ids.
void add_client_ids(Text& note, const std::vector<const Client*>& clients);

/// Appends "; history from 2025-03: acme, beta; from 2025-06: gamma" with `first` before the
/// first month and `next` before each other (here "; history from " and "; from "), and
/// "; N more from later months" after kNoteMonths months.
void add_month_groups(Text& note, const ClientsByMonth& groups, const char* first,
                      const char* next);

} // namespace acctmgr
