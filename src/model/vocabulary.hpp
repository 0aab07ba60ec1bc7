#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// One word of a vocabulary: an enumerator, its spelling in files, reports and on the command
/// line, and what it means (for --help, the man page and the JSON schema). A vocabulary is a
/// constant array of terms; every conversion between an enum and its spelling goes through it,
/// so reordering an enum can never change what a file means.
template <class E> struct Term {
  E value;
  const char* name;
  const char* description;
};

/// True when `terms` names every enumerator 0..N-1 exactly once: checked at compile time
/// beside each table, so that a forgotten enumerator does not build.
template <class T, std::size_t N> constexpr bool is_complete(const std::array<T, N>& terms) {
  for (std::size_t i = 0; i < N; ++i) {
    std::size_t seen = 0;
    for (const T& t : terms)
      seen += static_cast<std::size_t>(t.value) == i ? 1 : 0;
    if (seen != 1) return false;
  }
  return true;
}

/// The term of `value`.
template <class T, std::size_t N, class E>
constexpr const T& term_of(const std::array<T, N>& terms, E value) {
  for (const T& t : terms)
    if (t.value == value) return t;
  throw std::logic_error("a value missing from its vocabulary");
}

/// The enumerator spelled `name`, or nullopt.
template <class T, std::size_t N>
constexpr auto parse_term(const std::array<T, N>& terms, std::string_view name)
    -> std::optional<decltype(T::value)> {
  for (const T& t : terms)
    if (name == t.name) return t.value;
  return std::nullopt;
}

/// Every spelling, in table order (CLI11 choices, the loader's "expected one of").
template <class T, std::size_t N>
std::vector<std::string> term_names(const std::array<T, N>& terms) {
  std::vector<std::string> out;
  out.reserve(N);
  for (const T& t : terms)
    out.emplace_back(t.name);
  return out;
}

} // namespace acctmgr
