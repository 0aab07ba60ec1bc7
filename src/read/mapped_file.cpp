#include "read/mapped_file.hpp"

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace acctmgr {
namespace {

std::uintptr_t page_size() {
  static const auto size = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  return size;
}

/// Reading a page of a mapping that lies past the end of its file, which only a truncation
/// while the file is mapped can cause, raises SIGBUS with BUS_ADRERR. Only async-signal-safe
/// calls here; any other SIGBUS (a misaligned access, a kill) gets the default action.
extern "C" void exit_on_sigbus(int number, siginfo_t* info, void*) {
  if (info == nullptr || info->si_code != BUS_ADRERR) {
    ::signal(number, SIG_DFL);
    ::raise(number); // delivered when the handler returns
    return;
  }
  static constexpr char message[] =
      "acctmgr: error: an input file was truncated while it was read\n";
  [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, message, sizeof message - 1);
  ::_exit(2);
}

} // namespace

std::optional<MappedFile> MappedFile::map(const std::string& path, std::size_t max_bytes) {
  // Non-blocking: a path that became a FIFO since the caller looked must not wait for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  void* at = MAP_FAILED;
  const bool mappable = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
                        static_cast<std::uintmax_t>(st.st_size) <= max_bytes;
  if (mappable)
    at = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd); // the mapping keeps the file
  if (at == MAP_FAILED) return std::nullopt;
  MappedFile file;
  file.map_ = at;
  file.size_ = static_cast<std::size_t>(st.st_size);
  return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : map_(std::exchange(other.map_, nullptr)), size_(std::exchange(other.size_, 0)),
      bytes_(std::move(other.bytes_)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (map_) ::munmap(map_, size_);
    map_ = std::exchange(other.map_, nullptr);
    size_ = std::exchange(other.size_, 0);
    bytes_ = std::move(other.bytes_);
  }
  return *this;
}

MappedFile::~MappedFile() {
  if (map_) ::munmap(map_, size_);
}

void MappedFile::release(const char* begin, const char* end) const {
  if (!map_ || begin >= end) return;
  const auto base = reinterpret_cast<std::uintptr_t>(map_);
  const std::uintptr_t page = page_size();
  // Only the pages wholly inside the range and the mapping: the bytes either side (the next
  // piece, parsed on another thread) stay resident, and nothing else is touched.
  const std::uintptr_t first =
      (std::max(reinterpret_cast<std::uintptr_t>(begin), base) + page - 1) & ~(page - 1);
  const std::uintptr_t last =
      std::min(reinterpret_cast<std::uintptr_t>(end), base + size_) & ~(page - 1);
  if (first < last) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

void exit_on_truncated_input() {
  struct sigaction action {};
  action.sa_sigaction = exit_on_sigbus;
  action.sa_flags = SA_SIGINFO;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGBUS, &action, nullptr);
}

} // namespace acctmgr
