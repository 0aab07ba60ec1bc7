#pragma once

#include <string>

namespace acctmgr::cli {

/// The commented starter portfolio `acctmgr init` writes: every section of the file format
/// with sample figures that pass `acctmgr validate`, to be overwritten by the manager's own;
/// every setting commented out at its default.
std::string starter_portfolio();

} // namespace acctmgr::cli
