#pragma once

#include "model/portfolio.hpp"
#include "text/diagnostic.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acctmgr::cli {

/// A problem found after loading, shown as the loader shows one: FILE:LINE:COL, the line and
/// a caret at `pos`, or under the top-level `key` when it is given and the file has it. A
/// portfolio keeps no text, so the file is read again; stdin cannot be, and gets the position
/// alone.
Diagnostic located_diagnostic(const std::string& file, SourcePos pos, std::string message,
                              std::string_view key = {});

/// Problems found after loading a file whose bytes are at hand (an edit's, read under its
/// lock), each at a position of the loaded model, shown as the loader shows them: sorted by
/// position, the first Problems::max_problems, then a note counting the rest. A position at
/// line 0 is a problem with the whole file.
std::vector<Diagnostic>
located_diagnostics(std::string_view bytes, const std::string& file,
                    const std::vector<std::pair<SourcePos, std::string>>& problems);

} // namespace acctmgr::cli
