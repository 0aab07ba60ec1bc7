#pragma once

#include "model/portfolio.hpp"
#include "text/diagnostic.hpp"
#include "read/mapped_file.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// A file's text with its line starts, so that a byte offset becomes a line and a column in
/// characters. Lines end at LF; a CR before the LF is not part of the line. With the mapped
/// file that holds `text`, the passes over it let go of the pages they leave behind (release).
class SourceText {
public:
  SourceText(std::string_view text, std::string file, const MappedFile* mapped = nullptr);

  std::string_view text() const { return text_; }
  const std::string& file() const { return file_; }
  /// Whether release can drop anything: the text is in a mapped file.
  bool releasable() const { return mapped_ != nullptr && mapped_->mapped(); }
  /// Lets the pages of the text's bytes [begin, end) leave memory (MappedFile::release): a
  /// pass calls it for what it will not read again. Any later read still sees the text.
  void release(std::size_t begin, std::size_t end) const;
  /// 1-based line and column (in UTF-8 characters) of a byte offset.
  SourcePos position(std::size_t offset) const;
  /// The text of a 1-based line, without its line break.
  std::string_view line_text(int line) const;
  /// A 1-based line for an excerpt under a message about `offset` (on that line): a long
  /// line is cut to some characters either side of it, marked with "...", and `caret` is set
  /// to the offset's column in the returned text (else to 0).
  std::string excerpt(int line, std::size_t offset, int& caret) const;

private:
  /// Characters before offset `offset`, found from the count at the start of its block.
  std::uint32_t chars_before(std::size_t offset) const;

  std::string_view text_;
  std::string file_;
  const MappedFile* mapped_;
  std::vector<std::uint32_t> line_starts_;
  /// Characters before each block of `block` bytes, so that a column costs at most a block's
  /// scan even on a line of megabytes (a one-line flow document with thousands of errors).
  static constexpr std::size_t block = 256;
  std::vector<std::uint32_t> block_chars_;
};

/// One pass through a source that lets go of what it has left more than `window` bytes
/// behind, `step` bytes at a time: a mapped file's resident pages stay a window of a few MiB
/// whatever its size, instead of growing to all of it. at() costs one comparison between
/// steps, and nothing at all when the source is not releasable. A pass over the whole text
/// releases all of it when it ends, since the next one starts over at the beginning.
class ReleaseBehind {
public:
  static constexpr std::size_t window = std::size_t{1} << 20, step = std::size_t{1} << 20;

  /// A pass that starts at `from`: nothing before it is released.
  explicit ReleaseBehind(const SourceText& source, std::size_t from = 0)
      : source_(source), from_(from), next_(source.releasable() ? from + window + step : SIZE_MAX) {
  }
  /// The pass has reached `offset` and reads nothing before `offset - window` again.
  void at(std::size_t offset) {
    if (offset < next_) return;
    source_.release(from_, offset - window);
    next_ = offset + step;
  }

private:
  const SourceText& source_;
  std::size_t from_;
  std::size_t next_; ///< the offset of the next release
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
