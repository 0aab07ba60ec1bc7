#pragma once

#include "cli/options.hpp"
#include "read/load.hpp"

#include <functional>
#include <string>
#include <vector>

/// Finding and loading a command's inputs: the portfolio files, the settings file, --as-of.
namespace acctmgr::cli {

/// What runs once the portfolio files are found, before any is read (LoadRequest).
using BeforeReading = std::function<void(const std::vector<std::string>& files)>;

/// Undoes an edit of these files that was interrupted (kill -9, power loss), saying so on
/// stderr, so that no command reads a mix of old and new files (SPEC section 10).
void recover_interrupted_edits(const std::vector<std::string>& files);

/// Loads and validates every input (throws InputError / UsageError). `before_reading`
/// defaults to recover_interrupted_edits.
Loaded load_inputs(const InputOptions& o, BeforeReading before_reading = {});
/// The same for a command that writes a report: also refuses an -o FILE that is one of the
/// files just read (input files are never modified, whatever their extension).
Loaded load_inputs(const InputOptions& in, const OutputOptions& out);

} // namespace acctmgr::cli
