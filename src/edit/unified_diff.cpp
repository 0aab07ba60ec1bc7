#include "edit/unified_diff.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>
#include <vector>

namespace acctmgr {
namespace {

constexpr std::size_t diff_context = 3;

/// Walks the lines of a text back and forth from where it last stood: each move costs the
/// bytes passed over, so that visits in increasing order cost one pass over the text. Lines
/// keep their line break; a text ending with one has an empty line `count()` after its last.
class LineWalker {
public:
  explicit LineWalker(std::string_view text) : text_(text) {}

  /// Number of lines: a last line without a line break counts.
  std::size_t count() const {
    const auto breaks = static_cast<std::size_t>(std::count(text_.begin(), text_.end(), '\n'));
    return breaks + (text_.empty() || text_.back() == '\n' ? 0 : 1);
  }

  /// Offset of the start of 0-based line `line` (up to count(): the end of the text).
  std::size_t start(std::size_t line) {
    while (line_ > line) {
      const std::size_t nl = pos_ >= 2 ? text_.rfind('\n', pos_ - 2) : std::string_view::npos;
      pos_ = nl == std::string_view::npos ? 0 : nl + 1;
      --line_;
    }
    while (line_ < line) {
      const std::size_t nl = text_.find('\n', pos_);
      pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
      ++line_;
    }
    return pos_;
  }

  /// Line `line` with its line break (empty past the last line).
  std::string_view at(std::size_t line) {
    const std::size_t from = start(line);
    const std::size_t nl = text_.find('\n', from);
    return text_.substr(from,
                        nl == std::string_view::npos ? std::string_view::npos : nl + 1 - from);
  }

  /// The line holding byte `offset` (the end of the text: the line after a final line break).
  std::size_t line_of(std::size_t offset) {
    while (pos_ > offset)
      start(line_ - 1);
    for (;;) {
      const std::size_t nl = text_.find('\n', pos_);
      if (nl == std::string_view::npos || nl >= offset) return line_;
      pos_ = nl + 1;
      ++line_;
    }
  }

private:
  std::string_view text_;
  std::size_t line_ = 0;
  std::size_t pos_ = 0; ///< the start of line_
};

/// Lines of a text, each with its line break (the last may have none).
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::size_t len = nl == std::string_view::npos ? text.size() : nl + 1;
    out.push_back(text.substr(0, len));
    text.remove_prefix(len);
  }
  return out;
}

/// Old lines [first, last] (`last` may be the line after a final line break) and the edits
/// [begin, end) that touch them.
struct TouchedLines {
  std::size_t first = 0, last = 0;
  std::size_t begin = 0, end = 0;
};

/// `removed` old lines from line `line` on replaced by `added`.
struct LineChange {
  std::size_t line = 0;
  std::size_t removed = 0;
  std::vector<std::string> added;
};

/// The runs of edits that touch a line in common, in order.
std::vector<TouchedLines> touched_lines(LineWalker& old, std::span<const yaml_edit::Edit> edits) {
  std::vector<TouchedLines> out;
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const yaml_edit::Edit& e = edits[i];
    const std::size_t first = old.line_of(e.offset);
    // The line after the replaced bytes too: it joins the edited one when they end a line.
    const std::size_t last = e.length > 0 ? old.line_of(e.offset + e.length) : first;
    if (!out.empty() && first <= out.back().last) {
      out.back().last = std::max(out.back().last, last);
      out.back().end = i + 1;
    } else {
      out.push_back({first, last, i, i + 1});
    }
  }
  return out;
}

/// Past this many lines on both sides of one touched run (never met in a portfolio: an edit
/// touches one line), its lines are shown removed and added, not searched for a shortest script.
constexpr std::size_t max_searched_lines = 200;

/// The shortest edit script from a to b, one op a line (' ', '-', '+'), found as `diff -u`
/// and the whole-text diff acctmgr printed before find it (Myers 1986, with the trace kept):
/// only for the few lines one run of edits touches.
std::string shortest_script(const std::vector<std::string_view>& a,
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
  std::string ops;
  long x = n, y = m;
  for (long d = static_cast<long>(trace.size()) - 1; d >= 0; --d) {
    const std::vector<long>& w = trace[static_cast<std::size_t>(d)];
    const long k = x - y;
    const bool down = k == -d || (k != d && w[at(k - 1)] < w[at(k + 1)]);
    const long prev_k = down ? k + 1 : k - 1;
    const long prev_x = d == 0 ? 0 : w[at(prev_k)];
    const long prev_y = d == 0 ? 0 : prev_x - prev_k;
    for (; x > prev_x && y > prev_y; --x, --y)
      ops += ' ';
    if (d > 0) ops += down ? '+' : '-';
    x = prev_x;
    y = prev_y;
  }
  std::reverse(ops.begin(), ops.end());
  return ops;
}

/// Slides a change that only adds or only removes lines down past the equal lines after it
/// (not into line `limit`), where the shortest edit script puts it: after an equal run.
void slide_down(LineWalker& old, LineChange& c, std::size_t limit) {
  if (c.removed == 0 && !c.added.empty()) {
    while (c.line < limit && old.at(c.line) == c.added.front()) {
      std::rotate(c.added.begin(), c.added.begin() + 1, c.added.end());
      c.added.back() = std::string(old.at(c.line));
      ++c.line;
    }
  } else if (c.added.empty() && c.removed > 0) {
    while (c.line + c.removed < limit && old.at(c.line + c.removed) == old.at(c.line))
      ++c.line;
  }
}

