#pragma once

#include <stdexcept>

namespace acctmgr {

/// Thrown when exact arithmetic would overflow; the CLI reports it as an input error (exit 2).
class OverflowError : public std::overflow_error {
public:
  using std::overflow_error::overflow_error;
};

/// Signed 128-bit integer used for exact intermediate products.
__extension__ typedef __int128 Int128;

template <class T> T checked_add(T a, T b) {
  T r;
  if (__builtin_add_overflow(a, b, &r)) throw OverflowError("amount out of range");
  return r;
}

template <class T> T checked_sub(T a, T b) {
  T r;
  if (__builtin_sub_overflow(a, b, &r)) throw OverflowError("amount out of range");
  return r;
}

template <class T> T checked_mul(T a, T b) {
  T r;
  if (__builtin_mul_overflow(a, b, &r)) throw OverflowError("amount out of range");
  return r;
}

} // namespace acctmgr
