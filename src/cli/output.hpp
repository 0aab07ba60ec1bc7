#pragma once

#include <stdexcept>
#include <string>

namespace acctmgr::cli {

/// stdout was closed by the reader (`acctmgr ... | head`): not an error, exit quietly.
struct BrokenPipe {};

/// Writes all of `text` to stdout and flushes; throws BrokenPipe on EPIPE.
void write_stdout(const std::string& text);

/// Writes `text` to `path` through a temporary file renamed into place, so that a reader
/// never sees half a report. Refuses to overwrite a YAML file: input is never modified.
void write_file_atomically(const std::string& path, const std::string& text);

} // namespace acctmgr::cli
