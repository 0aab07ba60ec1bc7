#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace acctmgr {

/// Text many values share (a finding's file and manager: the same for every finding of a
/// portfolio): copies share one string instead of each holding its own. Reads as a
/// `const std::string&`.
class SharedText {
public:
  SharedText() = default;
  SharedText(std::string text) : text_(std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}
  operator const std::string&() const { return str(); }
  const std::string& str() const {
    static const std::string none;
    return text_ ? *text_ : none;
  }
  bool empty() const { return str().empty(); }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.str() == b; }

private:
  std::shared_ptr<const std::string> text_;
};

} // namespace acctmgr
