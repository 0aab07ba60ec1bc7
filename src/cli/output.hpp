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

/// Writes `text` to `path` through a temporary file renamed into place, so that a reader
/// never sees half a report. The temporary is created exclusively, under an unpredictable
/// name in the target's directory, with the permissions of any new file (0666 & ~umask), and
/// is removed on failure. Refuses to overwrite a YAML file: input is never modified. Throws
/// UsageError "cannot write 'PATH': reason".
void write_file_atomically(const std::string& path, const std::string& text);

/// Replaces the existing file `path` (a symlink: its target) with `text` the same way, the
/// temporary given the original's permission bits first, so that a reader sees the old file
/// or the new one, never a mix, and the file keeps its mode. For `import` and `log`, the only
/// commands that edit portfolio files. Throws UsageError "cannot write 'PATH': reason".
void replace_file_atomically(const std::string& path, const std::string& text);

} // namespace acctmgr::cli
