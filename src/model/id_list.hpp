#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// Ids named together (the stakeholders an activity was with), kept as one comma-joined
/// string: the usual one to three short ids fit inside the string itself, so an activity
/// costs no allocation for them. A valid id is never empty and never holds a comma
/// (is_valid_id), so the string alone tells the ids apart.
class IdList {
public:
  IdList() = default;
  IdList(std::initializer_list<std::string_view> ids) {
    for (std::string_view id : ids)
      push_back(id);
  }
  explicit IdList(const std::vector<std::string>& ids) {
    for (const std::string& id : ids)
      push_back(id);
  }

  void push_back(std::string_view id) {
    if (!joined_.empty()) joined_ += ',';
    joined_ += id;
  }
  bool empty() const { return joined_.empty(); }
  /// True when `pred(id)` holds for some id, tried in order.
  template <class Pred> bool any_of(Pred&& pred) const {
    for (std::size_t begin = 0; begin < joined_.size();) {
      const std::size_t end = std::min(joined_.find(',', begin), joined_.size());
      if (pred(std::string_view(joined_).substr(begin, end - begin))) return true;
      begin = end + 1;
    }
    return false;
  }
  /// The ids, in order.
  std::vector<std::string_view> ids() const {
    std::vector<std::string_view> out;
    any_of([&](std::string_view id) {
      out.push_back(id);
      return false;
    });
    return out;
  }
  friend bool operator==(const IdList&, const IdList&) = default;

private:
  std::string joined_;
};

} // namespace acctmgr
