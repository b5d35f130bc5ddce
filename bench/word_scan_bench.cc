// Word-scan benchmark: finding every rule word in normalised text, by the
// trie figcheck uses (WordMatcher, one lane of ScanLanes), by RE2 (one
// alternation of the words, and RE2::Set), and by Hyperscan when the build
// found libhyperscan-dev. Issue 12 asks which multi-pattern matcher to build
// the one-pass scan on: this measures them on the same words and text.
//
//   build/bench/figcheck_word_scan_bench [--rules DIR] CORPUS_DIR
//
// The words: every string of the rule pack's YAML files of 1 to 24 bytes
// that holds a letter or a Han character (about the lists the extraction
// scans: units, cues, metrics, entities, qualifiers), folded as the text is
// (NormalizeString). The text: each document of CORPUS_DIR normalised once,
// before timing. Each engine scans every document; the MB/s is of normalised
// bytes, single thread, median of 3 runs. Matches differ in kind and are
// printed to show each engine did the work: the trie and RE2's alternation
// find leftmost-longest matches that do not overlap, Hyperscan every end of
// every word (overlapping), RE2::Set only which words occur. Not a test.
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#ifdef FIGCHECK_HAVE_HYPERSCAN
#include <hs/hs.h>
#endif

#include "checker/rules/lane_scan.h"
#include "checker/rules/rulebook.h"
#include "checker/rules/word_matcher.h"
#include "checker/text/normalize.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

bool IsWordLike(const std::string& s) {
  if (s.empty() || s.size() > 24) return false;
  for (unsigned char c : s) {
    if (std::isalpha(c) || c >= 0x80) return true;
  }
  return false;
}

void CollectStrings(const YAML::Node& node, std::set<std::string>* out) {
  if (node.IsScalar()) {
    const std::string s = node.Scalar();
    if (IsWordLike(s)) out->insert(NormalizeString(s));
  } else if (node.IsSequence() || node.IsMap()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (node.IsMap()) {
        CollectStrings(it->second, out);
      } else {
        CollectStrings(*it, out);
      }
    }
  }
}

std::vector<std::string> RuleWords(const std::string& dir) {
  std::set<std::string> words;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() != ".yaml") continue;
    try {
      CollectStrings(YAML::LoadFile(e.path().string()), &words);
    } catch (const YAML::Exception&) {
    }
  }
  words.erase("");
  return {words.begin(), words.end()};
}

// Median seconds of 3 runs of `scan` over every document; `matches` from the last.
double Time(const std::vector<std::string>& docs, const std::function<size_t(const std::string&)>& scan,
            size_t* matches) {
  std::vector<double> runs;
  for (int r = 0; r < 3; ++r) {
    const auto start = std::chrono::steady_clock::now();
    size_t n = 0;
    for (const auto& d : docs) n += scan(d);
    runs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    *matches = n;
  }
  std::sort(runs.begin(), runs.end());
  return runs[1];
}

std::string Escaped(const std::string& word) { return RE2::QuoteMeta(word); }

}  // namespace
}  // namespace figcheck

