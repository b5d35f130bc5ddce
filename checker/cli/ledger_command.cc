// ledger add / list / remove / stats.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "checker/cli/command_setup.h"
#include "checker/cli/ledger_commands.h"
#include "checker/ledger/ledger.h"
#include "checker/util/content_hash.h"
#include "reports/claim_format.h"

namespace figcheck {
namespace {

// The value of `result`, or nullopt after saying on `err` why there is none.
template <typename T>
std::optional<T> OrReport(Result<T> result, std::ostream& err) {
  if (!result.ok()) {
    err << "figcheck: " << result.status().message() << '\n';
    return std::nullopt;
  }
  return std::move(*result);
}

const char* OutcomeName(PutOutcome o) {
  switch (o) {
    case PutOutcome::kAdded: return "added";
    case PutOutcome::kReplaced: return "replaced";
    case PutOutcome::kUnchanged: return "unchanged";
  }
  return "";
}

std::string Megabytes(int64_t bytes) {
  char s[32];
  std::snprintf(s, sizeof s, "%.1f MB", bytes / 1048576.0);
  return s;
}

void WriteTop(const char* title, const std::vector<std::pair<std::string, int64_t>>& counts, std::ostream& out) {
  constexpr size_t kShown = 10;
  out << title << " (" << counts.size() << "):\n";
  for (size_t i = 0; i < counts.size() && i < kShown; ++i) {
    out << "  " << counts[i].second << "  " << (counts[i].first.empty() ? "(unknown)" : counts[i].first) << '\n';
  }
  if (counts.size() > kShown) out << "  …\n";
}

}  // namespace

int RunLedgerAdd(const CommonOptions& opts, const std::string& ledger_path, const std::vector<std::string>& paths,
                 std::ostream& out, std::ostream& err) {
  auto s = PrepareCommand(opts, paths, err);
  if (!s) return 2;
  if (std::find(s->files.begin(), s->files.end(), "-") != s->files.end()) {
    err << "figcheck ledger add: a document needs a path; standard input cannot be stored\n";
    return 2;
  }
  auto ledger = OrReport(Ledger::Open(ledger_path, Ledger::Mode::kCreateIfMissing), err);
  if (!ledger) return 2;
  // The hash is taken before extraction: if the file changes meanwhile, the
  // stored hash is older than the file and the next add extracts it again.
  int status = 0;
  std::map<std::string, std::string> hashes;
  std::vector<std::string> changed;
  for (const auto& file : s->files) {
    auto hash = FileContentHash(file);
    auto stored =
        OrReport(hash.ok() ? (*ledger)->StoredHash(file) : Result<std::optional<std::string>>(hash.status()), err);
    if (!stored) {
      status = 2;
      continue;
    }
    if (*stored == *hash) {
      out << "unchanged " << file << '\n';
      continue;
    }
    hashes[file] = *hash;
    changed.push_back(file);
  }
  s->files = changed;
  bool ledger_failed = false;
  const int extracted = ExtractAll(*s, err, [&](const DocumentResult& r) {
    if (ledger_failed) return;
    LedgerDocument doc{r.path, hashes[r.path], std::nullopt, 0};
    if (r.published) doc.published = r.published->ToIso();
    auto outcome = OrReport((*ledger)->Put(doc, r.claims), err);
    if (!outcome) {
      ledger_failed = true;
      return;
    }
    out << OutcomeName(*outcome) << ' ' << r.path << " (" << r.claims.size() << " claims)\n";
  });
  return ledger_failed ? 2 : std::max(status, extracted);
}

namespace {

// One document's claims as the JSONL gives them, gathered line by line.
struct JsonlDocument {
  std::string path;
  LedgerFields fields;
  std::vector<Claim> claims;
  bool broken = false;  // a line of it was no claim: it is not stored
};

}  // namespace

int RunLedgerAddJsonl(const std::string& ledger_path, const std::string& jsonl, std::ostream& out, std::ostream& err) {
  std::ifstream file;
  if (jsonl != "-") {
    file.open(jsonl);
    if (!file) {
      err << "figcheck ledger add: " << jsonl << ": cannot read\n";
      return 2;
    }
  }
  std::istream& in = jsonl == "-" ? std::cin : file;
  const std::string name = jsonl == "-" ? "<stdin>" : jsonl;
  auto ledger = OrReport(Ledger::Open(ledger_path, Ledger::Mode::kCreateIfMissing), err);
  if (!ledger) return 2;
  int status = 0;
  std::set<std::string> seen;  // documents already gathered: their lines must be together
  JsonlDocument current;
  auto store = [&]() -> bool {
    if (current.path.empty() || current.broken) return true;
    LedgerDocument doc{current.path, current.fields.doc_hash, current.fields.published, 0};
    auto outcome = OrReport((*ledger)->Put(doc, current.claims), err);
    if (!outcome) return false;
    out << OutcomeName(*outcome) << ' ' << current.path << " (" << current.claims.size() << " claims)\n";
    return true;
  };
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    const std::string where = name + ":" + std::to_string(number) + ": ";
    Claim claim;
    LedgerFields fields;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    Status parsed = j.is_discarded() ? Status::InvalidInput("not JSON") : ClaimFromLedgerJson(j, &claim, &fields);
    bool split = false;  // a document met again after others: its later lines are left out, its first run stays
    // A line names its document before anything else can be wrong with it.
    if (!claim.doc.empty() && claim.doc != current.path) {
      if (!store()) return 2;
      current = JsonlDocument{claim.doc, fields, {}, false};  // its first line's hash and date
      split = !seen.insert(claim.doc).second;
    }
    if (split) {
      parsed = Status::InvalidInput("the claims of " + claim.doc +
                                    " are not on consecutive lines: only their first run is stored");
    } else if (parsed.ok() && fields.doc_hash != current.fields.doc_hash) {
      parsed = Status::InvalidInput("doc_hash differs from the document's first line");
    }
    if (!parsed.ok()) {
      err << "figcheck ledger add: " << where << parsed.message()
          << (current.path.empty() || split ? "" : " (" + current.path + " is not stored)") << '\n';
      current.broken = true;
      status = 2;
      continue;
    }
    current.claims.push_back(std::move(claim));
  }
  if (in.bad()) {
    err << "figcheck ledger add: " << name << ": could not be read to its end\n";
    return 2;
  }
  return store() ? status : 2;
}

