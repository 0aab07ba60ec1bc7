#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace acctmgr {

/// Thrown when exact arithmetic would overflow; the CLI reports it as an input error (exit 2).
/// It names where the sum was being formed (the file and client, see OverflowContext), so
/// that the user can find the amounts that are too large.
class OverflowError : public std::overflow_error {
public:
  /// Captures the innermost OverflowContext of this thread.
  OverflowError();
  /// "FILE: client 'acme'", "FILE: TOTAL of manager 'Olena'"; empty when unknown.
  const std::string& where() const { return where_; }

private:
  std::string where_;
};

/// Names what the checked arithmetic in its scope is summing, for OverflowError. Contexts nest;
/// the innermost one wins. Costs two pointer writes: nothing is formatted unless an overflow
/// is actually thrown.
class OverflowContext {
public:
  /// A client's figures (`client` is its id); with an empty `client` the TOTAL of `manager`;
  /// with both empty the team's TOTAL.
  OverflowContext(std::string_view file, std::string_view manager, std::string_view client);
  ~OverflowContext();
  OverflowContext(const OverflowContext&) = delete;
  OverflowContext& operator=(const OverflowContext&) = delete;

private:
  friend class OverflowError;
  std::string_view file_, manager_, client_;
  const OverflowContext* outer_;
};

/// Signed 128-bit integer used for exact intermediate products.
__extension__ typedef __int128 Int128;

template <class T> T checked_add(T a, T b) {
  T r;
  if (__builtin_add_overflow(a, b, &r)) throw OverflowError();
  return r;
}

template <class T> T checked_sub(T a, T b) {
  T r;
  if (__builtin_sub_overflow(a, b, &r)) throw OverflowError();
  return r;
}

template <class T> T checked_mul(T a, T b) {
  T r;
  if (__builtin_mul_overflow(a, b, &r)) throw OverflowError();
  return r;
}

} // namespace acctmgr
