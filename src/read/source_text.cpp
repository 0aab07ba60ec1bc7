#include "read/source_text.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace acctmgr {

SourceText::SourceText(std::string_view text, std::string file)
    : text_(text), file_(std::move(file)) {
  blocks_.reserve(text_.size() / block + 2);
  std::uint32_t lines = 0, line_begin = 0, chars = 0;
  // Block by block, so that the inner loop does no division: this pass reads every byte of
  // every file loaded.
  for (std::size_t begin = 0; begin < text_.size(); begin += block) {
    blocks_.push_back({lines, line_begin, chars});
    const std::size_t end = std::min(text_.size(), begin + block);
    for (std::size_t i = begin; i < end; ++i) {
      if (text_[i] == '\n') {
        ++lines;
        line_begin = static_cast<std::uint32_t>(i + 1);
      }
      chars += utf8::is_continuation(text_[i]) ? 0u : 1u;
    }
  }
  blocks_.push_back({lines, line_begin, chars});
}

std::uint32_t SourceText::chars_before(std::size_t offset) const {
  const std::size_t k = offset / block;
  return blocks_[k].chars +
         static_cast<std::uint32_t>(utf8::count_chars(text_.substr(k * block, offset - k * block)));
}

SourcePos SourceText::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t k = offset / block;
  const std::string_view before = text_.substr(k * block, offset - k * block);
  const std::size_t last_break = before.rfind('\n');
  const std::size_t line_begin =
      last_break == std::string_view::npos ? blocks_[k].line_begin : k * block + last_break + 1;
  const auto line =
      blocks_[k].line + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::uint32_t column = chars_before(offset) - chars_before(line_begin) + 1;
  return SourcePos{static_cast<int>(line + 1), static_cast<int>(column)};
}

std::string_view SourceText::line_text(int line) const {
  if (line < 1 || static_cast<std::size_t>(line - 1) > blocks_.back().line) return {};
  const auto wanted = static_cast<std::uint32_t>(line - 1);
  // The last block starting on or before the wanted line: the line starts in it.
  const auto it = std::upper_bound(blocks_.begin(), blocks_.end(), wanted,
                                   [](std::uint32_t l, const BlockStart& b) { return l < b.line; });
  const auto k = static_cast<std::size_t>(it - blocks_.begin()) - 1;
  std::size_t begin = blocks_[k].line_begin;
  for (std::uint32_t at = blocks_[k].line; at < wanted; ++at)
    begin = text_.find('\n', at == blocks_[k].line ? k * block : begin) + 1;
  std::size_t end = std::min(text_.find('\n', begin), text_.size());
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

std::string SourceText::excerpt(int line_number, std::size_t offset, int& caret) const {
  // Enough for any line a person writes; a longer one is shown around the offset.
  constexpr std::size_t max_bytes = 160, before = 60;
  caret = 0;
  const std::string_view line = line_text(line_number);
  if (line.empty()) return {};
  const std::size_t begin_of_line = static_cast<std::size_t>(line.data() - text_.data());
  const std::size_t at =
      std::clamp(offset, begin_of_line, begin_of_line + line.size()) - begin_of_line;
  if (line.size() <= max_bytes) return std::string(line);
  const auto continuation = [&](std::size_t i) {
    return i < line.size() && utf8::is_continuation(line[i]);
  };
  std::size_t begin = at > before ? at - before : 0;
  while (continuation(begin))
    ++begin;
  std::size_t end = std::min(line.size(), begin + max_bytes);
  while (continuation(end))
    --end;
  std::string out = begin > 0 ? "..." : "";
  caret = static_cast<int>(out.size()) + 1;
  // `begin` may have run past `at` over a run of stray continuation bytes.
  if (at > begin)
    caret += static_cast<int>(utf8::count_chars(line.substr(begin, std::min(at, end) - begin)));
  out.append(line.substr(begin, end - begin));
  if (end < line.size()) out += "...";
  return out;
}

bool Problems::keep() {
  return ++count_ <= max_problems;
}

void Problems::error(std::size_t offset, std::string message) {
  if (!keep()) return;
  const SourcePos pos = source_.position(offset);
  int caret = 0;
  std::string line = source_.excerpt(pos.line, offset, caret);
  diagnostics_.push_back(
      Diagnostic{source_.file(), pos.line, pos.column, std::move(message), std::move(line), caret});
}

void Problems::file_error(std::string message) {
  if (!keep()) return;
  diagnostics_.push_back(Diagnostic{source_.file(), 0, 0, std::move(message), {}, 0});
}

void Problems::absorb(Problems&& other) {
  for (Diagnostic& d : other.diagnostics_)
    if (keep()) diagnostics_.push_back(std::move(d));
  // Those `other` only counted are counted here too.
  count_ += other.count_ - other.diagnostics_.size();
  other.diagnostics_.clear();
  other.count_ = 0;
}

std::vector<Diagnostic> Problems::take() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
  if (count_ > diagnostics_.size())
    diagnostics_.push_back(Diagnostic{
        source_.file(),
        0,
        0,
        fmt::format("{} more problems not shown; fix these first", count_ - diagnostics_.size()),
        {},
        0,
        count_ - diagnostics_.size()});
  return std::move(diagnostics_);
}

} // namespace acctmgr
