#pragma once

#include "core/finding.hpp"
#include "core/table.hpp"

#include <string>
#include <vector>

namespace acctmgr {

/// One line per finding, as compilers do: `FILE:LINE: severity CODE client: message`
/// (the client part is left out for a manager's TOTAL or plan). Text is terminal-safe.
std::string render_findings_text(const std::vector<Finding>& findings);

/// GitHub Actions workflow commands: `::warning file=F,line=N,title=CODE client::message`
/// (`::notice` for info), escaped as the runner expects.
std::string render_findings_github(const std::vector<Finding>& findings);

/// The SPEC's CSV/JSON columns: file,line,manager,client,code,severity,message.
Table findings_table(const std::vector<Finding>& findings);

} // namespace acctmgr
