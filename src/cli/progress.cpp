#include "cli/progress.hpp"

#include "text/text.hpp"

#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <system_error>
#include <unistd.h>

namespace acctmgr::cli {
namespace {

constexpr std::uintmax_t big_file = 4u << 20; // parsing takes about a second from here
constexpr std::size_t many_files = 20;

} // namespace

Progress::Progress() : terminal_(isatty(STDERR_FILENO) != 0) {}

Progress::~Progress() {
  if (shown_) std::fputs("\r\x1b[K", stderr);
}

void Progress::operator()(std::size_t index, std::size_t count, const std::string& file) {
  if (!terminal_) return;
  std::error_code ec;
  const std::uintmax_t size = file == "-" ? 0 : std::filesystem::file_size(file, ec);
  if (count < many_files && (ec || size < big_file)) return;
  fmt::print(stderr, "\r\x1b[Kacctmgr: reading {} ({} of {}, {} MB)", escape_terminal(file), index,
             count, ec ? 0 : size >> 20);
  std::fflush(stderr);
  shown_ = true;
}

} // namespace acctmgr::cli
