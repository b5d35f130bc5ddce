#include "checker/pipeline.h"

#include <algorithm>
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
  // Workers take the next batch of consecutive documents; finished batches
  // wait in `ready` until every earlier one has been handed to the sink. A
  // worker may run at most `window` batches ahead of the sink, which bounds
  // memory. Batches, not single documents, because each hand-over wakes a
  // thread: a corpus of short articles paid a context switch per article.
  const size_t batch = std::clamp<size_t>(files.size() / (static_cast<size_t>(jobs) * 64), 1, 16);
  const size_t batches = (files.size() + batch - 1) / batch;
  const size_t window = static_cast<size_t>(jobs) * 2;
  std::mutex mu;
  std::condition_variable worker_cv, sink_cv;
  std::map<size_t, std::vector<DocumentResult>> ready;
  size_t next_to_emit = 0;
  size_t next_to_take = 0;
  auto worker = [&] {
    while (true) {
      size_t b;
      {
        std::unique_lock<std::mutex> lock(mu);
        worker_cv.wait(lock, [&] { return next_to_take < next_to_emit + window || next_to_take >= batches; });
        if (next_to_take >= batches) return;
        b = next_to_take++;
      }
      std::vector<DocumentResult> results;
      for (size_t i = b * batch; i < std::min(files.size(), (b + 1) * batch); ++i) {
        results.push_back(ProcessOne(files[i], rules, options));
      }
      bool wanted;
      {
        std::lock_guard<std::mutex> lock(mu);
        ready.emplace(b, std::move(results));
        wanted = b == next_to_emit;
      }
      if (wanted) sink_cv.notify_one();
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t) threads.emplace_back(worker);
  while (next_to_emit < batches) {
    std::vector<DocumentResult> results;
    {
      std::unique_lock<std::mutex> lock(mu);
      sink_cv.wait(lock, [&] { return ready.count(next_to_emit) > 0; });
      results = std::move(ready[next_to_emit]);
      ready.erase(next_to_emit);
    }
    for (DocumentResult& r : results) sink(std::move(r));
    {
      std::lock_guard<std::mutex> lock(mu);
      ++next_to_emit;
    }
    worker_cv.notify_all();
  }
  for (auto& t : threads) t.join();
}

}  // namespace figcheck
