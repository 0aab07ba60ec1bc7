#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace acctmgr {

/// The bytes of one input file. A regular file is mapped read-only instead of copied onto the
/// heap, so that each pass over it can let go of the pages it has left behind (release): the
/// loader then holds a window of a big file, never all of it, on top of what it builds. Input
/// that cannot be mapped (standard input, a pipe, a file whose size the kernel does not report,
/// as /proc's) is held in a string, where release does nothing.
class MappedFile {
public:
  MappedFile() = default;
  /// Bytes already read (a stream): held as they are, never released.
  explicit MappedFile(std::string bytes) : bytes_(std::move(bytes)) {}
  /// The regular file at `path` mapped whole, when it is not empty and at most `max_bytes`
  /// long; else nullopt, and the caller reads it as a stream, which also says what is wrong
  /// with it (missing, unreadable, too big).
  static std::optional<MappedFile> map(const std::string& path, std::size_t max_bytes);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view text() const {
    return map_ ? std::string_view(static_cast<const char*>(map_), size_) : bytes_;
  }
  bool mapped() const { return map_ != nullptr; }
  /// Drops from memory the whole pages of the mapping inside [begin, end), a range of text():
  /// they are read again from the page cache if they are touched again, so what text() holds
  /// never changes; only what stays resident does. Nothing happens for held bytes.
  void release(const char* begin, const char* end) const;

private:
  void* map_ = nullptr; ///< the mapping, or null when the bytes are held
  std::size_t size_ = 0;
  std::string bytes_;
};

/// Makes a SIGBUS from reading a mapped input (what another process's truncating the file
/// while it is read raises) exit with status 2 and a one-line message on standard error, as
/// any input error does, instead of dying of the signal with a core dump.
void exit_on_truncated_input();

} // namespace acctmgr
