#include "checker/pipeline.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include "checker/claims/extract.h"

namespace figcheck {
namespace {

DocumentResult ProcessOne(const std::string& path, const Rulebook& rules, const PipelineOptions& options) {
  DocumentResult result{path, Status::Ok(), {}, {}};
  auto doc = LoadDocument(path, options.load);
  if (!doc.ok()) {
    result.status = doc.status();
    return result;
  }
  result.published = doc->published;
  if (options.all_mentions) {
    result.claims = ExtractMentions(*doc, rules);
    return result;
  }
  result.claims = ExtractClaims(*doc, rules, /*attribute=*/true, options.explain, &result.learned);
  result.suppressions = FindSuppressions(*doc);
  return result;
}

}  // namespace

void RunExtraction(const std::vector<std::string>& files, const Rulebook& rules, const PipelineOptions& options,
                   const std::function<void(DocumentResult&&)>& sink) {
  const int jobs = std::max(1, std::min<int>(options.jobs, static_cast<int>(files.size())));
  if (jobs <= 1) {
    for (const auto& f : files) sink(ProcessOne(f, rules, options));
    return;
  }
  // Workers take the next index; finished results wait in `ready` until every
  // earlier one has been handed to the sink. A worker may run at most
  // `window` documents ahead of the sink, which bounds memory.
  const size_t window = static_cast<size_t>(jobs) * 2;
  std::mutex mu;
  std::condition_variable cv;
  std::map<size_t, DocumentResult> ready;
  size_t next_to_emit = 0;
  std::atomic<size_t> next_to_take{0};
  auto worker = [&] {
    while (true) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return next_to_take.load() < next_to_emit + window || next_to_take.load() >= files.size(); });
        i = next_to_take.fetch_add(1);
      }
      if (i >= files.size()) return;
      DocumentResult r = ProcessOne(files[i], rules, options);
      {
        std::lock_guard<std::mutex> lock(mu);
        ready.emplace(i, std::move(r));
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t) threads.emplace_back(worker);
  while (next_to_emit < files.size()) {
    DocumentResult r;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return ready.count(next_to_emit) > 0; });
      r = std::move(ready[next_to_emit]);
      ready.erase(next_to_emit);
    }
    sink(std::move(r));
    {
      std::lock_guard<std::mutex> lock(mu);
      ++next_to_emit;
    }
    cv.notify_all();
  }
  for (auto& t : threads) t.join();
}

}  // namespace figcheck
