#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace acctmgr {

/// The threads to use for `requested` jobs (0: one per core) and `tasks` tasks: never more
/// threads than tasks, at least one.
inline unsigned thread_count(unsigned requested, std::size_t tasks) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t wanted = requested == 0 ? cores : requested;
  return static_cast<unsigned>(std::max<std::size_t>(1, std::min(wanted, tasks)));
}

/// Runs `task(i)` for each i in [0, count) on `threads` threads, each taking the next index,
/// and hands every result to `consume(i, result)` on the calling thread in index order, as
/// soon as it and all before it are done; `announce(i)` runs there just before the wait for
/// task i (a progress line, which thus stays in order and on one thread). So whatever the number of
/// threads, `consume` sees the same sequence: what it builds (a merged list, diagnostics in file
/// order) cannot depend on which task finished first. An exception from a task is rethrown, in its
/// turn, here.
template <class Result, class Task, class Announce, class Consume>
void run_ordered(std::size_t count, unsigned threads, Task&& task, Announce&& announce,
                 Consume&& consume) {
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      announce(i);
      consume(i, task(i));
    }
    return;
  }
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };
  std::vector<Slot> slots(count);
  std::mutex mutex;
  std::condition_variable finished;
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  auto work = [&] {
    for (std::size_t i; !stop && (i = next++) < count;) {
      Slot local;
      try {
        local.result.emplace(task(i));
      } catch (...) {
        local.error = std::current_exception();
      }
      const std::lock_guard lock(mutex);
      slots[i].result = std::move(local.result);
      slots[i].error = local.error;
      slots[i].done = true;
      finished.notify_all();
    }
  };
  std::vector<std::jthread> workers; // joined when this scope ends, even on an exception
  // Stop the workers first when consume throws, so that the joins do not wait for the rest.
  struct StopOnExit {
    std::atomic<bool>& stop;
    ~StopOnExit() { stop = true; }
  };
  for (unsigned t = 0; t < threads; ++t)
    workers.emplace_back(work);
  const StopOnExit stopper{stop};
  for (std::size_t i = 0; i < count; ++i) {
    announce(i);
    Slot slot;
    {
      std::unique_lock lock(mutex);
      finished.wait(lock, [&] { return slots[i].done; });
      slot = std::move(slots[i]);
    }
    if (slot.error) std::rethrow_exception(slot.error);
    consume(i, std::move(*slot.result));
  }
}

} // namespace acctmgr
