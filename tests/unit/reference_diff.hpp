#pragma once
// The unified diff acctmgr printed until issue 20: Myers' algorithm over the two whole texts,
// as `diff -u` prints it. Kept here as the reference that the diff built from the edits
// (src/edit/unified_diff.cpp) must reproduce: quadratic, for tests only.

#include <algorithm>
#include <fmt/format.h>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr::reference {

inline constexpr std::size_t context = 3;

/// Lines with their line breaks (the last one may have none).
inline std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::size_t len = nl == std::string_view::npos ? text.size() : nl + 1;
    out.push_back(text.substr(0, len));
    text.remove_prefix(len);
  }
  return out;
}

enum class Op : char { same = ' ', del = '-', add = '+' };

/// The shortest edit script from a to b, one Op per line (Myers 1986, with the trace kept).
inline std::vector<Op> edit_script(const std::vector<std::string_view>& a,
                                   const std::vector<std::string_view>& b) {
  const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size()), max = n + m;
  const auto at = [max](long k) { return static_cast<std::size_t>(k + max + 1); };
  std::vector<long> v(static_cast<std::size_t>(2 * max + 3), 0);
  std::vector<std::vector<long>> trace;
  for (long d = 0; d <= max; ++d) {
    trace.push_back(v);
    bool done = false;
    for (long k = -d; k <= d && !done; k += 2) {
      long x =
          (k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)])) ? v[at(k + 1)] : v[at(k - 1)] + 1;
      long y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)])
        ++x, ++y;
      v[at(k)] = x;
      done = x >= n && y >= m;
    }
    if (done) break;
  }
  std::vector<Op> ops;
  long x = n, y = m;
  for (long d = static_cast<long>(trace.size()) - 1; d >= 0; --d) {
    const std::vector<long>& w = trace[static_cast<std::size_t>(d)];
    const long k = x - y;
    const bool down = k == -d || (k != d && w[at(k - 1)] < w[at(k + 1)]);
    const long prev_k = down ? k + 1 : k - 1;
    const long prev_x = d == 0 ? 0 : w[at(prev_k)];
    const long prev_y = d == 0 ? 0 : prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      ops.push_back(Op::same);
      --x, --y;
    }
    if (d > 0) ops.push_back(down ? Op::add : Op::del);
    x = prev_x;
    y = prev_y;
  }
  std::reverse(ops.begin(), ops.end());
  return ops;
}

inline std::string range(std::size_t start, std::size_t count) {
  // diff -u: a hunk of one line shows no count; an empty one the line before it.
  if (count == 1) return fmt::format("{}", start + 1);
  return fmt::format("{},{}", count == 0 ? start : start + 1, count);
}

inline void print_line(std::string& out, Op op, std::string_view line) {
  out += static_cast<char>(op);
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

inline std::string myers_unified_diff(std::string_view before, std::string_view after,
                                      std::string_view name) {
  const std::vector<std::string_view> a = lines_of(before), b = lines_of(after);
  const std::vector<Op> ops = edit_script(a, b);
  std::string out;
  std::size_t i = 0;
  while (i < ops.size()) {
    // The next change, and the hunk around it: changes closer than 2 contexts join.
    std::size_t first = i;
    while (first < ops.size() && ops[first] == Op::same)
      ++first;
    if (first == ops.size()) break;
    std::size_t last = first, same_run = 0;
    for (std::size_t j = first; j < ops.size(); ++j) {
      if (ops[j] != Op::same) {
        last = j;
        same_run = 0;
      } else if (++same_run > 2 * context) {
        break;
      }
    }
    const std::size_t begin = first > context ? std::max(first - context, i) : i;
    const std::size_t end = std::min(ops.size(), last + 1 + context);
    // Line numbers at `begin`: the ops before it, counted per side.
    std::size_t a_line = 0, b_line = 0;
    for (std::size_t j = 0; j < begin; ++j) {
      if (ops[j] != Op::add) ++a_line;
      if (ops[j] != Op::del) ++b_line;
    }
    std::size_t a_count = 0, b_count = 0;
    std::string body;
    for (std::size_t j = begin, ai = a_line, bi = b_line; j < end; ++j) {
      if (ops[j] == Op::add) {
        print_line(body, Op::add, b[bi++]);
        ++b_count;
      } else if (ops[j] == Op::del) {
        print_line(body, Op::del, a[ai++]);
        ++a_count;
      } else {
        print_line(body, Op::same, a[ai++]);
        ++bi, ++a_count, ++b_count;
      }
    }
    if (out.empty()) out = fmt::format("--- a/{}\n+++ b/{}\n", name, name);
    out += fmt::format("@@ -{} +{} @@\n", range(a_line, a_count), range(b_line, b_count));
    out += body;
    i = end;
  }
  return out;
}

} // namespace acctmgr::reference
