#pragma once

#include <string>
#include <utility>
#include <vector>

namespace acctmgr {

/// A piece of statement text. Untrusted spans (names from input files) are escaped by the
/// renderers; trusted ones are acctmgr's own wording and numbers.
struct Span {
  std::string text;
  bool untrusted = false;
};

/// Trusted text.
inline Span said(std::string text) {
  return {std::move(text), false};
}
/// Text from an input file (a name, an id, a path).
inline Span quoted(std::string text) {
  return {std::move(text), true};
}

/// One line of a statement; `level` 1 lines detail the level 0 line above them.
struct StatementLine {
  std::vector<Span> spans;
  int level = 0;
};

struct StatementSection {
  std::string heading;
  std::vector<StatementLine> lines;
};

/// A document a person reads top to bottom and can check by hand (bonus --explain,
/// what-if comparisons): a title and sections of lines. Rendered as text or Markdown.
struct Statement {
  std::vector<Span> title;
  std::vector<StatementSection> sections;
};

} // namespace acctmgr
