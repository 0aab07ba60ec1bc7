#pragma once

#include "document/prose.hpp"

#include <string>
#include <utility>
#include <vector>

namespace acctmgr {

/// One line of a statement; `level` 1 lines detail the level 0 line above them.
struct StatementLine {
  Text spans;
  int level = 0;
};

inline StatementLine line(Text spans, int level = 0) {
  return {std::move(spans), level};
}
/// A line of our own words.
inline StatementLine line(std::string text, int level = 0) {
  return {{said(std::move(text))}, level};
}

struct StatementSection {
  std::string heading;
  std::vector<StatementLine> lines;
};

/// A document a person reads top to bottom and can check by hand (bonus --explain,
/// what-if comparisons): a title and sections of lines. Rendered as text or Markdown.
struct Statement {
  Text title;
  std::vector<StatementSection> sections;
};

} // namespace acctmgr