int main(int argc, char** argv) {
  using namespace figcheck;
  std::string rules_dir = DefaultRulesDir(), corpus;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--rules" && i + 1 < argc) rules_dir = argv[++i];
    else corpus = a;
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "usage: figcheck_word_scan_bench [--rules DIR] CORPUS_DIR\n");
    return 2;
  }
  const std::vector<std::string> words = RuleWords(rules_dir);
  std::vector<std::string> docs;
  size_t bytes = 0;
  for (const auto& e : fs::directory_iterator(corpus)) {
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    docs.push_back(NormalizeString(s.str()));
    bytes += docs.back().size();
  }
  std::printf("%zu rule words; %zu documents, %.1f MB normalised\n", words.size(), docs.size(), bytes / 1e6);
  auto report = [&](const char* name, double seconds, size_t matches, double build) {
    std::printf("%-34s %8.1f MB/s  %9zu matches  (built in %.2f s)\n", name, bytes / 1e6 / seconds, matches, build);
  };

  {  // The trie, as the extraction scans one list.
    const auto start = std::chrono::steady_clock::now();
    WordMatcher trie;
    for (size_t i = 0; i < words.size(); ++i) trie.Add(words[i], static_cast<int>(i));
    const double build = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    size_t matches = 0;
    const double t = Time(docs, [&](const std::string& d) {
      size_t n = 0;
      ScanLanes<1>(d, 0, d.size(), {&trie}, [&](size_t, size_t, const WordMatcher::Match&) { return ++n, true; });
      return n;
    }, &matches);
    report("WordMatcher trie (ScanLanes)", t, matches, build);
  }
  {  // One RE2 alternation, leftmost-longest.
    const auto start = std::chrono::steady_clock::now();
    std::string pattern;
    for (const auto& w : words) pattern += (pattern.empty() ? "" : "|") + Escaped(w);
    RE2::Options options;
    options.set_longest_match(true);
    options.set_case_sensitive(false);
    options.set_max_mem(int64_t{1} << 30);
    RE2 re("(" + pattern + ")", options);
    const double build = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!re.ok()) {
      std::printf("RE2 alternation: does not compile: %s\n", re.error().c_str());
    } else {
      size_t matches = 0;
      const double t = Time(docs, [&](const std::string& d) {
        size_t n = 0;
        re2::StringPiece in(d);
        while (RE2::FindAndConsume(&in, re)) ++n;
        return n;
      }, &matches);
      report("RE2 alternation (FindAndConsume)", t, matches, build);
    }
  }
  {  // RE2::Set: which words occur, in one pass.
    const auto start = std::chrono::steady_clock::now();
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_max_mem(int64_t{1} << 30);
    RE2::Set set(options, RE2::UNANCHORED);
    for (const auto& w : words) set.Add(Escaped(w), nullptr);
    const bool compiled = set.Compile();
    const double build = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!compiled) {
      std::printf("RE2::Set: does not compile\n");
    } else {
      size_t matches = 0;
      const double t = Time(docs, [&](const std::string& d) {
        std::vector<int> which;
        set.Match(d, &which);
        return which.size();
      }, &matches);
      report("RE2::Set (which words occur)", t, matches, build);
    }
  }
#ifdef FIGCHECK_HAVE_HYPERSCAN
  {  // Hyperscan: every end of every word.
    const auto start = std::chrono::steady_clock::now();
    std::vector<const char*> literals;
    std::vector<size_t> lengths;
    std::vector<unsigned> flags, ids;
    for (size_t i = 0; i < words.size(); ++i) {
      literals.push_back(words[i].c_str());
      lengths.push_back(words[i].size());
      flags.push_back(HS_FLAG_CASELESS);
      ids.push_back(static_cast<unsigned>(i));
    }
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    const hs_error_t compiled = hs_compile_lit_multi(literals.data(), flags.data(), ids.data(), lengths.data(),
                                                     static_cast<unsigned>(literals.size()), HS_MODE_BLOCK, nullptr,
                                                     &db, &error);
    const double build = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    hs_scratch_t* scratch = nullptr;
    if (compiled != HS_SUCCESS || hs_alloc_scratch(db, &scratch) != HS_SUCCESS) {
      std::printf("Hyperscan: does not compile: %s\n", error != nullptr ? error->message : "scratch");
    } else {
      size_t matches = 0;
      const double t = Time(docs, [&](const std::string& d) {
        size_t n = 0;
        hs_scan(db, d.data(), static_cast<unsigned>(d.size()), 0, scratch,
                [](unsigned, unsigned long long, unsigned long long, unsigned, void* count) {
                  ++*static_cast<size_t*>(count);
                  return 0;
                }, &n);
        return n;
      }, &matches);
      report("Hyperscan literals (every end)", t, matches, build);
      hs_free_scratch(scratch);
    }
    hs_free_database(db);
    hs_free_compile_error(error);
  }
#else
  std::printf("Hyperscan: not built (install libhyperscan-dev and configure again)\n");
#endif
  return 0;
}
