// CorpusCheck: a corpus checked document by document and partition by
// partition gives what comparing every claim with every other gives, whether
// its claims stay in memory or go through temporary files.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "checker/compare/apply_suppressions.h"
#include "checker/compare/conflicts.h"
#include "checker/compare/corpus_check.h"
#include "checker/compare/entity_unify.h"
#include "checker/compare/finding_confidence.h"
#include "checker/compare/internal/internal_checks.h"
#include "checker/pipeline.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

// Documents that need the whole corpus: last year's level in another article,
// a name taught by one article and used by another, a deal named from both
// sides, a suppressed finding.
const std::vector<std::pair<std::string, std::string>> kCrossDocument = {
    {"y1.txt", "台積電2023年營收為新台幣2兆元。\n"},
    {"y2.txt", "台積電2024年營收為新台幣2.9兆元，年增20%。\n"},
    {"y3.txt", "Nvidia's revenue was $27 billion in 2023.\n"},
    {"y4.txt", "Nvidia's revenue rose 10% year over year to $60.9 billion in 2024.\n"},
    {"u1.txt", "date 2026-03-01\n澜湖科技（Lanhu Motors）2024年营收达到12亿元。\n"},
    {"u2.txt", "date 2026-03-01\n澜湖科技2024年营收为15亿元。\n"},
    {"d1.txt", "In January 2025, Microsoft agreed to invest $10 billion in OpenAI.\n"},
    {"d2.txt", "OpenAI received a $13 billion investment from Microsoft in January 2025.\n"},
    {"s1.md", "<!-- figcheck-disable-next-line value-conflict: checked with the company -->\n"
              "ChatGPT had 400 million weekly users in February 2025.\n"},
    {"s2.md", "ChatGPT had 300 million weekly users in February 2025.\n"},
};

struct Extracted {
  std::vector<DocumentResult> documents;
};

Extracted ExtractCorpus() {
  const std::string dir = testing::TempDir() + "/corpus-check";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const auto& [name, text] : kCrossDocument) std::ofstream(dir + "/" + name) << text;
  std::vector<std::string> files;
  for (const std::string& folder : {testing::SourceDir() + "/seeds", testing::SourceDir() + "/tests/fixtures/corpus", dir}) {
    for (const auto& e : std::filesystem::directory_iterator(folder)) files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  Extracted out;
  PipelineOptions options;
  options.jobs = 2;
  RunExtraction(files, testing::ShippedRules(), options, [&](DocumentResult&& r) {
    EXPECT_TRUE(r.status.ok()) << r.path << ": " << r.status.message();
    out.documents.push_back(std::move(r));
  });
  return out;
}

// Every claim compared with every other, in one piece (what check did before it streamed).
std::vector<Finding> AllWithAll(const Extracted& corpus, const Rulebook& rules) {
  std::vector<Claim> claims;
  std::vector<LearnedAlias> learned;
  std::vector<Suppression> suppressions;
  for (const auto& d : corpus.documents) {
    claims.insert(claims.end(), d.claims.begin(), d.claims.end());
    learned.insert(learned.end(), d.learned.begin(), d.learned.end());
    suppressions.insert(suppressions.end(), d.suppressions.begin(), d.suppressions.end());
  }
  UnifyEntities(learned, rules.entities, &claims);
  std::vector<Finding> findings = FindConflicts(claims, rules.metrics, rules.checks);
  std::vector<Finding> internal = RunInternalChecks(claims, CheckContext{rules});
  ScoreFindings(rules.metrics, rules.checks, &internal);
  findings.insert(findings.end(), internal.begin(), internal.end());
  return ApplySuppressions(findings, suppressions);
}

std::vector<Finding> Streamed(const Extracted& corpus, const Rulebook& rules, size_t memory_bytes,
                              CorpusCheckStats* stats) {
  CorpusCheck check(rules, CorpusCheckOptions{memory_bytes, testing::TempDir()});
  for (const auto& d : corpus.documents) EXPECT_TRUE(check.Add(d.claims, d.learned, d.suppressions).ok());
  auto findings = check.Findings();
  EXPECT_TRUE(findings.ok()) << findings.status().message();
  *stats = check.stats();
  return findings.ok() ? *findings : std::vector<Finding>{};
}

std::vector<std::string> Described(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    std::string s = f.rule + "|" + std::to_string(static_cast<int>(f.severity)) + "|" + std::to_string(f.confidence) +
                    "|" + f.identity + "|" + f.message;
    for (const Claim& c : f.claims) {
      s += "|" + c.doc + ":" + std::to_string(c.line) + ":" + std::to_string(c.column) + " " + c.entity;
    }
    out.push_back(std::move(s));
  }
  return out;
}

bool SpansDocuments(const Finding& f) {
  return std::any_of(f.claims.begin(), f.claims.end(), [&](const Claim& c) { return c.doc != f.claims[0].doc; });
}

