// Extraction throughput benchmark: one thread, documents streamed from disk.
//
//   bench/make_corpus.py --mb 50 && build/bench/figcheck_bench bench/corpus
//   bench/make_archive.py make --out A --articles 100000 && build/bench/figcheck_bench A/articles A/rules
//
// Reports MB/s of source text, claims per second and µs per document through
// load + decode + markup + normalise + recognise + claims, twice: without
// attribution (the figures alone) and with it (entity, metric, as-of: what
// `figcheck claims` prints), and the peak
// resident memory (getrusage), which should not grow with the corpus because
// each document is dropped once extracted. `--only claims` or `--only
// attribution` runs one of the two passes, so a profiler (callgrind) counts
// that pass alone.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "checker/claims/extract.h"
#include "checker/document/loader.h"
#include "checker/rules/rulebook.h"
#include "checker/util/malloc_tuning.h"

int main(int argc, char** argv) {
  using namespace figcheck;
  KeepFreedMemoryForReuse();  // as the figcheck CLI does
  std::vector<std::string> args(argv + 1, argv + argc);
  bool run_claims = true, run_attribution = true;
  for (size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] != "--only") continue;
    run_claims = args[i + 1] == "claims";
    run_attribution = args[i + 1] == "attribution";
    args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
    break;
  }
  if (args.empty() || (!run_claims && !run_attribution)) {
    std::cerr << "usage: figcheck_bench [--only claims|attribution] CORPUS_DIR [RULES_DIR]\n";
    return 2;
  }
  auto rules = LoadRulebook(args.size() > 1 ? args[1] : DefaultRulesDir());
  if (!rules.ok()) {
    std::cerr << rules.status().message() << '\n';
    return 2;
  }
  auto files = ListDocuments({args[0]});
  if (!files.ok()) {
    std::cerr << files.status().message() << '\n';
    return 2;
  }
  for (const bool attribute : {false, true}) {
    if (!(attribute ? run_attribution : run_claims)) continue;
    size_t bytes = 0, claims = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const auto& f : *files) {
      auto doc = LoadDocument(f, LoadOptions{});
      if (!doc.ok()) continue;
      bytes += doc->text.size();
      claims += ExtractClaims(*doc, **rules, attribute).size();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    // The three figures issue 12 sets targets for: MB/s on long documents,
    // claims/s and µs per document on short ones.
    std::printf("%-22s documents %zu, %.1f MB, claims %zu, %.2f s: %.1f MB/s, %.0f claims/s, %.1f µs per document "
                "single-thread, peak RSS %.1f MB\n",
                attribute ? "claims + attribution:" : "claims:", files->size(), bytes / 1048576.0, claims, seconds,
                bytes / 1048576.0 / seconds, claims / seconds, 1e6 * seconds / static_cast<double>(files->size()),
                usage.ru_maxrss / 1024.0);
  }
  return 0;
}
