#include "checker/compare/corpus_check.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <utility>

#include "checker/compare/apply_suppressions.h"
#include "checker/compare/conflicts.h"
#include "checker/compare/entity_unify.h"
#include "checker/compare/finding_confidence.h"
#include "checker/compare/internal/internal_checks.h"
#include "checker/store/claim_codec.h"

namespace figcheck {
namespace {

// A partition's records: a claim, or a question with its place in the corpus.
constexpr char kClaimRecord = 'c';
constexpr char kQuestionRecord = 'q';

// Encoded claims a partition holds: an eighth of the budget. Decoded, a claim
// takes about five times its encoded bytes (measured on a generated archive:
// 210 bytes encoded), and the comparison's tables take more.
size_t PartitionBytes(size_t memory_bytes) { return std::max<size_t>(memory_bytes / 8, 1); }
// Each partition is a file of its own once on disk: stay well under the open-file limit.
constexpr size_t kMaxPartitions = 256;

// Whose facts a claim states, as FindConflicts groups them: its entity, or
// for a deal the first of the two names of the pair.
const std::string& SubjectOf(const Claim& c) {
  for (const Aspect& a : c.aspects) {
    if (a.kind == Aspect::Kind::kParty) return std::min(c.entity, a.name);
  }
  return c.entity;
}

// What FindConflicts reads: an entity and a metric, or a unit that measures another dimension.
bool Compared(const Claim& c) { return c.unit_mismatch || (!c.entity.empty() && !c.metric.empty()); }

Status DecodeDocument(std::string_view record, std::vector<Claim>* claims) {
  uint64_t n = 0;
  if (!DecodeVarint(&record, &n)) return Status::Internal("a document read back from a temporary file is damaged");
  claims->clear();
  for (uint64_t i = 0; i < n; ++i) {
    Claim c;
    if (Status s = DecodeClaim(&record, &c); !s.ok()) return s;
    claims->push_back(std::move(c));
  }
  return Status::Ok();
}

// Pass 2's output and pass 3's input: the partitions, each a record log.
class Partitions {
 public:
  Partitions(size_t count, const std::string& temp_dir, size_t memory_bytes) {
    for (size_t i = 0; i < count; ++i) logs_.push_back(std::make_unique<RecordLog>(temp_dir, memory_bytes));
  }

  Status AddClaim(const Claim& c) {
    record_.assign(1, kClaimRecord);
    EncodeClaim(c, &record_);
    return Of(c).Append(record_);
  }

  Status AddQuestion(uint64_t place, const YearOverYearQuestion& q) {
    record_.assign(1, kQuestionRecord);
    EncodeVarint(place, &record_);
    EncodeClaim(q.growth, &record_);
    EncodeClaim(q.level, &record_);
    return Of(q.level).Append(record_);
  }

  size_t size() const { return logs_.size(); }
  RecordLog& at(size_t i) { return *logs_[i]; }

 private:
  RecordLog& Of(const Claim& c) { return *logs_[std::hash<std::string>{}(SubjectOf(c)) % logs_.size()]; }

