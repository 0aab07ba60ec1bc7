#pragma once

#include "model/portfolio.hpp"
#include "text/diagnostic.hpp"

#include <string>
#include <string_view>

namespace acctmgr::cli {

/// A problem found after loading, shown as the loader shows one: FILE:LINE:COL, the line and
/// a caret at `pos`, or under the top-level `key` when it is given and the file has it. A
/// portfolio keeps no text, so the file is read again; stdin cannot be, and gets the position
/// alone.
Diagnostic located_diagnostic(const std::string& file, SourcePos pos, std::string message,
                              std::string_view key = {});

} // namespace acctmgr::cli
