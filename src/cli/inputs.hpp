#pragma once

#include "cli/options.hpp"
#include "read/load.hpp"

/// Finding and loading a command's inputs: the portfolio files, the settings file, --as-of.
namespace acctmgr::cli {

/// Loads and validates every input (throws InputError / UsageError).
Loaded load_inputs(const InputOptions& o);
/// The same for a command that writes a report: also refuses an -o FILE that is one of the
/// files just read (input files are never modified, whatever their extension).
Loaded load_inputs(const InputOptions& in, const OutputOptions& out);

} // namespace acctmgr::cli
