#pragma once

#include "document/statement.hpp"

#include <string>

namespace acctmgr {

/// Plain text: the title, then each section's heading and its lines indented two spaces per
/// level. Untrusted spans go through escape_terminal.
std::string render_statement_text(const Statement& s);

/// Markdown: the title as a level-2 heading, sections as level-3 headings and their lines as
/// nested bullet lists (fits under a review's own level-1 heading). Untrusted spans are
/// escaped for the terminal and for Markdown.
std::string render_statement_md(const Statement& s);

} // namespace acctmgr