int RunLedgerList(const std::string& ledger_path, std::ostream& out, std::ostream& err) {
  auto ledger = OrReport(Ledger::Open(ledger_path, Ledger::Mode::kOpenExisting), err);
  if (!ledger) return 2;
  auto docs = OrReport((*ledger)->Documents(), err);
  if (!docs) return 2;
  for (const auto& d : *docs) {
    char claims[16];
    std::snprintf(claims, sizeof claims, "%7lld", static_cast<long long>(d.claims));
    out << d.published.value_or("(no date)  ") << ' ' << claims << "  " << d.path << '\n';
  }
  return 0;
}

int RunLedgerRemove(const std::string& ledger_path, const std::vector<std::string>& paths, std::ostream& out,
                    std::ostream& err) {
  auto ledger = OrReport(Ledger::Open(ledger_path, Ledger::Mode::kOpenExisting), err);
  if (!ledger) return 2;
  int status = 0;
  for (const auto& path : paths) {
    auto removed = OrReport((*ledger)->Remove(path), err);
    if (!removed) return 2;
    if (*removed) {
      out << "removed " << path << '\n';
    } else {
      err << "figcheck ledger remove: " << path << ": not in the ledger " << ledger_path << '\n';
      status = 2;
    }
  }
  return status;
}

int RunLedgerStats(const std::string& ledger_path, std::ostream& out, std::ostream& err) {
  auto ledger = OrReport(Ledger::Open(ledger_path, Ledger::Mode::kOpenExisting), err);
  if (!ledger) return 2;
  auto stats = OrReport((*ledger)->Stats(), err);
  if (!stats) return 2;
  out << "ledger     " << ledger_path << " (schema version " << stats->schema_version << ", "
      << Megabytes(stats->file_bytes) << ")\n"
      << "documents  " << stats->documents << '\n'
      << "claims     " << stats->claims << '\n';
  WriteTop("claims by metric", stats->by_metric, out);
  WriteTop("claims by entity", stats->by_entity, out);
  return 0;
}

}  // namespace figcheck
