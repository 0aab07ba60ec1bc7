#include "model/checked.hpp"

#include "model/finding.hpp"
#include "text/diagnostic.hpp"

namespace acctmgr {
namespace {

thread_local const OverflowContext* innermost = nullptr;

} // namespace

OverflowContext::OverflowContext(std::string_view file, std::string_view manager,
                                 std::string_view client)
    : file_(file), manager_(manager), client_(client), outer_(innermost) {
  innermost = this;
}

OverflowContext::~OverflowContext() {
  innermost = outer_;
}

OverflowError::OverflowError() : std::overflow_error("amount out of range") {
  const OverflowContext* c = innermost;
  if (c == nullptr) return;
  if (c->manager_.empty()) {
    where_ = "the team TOTAL";
    return;
  }
  where_ = shown_file(std::string(c->file_));
  where_ += c->client_.empty() ? ": TOTAL of manager '" + std::string(c->manager_) + "'"
                               : ": client '" + std::string(c->client_) + "'";
}

} // namespace acctmgr
