#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace acctmgr {

/// Text a renderer makes piece by piece: held whole, or, with a sink, handed to it in parts of
/// about 64 KiB as it is made, so that a big team's report is never held whole.
class TextOut {
public:
  using Sink = std::function<void(const std::string&)>;
  /// An empty sink: everything is held until take().
  explicit TextOut(Sink sink = {}) : sink_(std::move(sink)) {}
  TextOut& operator+=(std::string_view text);
  TextOut& operator+=(char c) { return *this += std::string_view(&c, 1); }
  /// `separator` goes before the next text added, if any is (a blank line between sections
  /// that print something).
  void separate(std::string separator) { separator_ = std::move(separator); }
  /// Every byte added so far, handed on or held.
  std::size_t size() const { return size_; }
  /// What is held: everything without a sink, what the sink has not had yet with one.
  std::string take() { return std::move(held_); }

private:
  Sink sink_;
  std::string held_;
  std::string separator_;
  std::size_t size_ = 0;
};

} // namespace acctmgr