/// What the edits of `t` do to whole lines, as the changes a whole-text diff shows: the lines
/// at either end that stay as they were left out, the rest searched for a shortest script
/// (the lines after `t` up to `limit`, the next run's first line, stay unchanged).
void line_changes(std::string_view before, LineWalker& old, std::size_t line_count,
                  std::span<const yaml_edit::Edit> edits, const TouchedLines& t, std::size_t limit,
                  std::vector<LineChange>& out) {
  const std::size_t from = old.start(t.first);
  const std::size_t to = old.start(std::min(t.last + 1, line_count));
  std::string edited;
  std::size_t at = from;
  for (std::size_t i = t.begin; i < t.end; ++i) {
    edited.append(before.substr(at, edits[i].offset - at));
    edited.append(edits[i].text);
    at = edits[i].offset + edits[i].length;
  }
  edited.append(before.substr(at, to - at));
  std::vector<std::string_view> a = split_lines(before.substr(from, to - from));
  std::vector<std::string_view> b = split_lines(edited);
  std::size_t head = 0, tail = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head])
    ++head;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  const std::size_t removed = a.size() - head - tail, added = b.size() - head - tail;
  if (removed == 0 && added == 0) return;
  const std::size_t first_change = out.size();
  if (removed + added > max_searched_lines) {
    LineChange c{t.first + head, removed, {}};
    for (std::size_t i = head; i < head + added; ++i)
      c.added.emplace_back(b[i]);
    out.push_back(std::move(c));
  } else {
    // From the first differing line to the run's end and as many lines after it as the run
    // changes (not into the next run): a line added may pair with one of them in a script
    // as short, and the search picks the pairing the whole-text one did.
    a.erase(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(head));
    b.erase(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(head));
    const std::size_t after = std::min(t.last + 1, line_count);
    for (std::size_t line = after; line < std::min(limit, after + removed + added); ++line) {
      a.push_back(old.at(line));
      b.push_back(a.back());
    }
    const std::string ops = shortest_script(a, b);
    std::size_t ai = 0, bi = 0;
    for (std::size_t i = 0; i < ops.size();) {
      if (ops[i] == ' ') {
        ++ai, ++bi, ++i;
        continue;
      }
      LineChange c{t.first + head + ai, 0, {}};
      for (; i < ops.size() && ops[i] != ' '; ++i) {
        if (ops[i] == '-') {
          ++c.removed, ++ai;
        } else {
          c.added.emplace_back(b[bi++]);
        }
      }
      out.push_back(std::move(c));
    }
  }
  for (std::size_t i = first_change; i < out.size(); ++i)
    slide_down(old, out[i], i + 1 < out.size() ? out[i + 1].line : limit);
}

std::string hunk_range(std::size_t start, std::size_t count) {
  // diff -u: a hunk of one line shows no count; an empty one the line before it.
  if (count == 1) return fmt::format("{}", start + 1);
  return fmt::format("{},{}", count == 0 ? start : start + 1, count);
}

void diff_line(std::string& out, char op, std::string_view line) {
  out += op;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

} // namespace

std::string unified_diff(std::string_view before, std::span<const yaml_edit::Edit> edits,
                         std::string_view name) {
  yaml_edit::check_edits(edits, before.size());
  LineWalker old(before);
  const std::size_t line_count = old.count();
  const std::vector<TouchedLines> touched = touched_lines(old, edits);
  std::vector<LineChange> changes;
  for (std::size_t i = 0; i < touched.size(); ++i) {
    const std::size_t limit = i + 1 < touched.size() ? touched[i + 1].first : line_count;
    line_changes(before, old, line_count, edits, touched[i], limit, changes);
  }
  // Changes with no line between them are one: their lines removed, then their lines added.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    if (kept > 0 && changes[kept - 1].line + changes[kept - 1].removed == changes[i].line) {
      LineChange& joined = changes[kept - 1];
      joined.removed += changes[i].removed;
      std::move(changes[i].added.begin(), changes[i].added.end(), std::back_inserter(joined.added));
    } else if (kept++ != i) {
      changes[kept - 1] = std::move(changes[i]);
    }
  }
  changes.resize(kept);
  std::string out;
  std::ptrdiff_t shift = 0; // new lines less old lines before the hunk
  for (std::size_t i = 0; i < changes.size();) {
    // The changes of one hunk: unchanged runs between them of at most two contexts.
    std::size_t j = i;
    while (j + 1 < changes.size() &&
           changes[j + 1].line - (changes[j].line + changes[j].removed) <= 2 * diff_context)
      ++j;
    const std::size_t begin = changes[i].line > diff_context ? changes[i].line - diff_context : 0;
    const std::size_t end =
        std::min(line_count, changes[j].line + changes[j].removed + diff_context);
    std::string body;
    std::size_t line = begin;
    std::ptrdiff_t grown = 0;
    for (std::size_t k = i; k <= j; ++k) {
      const LineChange& c = changes[k];
      for (; line < c.line; ++line)
        diff_line(body, ' ', old.at(line));
      for (; line < c.line + c.removed; ++line)
        diff_line(body, '-', old.at(line));
      for (const std::string& added : c.added)
        diff_line(body, '+', added);
      grown += static_cast<std::ptrdiff_t>(c.added.size()) - static_cast<std::ptrdiff_t>(c.removed);
    }
    for (; line < end; ++line)
      diff_line(body, ' ', old.at(line));
    if (out.empty()) out = fmt::format("--- a/{}\n+++ b/{}\n", name, name);
    const std::size_t old_count = end - begin;
    out += fmt::format(
        "@@ -{} +{} @@\n", hunk_range(begin, old_count),
        hunk_range(static_cast<std::size_t>(static_cast<std::ptrdiff_t>(begin) + shift),
                   static_cast<std::size_t>(static_cast<std::ptrdiff_t>(old_count) + grown)));
    out += body;
    shift += grown;
    i = j + 1;
  }
  return out;
}

} // namespace acctmgr
