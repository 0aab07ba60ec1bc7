#include "cli/terminal.hpp"

#include "text/ascii.hpp"
#include "text/text.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace acctmgr::cli {
namespace {

/// The value of environment variable `name`, or "" when unset.
std::string_view env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string_view() : std::string_view(value);
}

/// A positive number in an environment variable ($COLUMNS, $LINES), or nullopt.
std::optional<int> positive_env(const char* name) {
  const std::string_view text = env(name);
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

winsize window_size() {
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0) ws = {};
  return ws;
}

int terminal_height() {
  if (auto lines = positive_env("LINES")) return *lines;
  const winsize ws = window_size();
  return ws.ws_row > 0 ? ws.ws_row : 24;
}

/// Display columns of one line, colour sequences (ESC [ ... m) not counted.
int visible_width(std::string_view line) {
  std::string plain;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b' && i + 1 < line.size() && line[i + 1] == '[') {
      const std::size_t m = line.find('m', i);
      if (m != std::string_view::npos) {
        i = m;
        continue;
      }
    }
    plain += line[i];
  }
  return display_width(plain);
}

bool fits(std::string_view text, int width, int height) {
  int lines = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    if (visible_width(text.substr(start, end - start)) > width) return false;
    ++lines;
    start = end + 1;
  }
  return lines < height; // the shell's prompt takes the last line
}

bool on_path(std::string_view program) {
  const std::string_view path = env("PATH");
  for (std::size_t start = 0; start <= path.size();) {
    const std::size_t end = std::min(path.find(':', start), path.size());
    const std::filesystem::path dir(path.substr(start, end - start));
    if (::access((dir / program).c_str(), X_OK) == 0) return true;
    start = end + 1;
  }
  return false;
}

/// The pager's shell command, or "" for none.
std::string pager_command() {
  if (const char* pager = std::getenv("PAGER")) {
    const std::string_view p(pager);
    return p == "cat" ? std::string() : std::string(p);
  }
  return on_path("less") ? "less -FRSX" : "";
}

} // namespace

bool utf8_locale() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const std::string_view value = env(name);
    if (value.empty()) continue;
    const std::string lower = ascii_lower(value);
    return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
  }
  return false;
}

std::optional<int> terminal_width() {
  if (::isatty(STDOUT_FILENO) == 0) return std::nullopt;
  if (auto columns = positive_env("COLUMNS")) return *columns;
  const winsize ws = window_size();
  return ws.ws_col > 0 ? ws.ws_col : 80;
}

bool page(const std::string& text, int width) {
  if (fits(text, width, terminal_height())) return false;
  const std::string command = pager_command();
  if (command.empty()) return false;
  std::fflush(stdout);
  FILE* pipe = ::popen(command.c_str(), "w");
  if (pipe == nullptr)
    throw std::runtime_error("cannot start the pager '" + command + "': " + std::strerror(errno));
  // A reader who quits early closes the pipe: EPIPE (SIGPIPE is ignored) is not an error.
  std::fwrite(text.data(), 1, text.size(), pipe);
  const int status = ::pclose(pipe);
  // 127: the shell could not run the command; the user still gets the report.
  return !(WIFEXITED(status) && WEXITSTATUS(status) == 127);
}

} // namespace acctmgr::cli
