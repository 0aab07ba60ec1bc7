#include "edit/import_profile.hpp"

#include "text/case_fold.hpp"

#include <vector>

namespace acctmgr {

std::string separator_name(char separator) {
  return separator == '\t' ? "tab" : std::string{'\'', separator, '\''};
}

std::size_t count_fields(std::string_view line, char separator) {
  std::size_t fields = 1;
  bool quoted = false;
  for (const char c : line) {
    if (c == '"')
      quoted = !quoted; // "" inside a quoted field toggles twice
    else if (c == separator && !quoted)
      ++fields;
  }
  return fields;
}

char detect_separator(std::string_view header_line) {
  char best = kSeparators[0];
  std::size_t most = 0;
  for (const char s : kSeparators) {
    const std::size_t n = count_fields(header_line, s);
    if (n > most) best = s, most = n;
  }
  return best;
}

std::size_t after_lines(std::string_view text, int lines) {
  std::size_t at = 0;
  for (int i = 0; i < lines; ++i) {
    const std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) return std::string_view::npos;
    at = end + 1;
  }
  return at < text.size() ? at : std::string_view::npos;
}

bool matches_skip_pattern(std::string_view cell, std::string_view pattern) {
  const std::string c = fold_case(cell), p = fold_case(pattern);
  // Glob matching with `*` alone: remember the last star and retry from one character on.
  std::size_t i = 0, j = 0, star = std::string::npos, resume = 0;
  while (i < c.size()) {
    if (j < p.size() && p[j] == '*') {
      star = j++;
      resume = i;
    } else if (j < p.size() && p[j] == c[i]) {
      ++i, ++j;
    } else if (star != std::string::npos) {
      j = star + 1;
      i = ++resume;
    } else {
      return false;
    }
  }
  while (j < p.size() && p[j] == '*')
    ++j;
  return j == p.size();
}

} // namespace acctmgr
