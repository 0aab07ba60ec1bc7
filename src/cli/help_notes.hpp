#pragma once

#include <string>
#include <string_view>

namespace acctmgr::cli {

/// What a command's numbers mean, for the end of its --help (before the exit codes): growth's
/// statuses, summary's columns, check's and review's at_stake, close's rules. Empty for the
/// other commands.
std::string numbers_help(std::string_view command);

} // namespace acctmgr::cli
