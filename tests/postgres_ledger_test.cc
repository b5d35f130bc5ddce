// The ledger on PostgreSQL end to end: writers at once, review as on SQLite,
// databases that are no ledger, and URIs that never show their password.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <filesystem>
#include <fstream>

#include "checker/ledger/postgres_ledger.h"
#include "tests/postgres_server.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

// Many small documents about a few facts, so two writers overlap for a while.
std::string WriteCorpus(const std::string& name, int documents) {
  const std::string dir = testing::TempDir() + "/" + name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (int i = 0; i < documents; ++i) {
    std::ofstream(dir + "/d" + std::to_string(i) + ".txt")
        << "date 2025-06-0" << (1 + i % 9) << "\nChatGPT had " << (300 + i) << " million weekly users in May 2025. "
        << "OpenAI's revenue was $" << (10 + i % 3) << " billion in 2024.\n";
  }
  return dir;
}

TEST(PostgresLedgerTest, TwoWritersAtOnceLoseNothing) {
  const std::string uri = testing::FreshPostgresDatabase("writers");
  ASSERT_FALSE(uri.empty());
  const std::string a = WriteCorpus("writers-a", 60), b = WriteCorpus("writers-b", 60);
  const std::string bin = FIGCHECK_BINARY;
  // Both add b's documents too: the same rows written by two at once.
  const std::string first = bin + " ledger add --jobs 1 --ledger '" + uri + "' " + a + " " + b + " >/dev/null";
  const std::string second = bin + " ledger add --jobs 1 --ledger '" + uri + "' " + b + " " + a + " >/dev/null";
  // Then a third pass alone, which must find nothing wrong.
  ASSERT_EQ(testing::RunShell("(" + first + ") & (" + second + ") & wait; " + first).exit_code, 0);
  auto stored = Ledger::Open(uri, Ledger::Mode::kOpenExisting);
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  auto docs = (*stored)->Documents();
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(docs->size(), 120u);
  for (const auto& d : *docs) {
    auto claims = (*stored)->DocumentClaims(d.path);
    ASSERT_TRUE(claims.ok());
    EXPECT_EQ(static_cast<int64_t>(claims->size()), d.claims) << d.path;
    EXPECT_GE(d.claims, 2) << d.path;
  }
  EXPECT_TRUE((*stored)->CheckIntegrity().ok());
}

TEST(PostgresLedgerTest, ReviewAgainstItIsReviewAgainstSqlite) {
  const std::string uri = testing::FreshPostgresDatabase("review");
  ASSERT_FALSE(uri.empty());
  const std::string published = testing::SourceDir() + "/seeds";
  const std::string file = testing::TempDir() + "/review-sqlite/ledger.db";
  ASSERT_EQ(testing::RunFigcheck("ledger add --ledger '" + uri + "' " + published).exit_code, 0);
  ASSERT_EQ(testing::RunFigcheck("ledger add --ledger " + file + " " + published).exit_code, 0);
  const std::string draft = testing::WriteTempFile(
      "review-pg/draft.txt", "date 2026-02-01\nChatGPT的每週活躍用戶已突破10億。DeepSeek於2023年12月推出模型。\n");
  auto pg = testing::RunFigcheck("review --format json --ledger '" + uri + "' " + draft);
  auto sqlite = testing::RunFigcheck("review --format json --ledger " + file + " " + draft);
  EXPECT_EQ(pg.exit_code, sqlite.exit_code) << pg.err;
  EXPECT_FALSE(nlohmann::json::parse(sqlite.out)["findings"].empty());
  EXPECT_EQ(pg.out, sqlite.out);
  auto list_pg = testing::RunFigcheck("ledger list --ledger '" + uri + "'");
  auto list_sqlite = testing::RunFigcheck("ledger list --ledger " + file);
  EXPECT_EQ(list_pg.out, list_sqlite.out);
  auto check_pg = testing::RunFigcheck("check --format json --ledger '" + uri + "'");
  auto check_sqlite = testing::RunFigcheck("check --format json --ledger " + file);
  EXPECT_EQ(check_pg.out, check_sqlite.out);
}

TEST(PostgresLedgerTest, ADatabaseOfOtherTablesIsNoLedgerAndAnEmptyOneHasNone) {
  const std::string uri = testing::FreshPostgresDatabase("others");
  ASSERT_FALSE(uri.empty());
  auto empty = Ledger::Open(uri, Ledger::Mode::kOpenExisting);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), Status::Code::kNotFound) << empty.status().message();
  PGconn* conn = PQconnectdb(uri.c_str());
  PQclear(PQexec(conn, "CREATE TABLE documents (x int)"));
  PQfinish(conn);
  auto other = Ledger::Open(uri, Ledger::Mode::kCreateIfMissing);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(other.status().message().find("not a figcheck ledger"), std::string::npos) << other.status().message();
}

TEST(PostgresLedgerTest, AServerThatCannotBeReachedIsExit2WithoutThePassword) {
  auto r = testing::RunFigcheck("ledger list --ledger 'postgresql://editor:s3cret@/newsroom?host=/nonexistent-socket'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("postgresql://editor:***@/newsroom"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("s3cret"), std::string::npos) << r.err;
}

TEST(PostgresLedgerTest, RedactedUriHidesPasswordsOnly) {
  EXPECT_EQ(RedactedUri("postgresql://u:pw@db.example:5432/ledger"), "postgresql://u:***@db.example:5432/ledger");
  EXPECT_EQ(RedactedUri("postgres://u@db/ledger?password=pw&sslmode=require"),
            "postgres://u@db/ledger?password=***&sslmode=require");
  EXPECT_EQ(RedactedUri("postgresql:///ledger?host=/run/postgresql"), "postgresql:///ledger?host=/run/postgresql");
}

}  // namespace
}  // namespace figcheck
