#pragma once

#include "model/portfolio.hpp"
#include "text/diagnostic.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// A file's text with an index of it, so that a byte offset becomes a line and a column in
/// characters. Lines end at LF; a CR before the LF is not part of the line. The text is not
/// copied: it must outlive the SourceText.
class SourceText {
public:
  SourceText(std::string_view text, std::string file);

  std::string_view text() const { return text_; }
  const std::string& file() const { return file_; }
  /// 1-based line and column (in UTF-8 characters) of a byte offset.
  SourcePos position(std::size_t offset) const;
  /// The text of a 1-based line, without its line break.
  std::string_view line_text(int line) const;
  /// A 1-based line for an excerpt under a message about `offset` (on that line): a long
  /// line is cut to some characters either side of it, marked with "...", and `caret` is set
  /// to the offset's column in the returned text (else to 0).
  std::string excerpt(int line, std::size_t offset, int& caret) const;

private:
  /// What is known at the start of each block of `block` bytes, so that a position costs at
  /// most a block's scan, even on a line of megabytes (a one-line flow document with thousands
  /// of errors), for 12 bytes a block instead of 4 bytes a line.
  struct BlockStart {
    std::uint32_t line;       ///< line breaks before the block: its first byte's 0-based line
    std::uint32_t line_begin; ///< offset of the start of that line
    std::uint32_t chars;      ///< characters before the block
  };
  static constexpr std::size_t block = 256;

  /// Characters before offset `offset`.
  std::uint32_t chars_before(std::size_t offset) const;

  std::string_view text_;
  std::string file_;
  /// One entry a block, then one for the end of the text.
  std::vector<BlockStart> blocks_;
};

/// Collects every problem found in one file, each located by a byte offset. Past
/// `max_problems` they are only counted: a broken file (say, a generated one-line flow list
/// with thousands of duplicate ids) must not produce megabytes of errors or take minutes.
class Problems {
public:
  explicit Problems(const SourceText& source) : source_(source) {}

  /// A problem at a byte offset of the source.
  void error(std::size_t offset, std::string message);
  /// A problem with the whole file (no line).
  void file_error(std::string message);
  /// Appends the problems of `other` (same source) as if they had been reported here now.
  void absorb(Problems&& other);
  static constexpr std::size_t max_problems = 100;

  bool empty() const { return count_ == 0; }
  /// Every problem reported, shown or not.
  std::size_t size() const { return count_; }
  const SourceText& source() const { return source_; }
  /// Moves the problems out, sorted by position (stable for equal positions), followed by
  /// a note when some were not kept.
  std::vector<Diagnostic> take();

private:
  bool keep();
  const SourceText& source_;
  std::vector<Diagnostic> diagnostics_;
  std::size_t count_ = 0;
};

} // namespace acctmgr