TEST(CorpusCheckTest, StreamedFindingsAreThoseOfAllWithAll) {
  const Rulebook& rules = testing::ShippedRules();
  const Extracted corpus = ExtractCorpus();
  const std::vector<Finding> reference = AllWithAll(corpus, rules);

  // The corpus exercises what needs more than one document.
  auto has = [&](const std::string& rule, const std::string& text) {
    return std::any_of(reference.begin(), reference.end(), [&](const Finding& f) {
      return f.rule == rule && SpansDocuments(f) && f.message.find(text) != std::string::npos;
    });
  };
  EXPECT_TRUE(has("stated-change", "20")) << "last year's level from another article";
  EXPECT_TRUE(has("value-conflict", "Lanhu Motors")) << "a name one article taught, used by another";
  for (const Finding& f : reference) {
    for (const Claim& c : f.claims) EXPECT_FALSE(f.rule == "value-conflict" && c.doc.ends_with("s1.md")) << f.message;
  }

  CorpusCheckStats in_memory, on_disk;
  const std::vector<Finding> memory = Streamed(corpus, rules, size_t{1} << 30, &in_memory);
  const std::vector<Finding> spilled = Streamed(corpus, rules, 1, &on_disk);
  EXPECT_FALSE(in_memory.on_disk);
  EXPECT_EQ(in_memory.partitions, 1u);
  EXPECT_TRUE(on_disk.on_disk);
  EXPECT_GT(on_disk.partitions, 100u);
  EXPECT_EQ(in_memory.claims, on_disk.claims);

  // The same findings, in the same order, however the claims were stored.
  EXPECT_EQ(Described(spilled), Described(memory));
  // And the findings of all with all (the internal checks' order within a
  // check may differ: year-over-year answers come after the check's own).
  std::vector<std::string> expected = Described(reference), got = Described(memory);
  std::sort(expected.begin(), expected.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, expected);
  EXPECT_GT(reference.size(), 10u);
}

TEST(CorpusCheckTest, CheckReportsATempFolderItCannotWriteAndExits2) {
  auto r = testing::RunFigcheck("check --memory 0 --temp-dir /nonexistent/figcheck-tmp --format json " +
                                testing::SourceDir() + "/seeds");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/figcheck-tmp"), std::string::npos) << r.err;
}

TEST(CorpusCheckTest, CheckThroughTemporaryFilesReportsWhatItReportsInMemory) {
  const std::string corpus = testing::SourceDir() + "/seeds " + testing::SourceDir() + "/tests/fixtures/corpus";
  auto memory = testing::RunFigcheck("check --format json " + corpus);
  auto files = testing::RunFigcheck("-v check --memory 0 --format json " + corpus);
  ASSERT_TRUE(memory.exit_code == 0 || memory.exit_code == 1) << memory.err;
  EXPECT_EQ(files.exit_code, memory.exit_code) << files.err;
  EXPECT_NE(files.err.find("temporary files"), std::string::npos) << files.err;
  const auto a = nlohmann::json::parse(memory.out), b = nlohmann::json::parse(files.out);
  EXPECT_FALSE(a["findings"].empty());
  EXPECT_EQ(b["findings"], a["findings"]);
}

TEST(CorpusCheckTest, CheckOfALedgerComparesItsDocuments) {
  const std::string ledger = testing::TempDir() + "/check-ledger/ledger.db";
  std::filesystem::remove_all(testing::TempDir() + "/check-ledger");
  const std::string a = testing::WriteTempFile("check-ledger/a.txt", "ChatGPT had 400 million weekly users in February 2025.\n");
  const std::string b = testing::WriteTempFile("check-ledger/b.txt", "ChatGPT had 300 million weekly users in February 2025.\n");
  ASSERT_EQ(testing::RunFigcheck("ledger add --ledger " + ledger + " " + a + " " + b).exit_code, 0);
  auto files = testing::RunFigcheck("check --format json " + a + " " + b);
  auto stored = testing::RunFigcheck("check --format json --ledger " + ledger);
  ASSERT_EQ(stored.exit_code, 1) << stored.err;
  const auto from_files = nlohmann::json::parse(files.out), from_ledger = nlohmann::json::parse(stored.out);
  ASSERT_EQ(from_ledger["findings"].size(), 1u) << stored.out;
  EXPECT_EQ(from_ledger["findings"][0]["rule"], from_files["findings"][0]["rule"]);
  EXPECT_EQ(from_ledger["summary"]["documents"], 2);
}

TEST(CorpusCheckTest, CheckWantsDocumentsOrALedgerNotBothNorNeither) {
  auto neither = testing::RunFigcheck("check");
  EXPECT_EQ(neither.exit_code, 2);
  EXPECT_NE(neither.err.find("--ledger"), std::string::npos) << neither.err;
  auto both = testing::RunFigcheck("check --ledger x.db " + testing::SourceDir() + "/seeds");
  EXPECT_EQ(both.exit_code, 2);
  auto missing = testing::RunFigcheck("check --ledger " + testing::TempDir() + "/no-such-ledger.db");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no-such-ledger.db"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace figcheck
