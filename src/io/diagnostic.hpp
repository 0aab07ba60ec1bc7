#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace acctmgr {

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

struct RenderOptions;

/// Each diagnostic as a GitHub Actions `::error file=F,line=L,col=C::message` command (no
/// line or column when it has none), named and escaped as `render_github` names findings, so
/// that CI shows bad input on the pull request. Defined in render_github.cpp.
std::string render_github_diagnostics(const std::vector<Diagnostic>& diagnostics,
                                      const RenderOptions& o);

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
