// A `ledger add` killed (SIGKILL) mid-run leaves a sound ledger: every
// document in it has exactly the claims a fresh extraction finds, and the
// run after the kill completes what was left.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "checker/claims/extract.h"
#include "checker/document/loader.h"
#include "checker/ledger/ledger.h"
#include "tests/claim_fixtures.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

// Documents of the seed articles, repeated so each holds hundreds of claims.
std::string MakeCorpus(int documents) {
  const std::string dir = testing::TempDir() + "/ledger_kill_test/corpus";
  fs::remove_all(dir);
  std::string seeds;
  for (const auto& entry : fs::directory_iterator(testing::SourceDir() + "/seeds")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    seeds += s.str() + "\n";
  }
  for (int i = 0; i < documents; ++i) {
    std::string text = "date 2025-06-" + std::to_string(10 + i % 20) + "\n";
    for (int copy = 0; copy < 3; ++copy) text += seeds;
    testing::WriteTempFile("ledger_kill_test/corpus/doc" + std::to_string(1000 + i) + ".txt", text);
  }
  return dir;
}

// Documents committed so far, read the way any other reader would (-1: not there yet).
int64_t CommittedDocuments(const std::string& ledger) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(ledger.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return -1;
  }
  sqlite3_busy_timeout(db, 1000);
  sqlite3_stmt* stmt = nullptr;
  int64_t n = -1;
  if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM documents", -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    n = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

// Starts `figcheck ledger add` on one thread; kills it once `documents_before_kill` are committed.
// Returns false when the run finished before it could be killed.
bool AddAndKill(const std::string& ledger, const std::string& corpus, int64_t documents_before_kill) {
  const pid_t child = fork();
  if (child == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(FIGCHECK_BINARY, FIGCHECK_BINARY, "ledger", "add", "-j", "1", "--ledger", ledger.c_str(), corpus.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  while (waitpid(child, &status, WNOHANG) == 0) {
    if (CommittedDocuments(ledger) >= documents_before_kill) {
      kill(child, SIGKILL);
      waitpid(child, &status, 0);
      return WIFSIGNALED(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

// The ledger passes integrity_check and each stored document holds exactly a fresh extraction's claims.
void ExpectSoundLedger(const std::string& path, const Rulebook& rules) {
  auto ledger = Ledger::Open(path, Ledger::Mode::kOpenExisting);
  ASSERT_TRUE(ledger.ok()) << ledger.status().message();
  EXPECT_TRUE((*ledger)->CheckIntegrity().ok()) << (*ledger)->CheckIntegrity().message();
  auto docs = (*ledger)->Documents();
  ASSERT_TRUE(docs.ok());
  for (const auto& d : *docs) {
    auto doc = LoadDocument(d.path, LoadOptions{});
    ASSERT_TRUE(doc.ok());
    const std::vector<Claim> fresh = ExtractClaims(*doc, rules);
    auto stored = (*ledger)->DocumentClaims(d.path);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), fresh.size()) << d.path << " is partial";
    EXPECT_EQ(d.claims, static_cast<int64_t>(fresh.size())) << d.path;
    for (size_t i = 0; i < fresh.size(); ++i) {
      ASSERT_EQ(testing::ClaimFields((*stored)[i]), testing::ClaimFields(fresh[i])) << d.path;
    }
  }
}

TEST(LedgerKillTest, AKilledAddLeavesEveryStoredDocumentComplete) {
  constexpr int kDocuments = 60;
  const std::string corpus = MakeCorpus(kDocuments);
  const std::string ledger = testing::TempDir() + "/ledger_kill_test/ledger.db";
  fs::remove(ledger);
  fs::remove(ledger + "-wal");
  fs::remove(ledger + "-shm");
  auto rules = LoadRulebook(DefaultRulesDir());
  ASSERT_TRUE(rules.ok());
  // Killed three times, each later in the run; each run resumes where the last stopped.
  for (int64_t kill_at : {1, 8, 20}) {
    ASSERT_TRUE(AddAndKill(ledger, corpus, kill_at)) << "ledger add finished before it was killed: enlarge the corpus";
    const int64_t stored = CommittedDocuments(ledger);
    EXPECT_GE(stored, kill_at);
    EXPECT_LT(stored, kDocuments);
    ExpectSoundLedger(ledger, **rules);
  }
  auto finished = testing::RunFigcheck("ledger add --ledger " + ledger + " " + corpus);
  ASSERT_EQ(finished.exit_code, 0) << finished.err;
  EXPECT_EQ(CommittedDocuments(ledger), kDocuments);
  ExpectSoundLedger(ledger, **rules);
}

}  // namespace
}  // namespace figcheck
