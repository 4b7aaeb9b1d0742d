// MapInOrder: work on items on several threads, hand the results on in the items' order.
//
// Items come from `next` (called one at a time until it returns nullopt; with threads > 1 on a
// thread of its own, so a `next` blocked on input never delays a result that is done); `work`
// runs on the worker threads; `emit` runs on the calling thread with each result as soon as it
// and every result before it are done, whether or not more items have come. At most `window` items are taken
// and not yet emitted at any moment, so memory is bounded by the window, not by the number of
// items. With threads <= 1 everything runs on the calling thread, one item at a time.
//
// `work` must be safe to call from several threads at once. An exception from `work` is
// rethrown on the calling thread when its result's turn comes, after the workers stopped (and
// after a `next` in progress returned); one from `next` after the results before it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <system_error>
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
  std::condition_variable work_ready, result_ready, room_ready;
  std::deque<std::pair<std::size_t, Item>> queue;
  std::vector<Slot> slots(window);
  bool stop = false;
  bool all_taken = false;  // `next` said nullopt (or threw: next_error)
  std::exception_ptr next_error;
  std::size_t taken = 0, emitted = 0;  // guarded by mutex

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
  // Items are taken on a thread of their own, so a `next` that waits for input (a driver that
  // writes one NDJSON line and waits for its answer) never holds back results already done.
  auto taker = [&] {
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mutex);
        room_ready.wait(lock, [&] { return stop || taken - emitted < window; });
        if (stop) return;
      }
      std::optional<Item> item;
      try {
        item = next();
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        next_error = std::current_exception();
        all_taken = true;
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (!item) {
          all_taken = true;
        } else {
          queue.emplace_back(taken, std::move(*item));
          ++taken;
        }
      }
      if (!item) {
        result_ready.notify_all();
        return;
      }
      work_ready.notify_one();
    }
  };

  std::vector<std::thread> pool;
  pool.reserve(static_cast<std::size_t>(threads));
  // A system that refuses more threads leaves the run with the ones it got (at least one).
  for (int i = 0; i < threads; ++i) {
    try {
      pool.emplace_back(worker);
    } catch (const std::system_error&) {
      if (pool.empty()) throw;
      break;
    }
  }
  std::thread taking;
  auto join = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
      queue.clear();
    }
    work_ready.notify_all();
    room_ready.notify_all();
    for (std::thread& t : pool) t.join();
    if (taking.joinable()) taking.join();  // waits for a `next` in progress to return
  };
  try {
    taking = std::thread(taker);
  } catch (...) {
    join();
    throw;
  }

  try {
    for (;;) {
      Slot slot;
      {
        std::unique_lock<std::mutex> lock(mutex);
        result_ready.wait(lock, [&] { return slots[emitted % window].done || (all_taken && emitted == taken); });
        Slot& waiting = slots[emitted % window];
        if (!waiting.done) break;  // everything taken has been emitted
        slot = std::move(waiting);
        waiting = Slot{};
      }
      if (slot.error) std::rethrow_exception(slot.error);
      emit(std::move(*slot.result));
      {
        // Counted once emitted, so at most `window` items are ever taken and not yet emitted.
        std::lock_guard<std::mutex> lock(mutex);
        ++emitted;
      }
      room_ready.notify_one();
    }
  } catch (...) {
    join();
    throw;
  }
  join();
  if (next_error) std::rethrow_exception(next_error);
}

}  // namespace figcheck
