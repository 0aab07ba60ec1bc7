#pragma once

#include "model/month.hpp"

/// The computer's clock, read in one place.
namespace acctmgr::cli {

/// Today's date on this computer's clock (local time): log's default date.
Date today();

/// The last complete calendar month before today (the same local date as today()): the as_of
/// of a file without one and the latest as_of a run accepts.
Month last_complete_month();

} // namespace acctmgr::cli
