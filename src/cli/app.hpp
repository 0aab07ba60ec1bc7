#pragma once

namespace acctmgr::cli {

/// Parses the command line, runs one subcommand and maps the outcome to an exit code:
/// 0 success, 1 `check` found something at --fail-on, 2 usage or input error.
int main(int argc, char** argv);

} // namespace acctmgr::cli
