#include "io/source_text.hpp"

#include <algorithm>

namespace acctmgr {

SourceText::SourceText(std::string_view text, std::string file)
    : text_(text), file_(std::move(file)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
}

SourcePos SourceText::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::size_t>(it - line_starts_.begin()); // 1-based
  int column = 1;
  for (std::size_t i = line_starts_[line - 1]; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  return SourcePos{static_cast<int>(line), column};
}

std::string_view SourceText::line_text(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[static_cast<std::size_t>(line) - 1];
  std::size_t end = static_cast<std::size_t>(line) < line_starts_.size()
                        ? line_starts_[static_cast<std::size_t>(line)] - 1
                        : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

void Problems::error(std::size_t offset, std::string message) {
  const SourcePos pos = source_.position(offset);
  diagnostics_.push_back(Diagnostic{source_.file(), pos.line, pos.column, std::move(message),
                                    std::string(source_.line_text(pos.line))});
}

void Problems::file_error(std::string message) {
  diagnostics_.push_back(Diagnostic{source_.file(), 0, 0, std::move(message), {}});
}

std::vector<Diagnostic> Problems::take() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
  return std::move(diagnostics_);
}

} // namespace acctmgr
