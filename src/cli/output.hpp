#pragma once

#include <stdexcept>
#include <string>

namespace acctmgr::cli {

/// stdout was closed by the reader (`acctmgr ... | head`): not an error, exit quietly.
struct BrokenPipe {};

/// Writes all of `text` to stdout and flushes; throws BrokenPipe on EPIPE.
void write_stdout(const std::string& text);

/// Throws UsageError when `path` names a YAML file (.yaml/.yml, any case): reports never
/// replace a portfolio or settings file.
void refuse_yaml_output(const std::string& path);

/// Who may read a report that -o writes to a new file.
enum class NewFileMode {
  shared,    ///< 0644 less the umask, as for any new file
  owner_only ///< 0600 less the umask: review and bonus, which carry salary data
};

/// Writes a report to -o `path` (SPEC section 10), as a shell's `>` would but never leaving
/// half a report in a regular file:
/// - a regular file is replaced atomically (a temporary created exclusively in its directory,
///   synced, renamed over it), keeping its mode and, as far as the system allows (as root),
///   its owner and group; a file without write permission is refused;
/// - a new file gets `mode`;
/// - a symbolic link is followed and its target written (created when missing), except one
///   in a sticky world-writable directory such as /tmp owned by someone else, which the
///   kernel would not follow either (fs.protected_symlinks);
/// - a FIFO, a character device or any other file that is not regular is opened and written
///   in place, never replaced (a FIFO blocks until a reader opens it).
/// Refuses a YAML path, also behind a link: input is never modified. Throws UsageError
/// "cannot write 'PATH': reason", or BrokenPipe when a FIFO's reader goes away.
void write_output_file(const std::string& path, const std::string& text,
                       NewFileMode mode = NewFileMode::shared);

} // namespace acctmgr::cli
