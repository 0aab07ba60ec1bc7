#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace acctmgr {

/// A file as messages and reports name it: standard input ("-") is "<stdin>".
inline std::string shown_file(const std::string& file) {
  return file == "-" ? "<stdin>" : file;
}

/// One problem in an input file, located to the character.
struct Diagnostic {
  std::string file;        ///< as given by the user; "-" is shown as "<stdin>"
  int line = 0;            ///< 1-based; 0 when the problem concerns the whole file
  int column = 0;          ///< 1-based, in characters
  std::string message;     ///< one line, no trailing period
  std::string source_line; ///< the offending line, for the excerpt; empty if none
  /// The caret's column in source_line when that is only a cut of a long line; 0: `column`.
  int excerpt_column = 0;
  std::size_t not_shown = 0; ///< > 0: a note standing for that many problems left out
  bool warning = false;      ///< a warning (exit 0), not an error
};

/// Renders `FILE:LINE:COL: error: message` (`warning:` for a warning), then the source line and a
/// caret under the offending column, as compilers do. Control characters in the excerpt are
/// escaped.
std::string format_diagnostic(const Diagnostic& d);

/// Thrown by the loader (and by commands that find an input error, e.g. a bonus plan is
/// missing) with every problem found. The CLI prints them all to stderr and exits 2.
class InputError : public std::runtime_error {
public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
  std::vector<Diagnostic> diagnostics_;
};

} // namespace acctmgr
