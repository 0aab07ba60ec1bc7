#pragma once

#include <optional>
#include <string>

namespace acctmgr::cli {

/// True when the locale's character set is UTF-8: the first of LC_ALL, LC_CTYPE and LANG that
/// is set names UTF-8 (C.UTF-8, en_US.utf8...). Unset or C/POSIX: false, as in a bare shell.
bool utf8_locale();

/// The width to fit tables to when stdout is a terminal: $COLUMNS when it is a positive
/// number, else the terminal's own width, else 80. nullopt when stdout is not a terminal
/// (a pipe or a file gets the whole table).
std::optional<int> terminal_width();

/// Shows `text` through a pager when it does not fit a `width` x height terminal (a line too
/// wide or more lines than the terminal has), as git does: $PAGER run by /bin/sh (empty or
/// "cat": none), else `less -FRSX` when less is installed. Returns false when no pager was
/// used and the caller must print `text` itself. Throws std::runtime_error when the pager
/// cannot be started.
bool page(const std::string& text, int width);

} // namespace acctmgr::cli
