#pragma once

#include "model/month.hpp"

#include <string>

namespace acctmgr::cli {

/// The commented starter portfolio `acctmgr init` writes: every section of the file format
/// with sample figures that pass `acctmgr validate`, to be overwritten by the manager's own;
/// every setting commented out at its default. Dated from `as_of`, the last complete month
/// when init runs (SPEC section 7, v3): its years, months, dates and targets follow from it.
std::string starter_portfolio(Month as_of);

} // namespace acctmgr::cli
