// Review benchmark: one draft against a ledger of a million claims.
//
//   build/bench/figcheck_ledger_bench [--ledger FILE|postgresql://…] [--claims N] [--runs N] [DRAFT]
//
// Builds the ledger once (default /tmp/figcheck_bench_ledger.db, kept for
// later runs) through the Ledger API: a few thousand synthetic documents of
// about 350 claims each, on the rule pack's comparable metrics and its
// entities plus two thousand synthetic ones, entities and metrics drawn with
// a skew (a few are in many articles, most in few), as in a newsroom. Then
// times `figcheck review DRAFT --ledger FILE --format json` in process
// (rule loading, draft extraction, ledger lookup, comparison, report) and
// prints the median of --runs runs and the peak resident memory. The ledger
// is built in a child process, so the peak RSS printed is the review's own.
// Not a test: numbers depend on the machine.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "checker/cli/ledger_commands.h"
#include "checker/ledger/ledger.h"
#include "checker/rules/rulebook.h"

namespace figcheck {
namespace {

constexpr int kClaimsPerDocument = 350;
constexpr int kSyntheticEntities = 2000;

std::string UnitOf(Dimension d, std::mt19937_64& rng) {
  switch (d) {
    case Dimension::kCurrency: {
      static const char* const kCurrencies[] = {"USD", "USD", "TWD", "CNY"};
      return kCurrencies[rng() % 4];
    }
    case Dimension::kPower: return "W";
    case Dimension::kEnergy: return "Wh";
    case Dimension::kPercent: return "%";
    case Dimension::kRatio: return "x";
    case Dimension::kDate: return "date";
    case Dimension::kDuration: return "duration";
    case Dimension::kOther: return "rank";
    default: return "count";
  }
}

// Index in [0, n): index i with weight 1/(i+1)^0.9, so the first few are common.
class Skewed {
 public:
  explicit Skewed(size_t n) {
    double total = 0;
    for (size_t i = 0; i < n; ++i) cumulative_.push_back(total += 1.0 / std::pow(i + 1.0, 0.9));
  }
  size_t operator()(std::mt19937_64& rng) const {
    const double x = std::uniform_real_distribution<double>(0, cumulative_.back())(rng);
    return std::lower_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin();
  }

 private:
  std::vector<double> cumulative_;
};

Claim SyntheticClaim(const std::string& doc, int index, const std::string& entity, const MetricRule& metric,
                     const std::string& published, std::mt19937_64& rng) {
  Claim c;
  c.doc = doc;
  c.line = 2 + index / 3;
  c.column = 1 + static_cast<int>(rng() % 60);
  c.entity = entity;
  c.metric = metric.id;
  c.dimension = metric.dimension;
  c.unit = UnitOf(metric.dimension, rng);
  c.rule = "bench";
  if (metric.dimension == Dimension::kDate) {
    c.value = FigureValue::Read(c.dimension, "2024-0" + std::to_string(1 + rng() % 9));
  } else {
    // One true value per fact, stated with a little spread (rounding, other sources, other dates).
    const uint64_t base = std::hash<std::string>{}(entity + metric.id) % 9000 + 1000;
    c.value = FigureValue::Read(c.dimension, std::to_string(base * (90 + rng() % 21) / 100) + "000000");
  }
  static const Qualifier kQualifiers[] = {Qualifier::kExact, Qualifier::kExact, Qualifier::kOver, Qualifier::kAbout};
  c.qualifier = kQualifiers[rng() % 4];
  c.text = c.value.Text() + " " + c.unit;
  c.as_of = CivilDate::ParseIso(rng() % 3 == 0 ? published.substr(0, 7) : published);
  return c;
}

int BuildLedger(const std::string& path, int claims, const Rulebook& rules) {
  auto ledger = Ledger::Open(path, Ledger::Mode::kCreateIfMissing);
  if (!ledger.ok()) {
    std::cerr << ledger.status().message() << '\n';
    return 2;
  }
  std::vector<std::string> entities;
  for (const auto& e : rules.entities.entities) entities.push_back(e.name);
  for (int i = 0; i < kSyntheticEntities; ++i) entities.push_back("Company" + std::to_string(i));
  std::vector<const MetricRule*> metrics;
  for (const auto& m : rules.metrics.metrics) {
    if (m.compare) metrics.push_back(&m);
  }
  const Skewed pick_entity(entities.size()), pick_metric(metrics.size());
  std::mt19937_64 rng(1);
  const int documents = (claims + kClaimsPerDocument - 1) / kClaimsPerDocument;
  for (int d = 0; d < documents; ++d) {
    const std::string path = "published/article" + std::to_string(10000 + d) + ".md";
    char date[16];
    std::snprintf(date, sizeof date, "2025-%02d-%02d", 1 + d % 12, 1 + d % 28);
    std::vector<std::string> topics;
    for (int t = 0; t < 4; ++t) topics.push_back(entities[pick_entity(rng)]);
    std::vector<Claim> doc_claims;
    for (int i = 0; i < kClaimsPerDocument; ++i) {
      doc_claims.push_back(SyntheticClaim(path, i, topics[rng() % topics.size()], *metrics[pick_metric(rng)], date, rng));
    }
    auto put = (*ledger)->Put({path, "bench" + std::to_string(d), date, 0}, doc_claims);
    if (!put.ok()) {
      std::cerr << put.status().message() << '\n';
      return 2;
    }
  }
  return 0;
}

}  // namespace
}  // namespace figcheck

