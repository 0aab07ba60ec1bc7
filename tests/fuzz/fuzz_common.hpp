#pragma once
// What the libFuzzer harnesses share: the input layout (option bytes, then segments split at
// a marker line), the checks every diagnostic and every rendered output must pass, and a
// strict JSON validator. A failed check prints what broke and aborts, which libFuzzer reports
// as a crash with the input saved.

#include "text/diagnostic.hpp"

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

/// The input being replayed, when the unit tests replay a corpus (libFuzzer names its own).
inline const char* input_name = nullptr;

/// Prints `what` and `text` (escaped, first 2000 bytes) and aborts.
[[noreturn]] inline void fail(const char* what, std::string_view text) {
  std::string shown;
  for (const char ch : text.substr(0, 2000)) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n' || (c >= 0x20 && c != 0x7F)) {
      shown += ch;
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      shown += hex;
    }
  }
  std::fprintf(stderr, "fuzz check failed%s%s: %s\n---\n%s\n---\n", input_name ? " on " : "",
               input_name ? input_name : "", what, shown.c_str());
  std::abort();
}

/// The segments of `body` separated by the marker line "\n%%\n" (a settings file, then
/// portfolios; or a portfolio, then a CSV). The marker never reaches a parser.
inline constexpr std::string_view kMarker = "\n%%\n";
inline std::vector<std::string_view> split_segments(std::string_view body,
                                                    std::size_t max_segments) {
  std::vector<std::string_view> out;
  while (out.size() + 1 < max_segments) {
    const std::size_t at = body.find(kMarker);
    if (at == std::string_view::npos) break;
    out.push_back(body.substr(0, at + 1)); // the segment keeps its last line break
    body.remove_prefix(at + kMarker.size());
  }
  out.push_back(body);
  return out;
}

/// A rendered diagnostic: the header, then, when it has a line, that line and a caret under
/// it (a problem on an empty line, such as an empty file's, may show them or not); each line
/// free of control characters (everything quoted from a file is escaped), so that user text
/// can neither break the `FILE:LINE:COL: error:` format nor reach a terminal raw.
inline void check_diagnostic(const acctmgr::Diagnostic& d) {
  const std::string text = acctmgr::format_diagnostic(d);
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      lines.push_back(std::string_view(text).substr(start, i - start));
      start = i + 1;
    } else if (c < 0x20 || c == 0x7F) {
      fail("control byte in a rendered diagnostic", text);
    }
  }
  if (text.empty() || text.back() != '\n')
    fail("a rendered diagnostic does not end its line", text);
  const bool excerpt = d.line > 0 && !d.source_line.empty();
  const bool optional = d.line > 0 && d.source_line.empty();
  if (!(lines.size() == (excerpt ? 3u : 1u) || (optional && lines.size() == 3)))
    fail("a rendered diagnostic has the wrong number of lines", text);
  if (lines.size() == 3 &&
      (lines[2].find_first_not_of(' ') != lines[2].size() - 1 || lines[2].back() != '^'))
    fail("a diagnostic's caret line is not blanks and one caret", text);
}

/// Every diagnostic of a refused input; an InputError must carry at least one.
inline void check_input_error(const acctmgr::InputError& e) {
  if (e.diagnostics().empty()) fail("InputError without diagnostics", e.what());
  for (const acctmgr::Diagnostic& d : e.diagnostics())
    check_diagnostic(d);
}

/// No control byte but line breaks and tabs (and ESC when colour is on) in rendered output.
inline void check_output_bytes(std::string_view out, bool color, const char* format) {
  for (const char ch : out) {
    const auto c = static_cast<unsigned char>(ch);
    const bool allowed =
        c >= 0x20 ? c != 0x7F : c == '\n' || c == '\r' || c == '\t' || (color && c == 0x1B);
    if (!allowed) fail(format, out);
  }
}

/// A strict RFC 8259 validator: one value, nothing after it but whitespace.
class JsonChecker {
public:
  explicit JsonChecker(std::string_view s) : s_(s) {}
  bool valid() {
    ws();
    if (!value(0)) return false;
    ws();
    return i_ == s_.size();
  }

private:
  std::string_view s_;
  std::size_t i_ = 0;

  bool at_end() const { return i_ >= s_.size(); }
  char peek() const { return at_end() ? '\0' : s_[i_]; }
  void ws() {
    while (!at_end() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }
  bool lit(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  static bool digit(char c) { return c >= '0' && c <= '9'; }
  bool digits() {
    const std::size_t start = i_;
    while (digit(peek()))
      ++i_;
    return i_ > start;
  }
  bool number() {
    if (peek() == '-') ++i_;
    if (peek() == '0') {
      ++i_;
    } else if (!digits()) {
      return false;
    }
    if (peek() == '.') {
      ++i_;
      if (!digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!digits()) return false;
    }
    return true;
  }
  bool string() {
    if (peek() != '"') return false;
    ++i_;
    while (!at_end()) {
      const auto c = static_cast<unsigned char>(s_[i_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c == '\\') {
        const char e = peek();
        ++i_;
        if (e == 'u') {
          for (int k = 0; k < 4; ++k, ++i_)
            if (!std::isxdigit(static_cast<unsigned char>(peek()))) return false;
        } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos || e == 0) {
          return false;
        }
      }
    }
    return false;
  }
  bool value(int depth) {
    if (depth > 64) return false;
    switch (peek()) {
    case '{': {
      ++i_;
      ws();
      if (peek() == '}') return ++i_, true;
      for (;;) {
        ws();
        if (!string()) return false;
        ws();
        if (peek() != ':') return false;
        ++i_;
        ws();
        if (!value(depth + 1)) return false;
        ws();
        if (peek() == '}') return ++i_, true;
        if (peek() != ',') return false;
        ++i_;
      }
    }
    case '[': {
      ++i_;
      ws();
      if (peek() == ']') return ++i_, true;
      for (;;) {
        ws();
        if (!value(depth + 1)) return false;
        ws();
        if (peek() == ']') return ++i_, true;
        if (peek() != ',') return false;
        ++i_;
      }
    }
    case '"':
      return string();
    case 't':
      return lit("true");
    case 'f':
      return lit("false");
    case 'n':
      return lit("null");
    default:
      return number();
    }
  }
};

} // namespace fuzz