  std::vector<std::unique_ptr<RecordLog>> logs_;
  std::string record_;
};

// A partition loaded: its claims and its questions with their places.
struct LoadedPartition {
  std::vector<Claim> claims;
  std::vector<uint64_t> places;
  std::vector<YearOverYearQuestion> questions;
};

Result<LoadedPartition> Load(RecordLog& log) {
  LoadedPartition out;
  auto cursor = log.Read();
  if (!cursor.ok()) return cursor.status();
  std::string_view record;
  while (cursor->Next(&record)) {
    const char kind = record.empty() ? '\0' : record.front();
    record.remove_prefix(record.empty() ? 0 : 1);
    Status s = Status::Ok();
    if (kind == kClaimRecord) {
      out.claims.emplace_back();
      s = DecodeClaim(&record, &out.claims.back());
    } else if (kind == kQuestionRecord) {
      uint64_t place = 0;
      YearOverYearQuestion q;
      if (!DecodeVarint(&record, &place)) return Status::Internal("a partition's question is damaged");
      s = DecodeClaim(&record, &q.growth);
      if (s.ok()) s = DecodeClaim(&record, &q.level);
      out.places.push_back(place);
      out.questions.push_back(std::move(q));
    } else {
      s = Status::Internal("a partition's record is of no known kind");
    }
    if (!s.ok()) return s;
  }
  if (!cursor->status().ok()) return cursor->status();
  return out;
}

}  // namespace

std::string DefaultTempDir() {
  const char* dir = std::getenv("TMPDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/tmp";
}

CorpusCheck::CorpusCheck(const Rulebook& rules, CorpusCheckOptions options)
    : rules_(rules), options_(std::move(options)) {
  if (options_.temp_dir.empty()) options_.temp_dir = DefaultTempDir();
  documents_ = std::make_unique<RecordLog>(options_.temp_dir, options_.memory_bytes);
}

CorpusCheck::~CorpusCheck() = default;

Status CorpusCheck::Add(const std::vector<Claim>& claims, const std::vector<LearnedAlias>& learned,
                        const std::vector<Suppression>& suppressions) {
  std::string record;
  EncodeVarint(claims.size(), &record);
  for (const Claim& c : claims) EncodeClaim(c, &record);
  if (Status s = documents_->Append(record); !s.ok()) return s;
  learned_.insert(learned_.end(), learned.begin(), learned.end());
  suppressions_.insert(suppressions_.end(), suppressions.begin(), suppressions.end());
  ++stats_.documents;
  stats_.claims += claims.size();
  stats_.encoded_bytes = documents_->bytes();
  stats_.on_disk = documents_->on_disk();
  return Status::Ok();
}

Result<std::vector<Finding>> CorpusCheck::Findings() {
  // Pass 2: documents one by one.
  const size_t partition_bytes = PartitionBytes(options_.memory_bytes);
  // The claims compared are at most those encoded in pass 1: as many
  // partitions as hold them, each in memory up to its share of one partition.
  const size_t count =
      std::clamp<size_t>((stats_.encoded_bytes + partition_bytes - 1) / partition_bytes, 1, kMaxPartitions);
  stats_.partitions = count;
  Partitions partitions(count, options_.temp_dir, partition_bytes / count);
  EntityUnifier unifier(learned_, rules_.entities);
  std::vector<std::vector<Finding>> internal;  // by check, as RunInternalChecksByCheck
  std::vector<YearOverYearQuestion> questions;
  uint64_t asked = 0;
  auto cursor = documents_->Read();
  if (!cursor.ok()) return cursor.status();
  std::string_view record;
  std::vector<Claim> claims;
  while (cursor->Next(&record)) {
    if (Status s = DecodeDocument(record, &claims); !s.ok()) return s;
    unifier.Rename(&claims);
    questions.clear();
    auto found = RunInternalChecksByCheck(claims, CheckContext{rules_, &questions});
    internal.resize(found.size());
    for (size_t i = 0; i < found.size(); ++i) {
      internal[i].insert(internal[i].end(), std::make_move_iterator(found[i].begin()),
                         std::make_move_iterator(found[i].end()));
    }
    for (const Claim& c : claims) {
      if (!Compared(c)) continue;
      if (Status s = partitions.AddClaim(c); !s.ok()) return s;
    }
    for (const YearOverYearQuestion& q : questions) {
      if (Status s = partitions.AddQuestion(asked++, q); !s.ok()) return s;
    }
  }
  if (!cursor->status().ok()) return cursor->status();
  documents_.reset();  // its file is gone with it

  // Pass 3: partitions one by one.
  std::vector<Finding> conflicts;
  std::vector<std::pair<uint64_t, Finding>> answers;
  for (size_t p = 0; p < partitions.size(); ++p) {
    auto loaded = Load(partitions.at(p));
    if (!loaded.ok()) return loaded.status();
    stats_.largest_partition = std::max(stats_.largest_partition, loaded->claims.size());
    auto answered = AnswerYearOverYear(loaded->questions, loaded->claims, CheckContext{rules_});
    for (size_t q = 0; q < answered.size(); ++q) {
      for (Finding& f : answered[q]) answers.emplace_back(loaded->places[q], std::move(f));
    }
    std::map<std::string, std::vector<Claim>> subjects;
    for (Claim& c : loaded->claims) {
      const std::string subject = SubjectOf(c);
      subjects[subject].push_back(std::move(c));
    }
    loaded->claims.clear();
    for (auto& [subject, group] : subjects) {
      auto found = FindConflicts(group, rules_.metrics, rules_.checks);
      conflicts.insert(conflicts.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
      std::vector<Claim>().swap(group);
    }
  }
  OrderFindings(&conflicts);

  // The internal checks' findings in the order of their table; stated-change's
  // answers after its own, in the order the questions were asked.
  std::stable_sort(answers.begin(), answers.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  const int slot = InternalCheckSlot("stated-change");
  if (slot >= 0 && !answers.empty()) {
    internal.resize(std::max(internal.size(), static_cast<size_t>(slot) + 1));
    for (auto& [place, f] : answers) internal[static_cast<size_t>(slot)].push_back(std::move(f));
  }
  std::vector<Finding> checked;
  for (auto& findings : internal) {
    checked.insert(checked.end(), std::make_move_iterator(findings.begin()), std::make_move_iterator(findings.end()));
  }
  ScoreFindings(rules_.metrics, rules_.checks, &checked);  // conflicts come scored
  conflicts.insert(conflicts.end(), std::make_move_iterator(checked.begin()), std::make_move_iterator(checked.end()));
  return ApplySuppressions(conflicts, suppressions_);
}

}  // namespace figcheck