int main(int argc, char** argv) {
  using namespace figcheck;
  std::string ledger_path = (std::filesystem::temp_directory_path() / "figcheck_bench_ledger.db").string();
  std::string draft = std::string(FIGCHECK_SOURCE_DIR) + "/seeds/002_94ac71971e785e4d.txt";
  int claims = 1000000, runs = 7;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--ledger" && i + 1 < argc) ledger_path = argv[++i];
    else if (a == "--claims" && i + 1 < argc) claims = std::atoi(argv[++i]);
    else if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else draft = a;
  }
  // A file is built once; a PostgreSQL database (--ledger postgresql://…) when it holds no ledger yet.
  const bool postgres = IsPostgresLocation(ledger_path);
  bool built = !postgres && std::filesystem::exists(ledger_path);
  if (postgres) {
    auto existing = Ledger::Open(ledger_path, Ledger::Mode::kOpenExisting);
    auto stats = existing.ok() ? (*existing)->Stats() : Result<LedgerStats>(existing.status());
    built = stats.ok() && stats->documents > 0;
  }
  if (!built) {
    std::printf("building %s: %d claims (once; delete the file to rebuild)\n", ledger_path.c_str(), claims);
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
      auto rules = LoadRulebook(DefaultRulesDir());
      _exit(rules.ok() ? BuildLedger(ledger_path, claims, **rules) : 2);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      if (!postgres) std::filesystem::remove(ledger_path);
      return 2;
    }
    std::printf("built in %.1f s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  {
    auto ledger = Ledger::Open(ledger_path, Ledger::Mode::kOpenExisting);
    auto stats = ledger.ok() ? (*ledger)->Stats() : Result<LedgerStats>(ledger.status());
    if (!stats.ok()) {
      std::cerr << stats.status().message() << '\n';
      return 2;
    }
    std::printf("ledger: %lld documents, %lld claims, %.1f MB\n", static_cast<long long>(stats->documents),
                static_cast<long long>(stats->claims), stats->file_bytes / 1048576.0);
  }
  CommonOptions opts;
  opts.format = "json";
  opts.jobs = 1;
  ReviewSource source;
  source.ledger = ledger_path;
  std::vector<double> seconds, cpu_seconds;
  auto cpu_now = [] {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
  };
  nlohmann::json report;
  for (int r = 0; r < runs; ++r) {
    std::ostringstream out, err;
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_now();
    const int status = RunReview(opts, source, {draft}, out, err);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    cpu_seconds.push_back(cpu_now() - cpu_start);
    if (status == 2) {
      std::cerr << err.str();
      return 2;
    }
    report = nlohmann::json::parse(out.str());
  }
  std::sort(seconds.begin(), seconds.end());
  std::sort(cpu_seconds.begin(), cpu_seconds.end());
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("review %s: %zu findings, %d claims compared (draft + published with its keys)\n",
              std::filesystem::path(draft).filename().c_str(), report["findings"].size(),
              report["summary"]["claims"].get<int>());
  std::printf("review time: median %.3f s of %d runs (min %.3f, max %.3f), CPU median %.3f s; peak RSS %.1f MB\n",
              seconds[seconds.size() / 2], runs, seconds.front(), seconds.back(), cpu_seconds[cpu_seconds.size() / 2],
              usage.ru_maxrss / 1024.0);
  return 0;
}
