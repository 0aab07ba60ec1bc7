#pragma once

#include <cstddef>
#include <string>

namespace acctmgr::cli {

/// "acctmgr: reading FILE (3 of 40)" on one rewritten stderr line, for runs long enough to
/// leave a person waiting (a big file or many files), only when stderr is a terminal; the
/// line is erased when loading ends so that it never mixes with a report or an error.
class Progress {
public:
  Progress();
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  void operator()(std::size_t index, std::size_t count, const std::string& file);

private:
  bool terminal_;
  bool shown_ = false;
};

} // namespace acctmgr::cli
