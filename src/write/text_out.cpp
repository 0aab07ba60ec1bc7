#include "write/text_out.hpp"

namespace acctmgr {

namespace {

/// A sink gets its text in parts of at least this many bytes (the last may be shorter).
constexpr std::size_t kPart = 64 * 1024;

} // namespace

TextOut& TextOut::operator+=(std::string_view text) {
  if (text.empty()) return *this;
  held_ += separator_;
  size_ += separator_.size() + text.size();
  separator_.clear();
  held_ += text;
  if (sink_ && held_.size() >= kPart) {
    sink_(held_);
    held_.clear();
  }
  return *this;
}

} // namespace acctmgr
