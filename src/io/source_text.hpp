#pragma once

#include "core/portfolio.hpp"
#include "io/diagnostic.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// A file's text with its line starts, so that a byte offset becomes a line and a column in
/// characters. Lines end at LF; a CR before the LF is not part of the line.
class SourceText {
public:
  SourceText(std::string_view text, std::string file);

  std::string_view text() const { return text_; }
  const std::string& file() const { return file_; }
  /// 1-based line and column (in UTF-8 characters) of a byte offset.
  SourcePos position(std::size_t offset) const;
  /// The text of a 1-based line, without its line break.
  std::string_view line_text(int line) const;

private:
  std::string_view text_;
  std::string file_;
  std::vector<std::uint32_t> line_starts_;
};

/// Collects every problem found in one file, each located by a byte offset.
class Problems {
public:
  explicit Problems(const SourceText& source) : source_(source) {}

  /// A problem at a byte offset of the source.
  void error(std::size_t offset, std::string message);
  /// A problem with the whole file (no line).
  void file_error(std::string message);
  bool empty() const { return diagnostics_.empty(); }
  std::size_t size() const { return diagnostics_.size(); }
  const SourceText& source() const { return source_; }
  /// Moves the problems out, sorted by position (stable for equal positions).
  std::vector<Diagnostic> take();

private:
  const SourceText& source_;
  std::vector<Diagnostic> diagnostics_;
};

} // namespace acctmgr
