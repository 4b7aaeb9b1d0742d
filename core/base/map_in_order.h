// MapInOrder: work on items on several threads, hand the results on in the items' order.
//
// Items come from `next` (called on the calling thread, one at a time, until it returns
// nullopt); `work` runs on the worker threads; `emit` runs on the calling thread with each
// result as soon as it and every result before it are done. At most `window` items are taken
// and not yet emitted at any moment, so memory is bounded by the window, not by the number of
// items. With threads <= 1 everything runs on the calling thread, one item at a time.
//
// `work` must be safe to call from several threads at once. An exception from `work` is
// rethrown on the calling thread when its result's turn comes, after the workers stopped.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace figcheck {

template <typename Next, typename Work, typename Emit>
void MapInOrder(Next&& next, Work&& work, Emit&& emit, int threads, std::size_t window) {
  using Item = typename std::invoke_result_t<Next&>::value_type;
  using Result = std::invoke_result_t<Work&, Item&>;
  if (threads <= 1) {
    while (std::optional<Item> item = next()) emit(work(*item));
    return;
  }
  if (window < static_cast<std::size_t>(threads)) window = static_cast<std::size_t>(threads);

  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };
  std::mutex mutex;
  std::condition_variable work_ready, result_ready;
  std::deque<std::pair<std::size_t, Item>> queue;
  std::vector<Slot> slots(window);
  bool stop = false;

  auto worker = [&] {
    for (;;) {
      std::pair<std::size_t, Item> job;
      {
        std::unique_lock<std::mutex> lock(mutex);
        work_ready.wait(lock, [&] { return stop || !queue.empty(); });
        if (queue.empty()) return;
        job = std::move(queue.front());
        queue.pop_front();
      }
      Slot done;
      done.done = true;
      try {
        done.result.emplace(work(job.second));
      } catch (...) {
        done.error = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        slots[job.first % window] = std::move(done);
      }
      result_ready.notify_all();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(static_cast<std::size_t>(threads));
  for (int i = 0; i < threads; ++i) pool.emplace_back(worker);
  auto join = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
      queue.clear();
    }
    work_ready.notify_all();
    for (std::thread& t : pool) t.join();
  };

  std::size_t taken = 0, emitted = 0;
  bool more = true;
  try {
    for (;;) {
      while (more && taken - emitted < window) {
        std::optional<Item> item = next();
        if (!item) {
          more = false;
          break;
        }
        {
          std::lock_guard<std::mutex> lock(mutex);
          queue.emplace_back(taken, std::move(*item));
        }
        work_ready.notify_one();
        ++taken;
      }
      if (emitted == taken) break;
      Slot slot;
      {
        std::unique_lock<std::mutex> lock(mutex);
        Slot& waiting = slots[emitted % window];
        result_ready.wait(lock, [&] { return waiting.done; });
        slot = std::move(waiting);
        waiting = Slot{};
      }
      if (slot.error) std::rethrow_exception(slot.error);
      emit(std::move(*slot.result));
      ++emitted;
    }
  } catch (...) {
    join();
    throw;
  }
  join();
}

}  // namespace figcheck
