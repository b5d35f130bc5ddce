// Ledger schema versions: a version-1 ledger built by hand is migrated on
// open; a newer ledger or another application's database is refused.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "checker/ledger/ledger.h"
#include "checker/ledger/schema.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

// Runs `sql` on a new database file at TempDir()/name and returns its path.
std::string MakeDatabase(const std::string& name, const std::string& sql) {
  const std::string path = testing::TempDir() + "/ledger_migration_test/" + name;
  fs::create_directories(fs::path(path).parent_path());
  fs::remove(path);
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
  return path;
}

int64_t QueryInt(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  const int64_t value = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

// The schema of version 1, written out here as it was (not taken from the code under test).
const char kVersion1[] = R"sql(
  CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL,
                          published TEXT);
  CREATE TABLE claims (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
    line INTEGER NOT NULL, col INTEGER NOT NULL, text TEXT NOT NULL, entity TEXT NOT NULL, metric TEXT NOT NULL,
    dimension TEXT NOT NULL, value TEXT NOT NULL, unit TEXT NOT NULL, qualifier TEXT NOT NULL, low TEXT, high TEXT,
    as_of TEXT, rule TEXT NOT NULL, unit_mismatch INTEGER NOT NULL, aspects TEXT NOT NULL);
  CREATE INDEX claims_by_document ON claims(document_id);
  INSERT INTO documents VALUES (1, 'pub.md', 'h1', '2025-05-12');
  INSERT INTO claims VALUES (1, 1, 2, 24, '超過5億用戶', 'ChatGPT', 'weekly_active_users', 'count', '500000000',
                             'count', 'over', NULL, NULL, '2025-05-12', 'count', 0, '');
  INSERT INTO claims VALUES (2, 1, 3, 5, '19億美元', 'OpenAI', 'revenue', 'currency', '1900000000',
                             'USD', 'exact', NULL, NULL, '2024', 'unit:usd', 0, 'year');
  PRAGMA user_version = 1;
  PRAGMA application_id = 1179207491;
)sql";

TEST(LedgerMigrationTest, AVersion1LedgerIsMigratedThroughEveryStepAndKeepsItsClaims) {
  const std::string path = MakeDatabase("v1.db", kVersion1);
  {
    auto ledger = Ledger::Open(path, Ledger::Mode::kOpenExisting);
    ASSERT_TRUE(ledger.ok()) << ledger.status().message();
    auto docs = (*ledger)->Documents();
    ASSERT_TRUE(docs.ok());
    ASSERT_EQ(docs->size(), 1u);
    EXPECT_EQ((*docs)[0].claims, 2);  // the count version 2 keeps, filled in from version 1's rows
    auto found = (*ledger)->ClaimsWithKeys({{"OpenAI", "revenue"}}, {});
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ((*found)[0].value.Text(), "1900000000");
    EXPECT_EQ((*found)[0].aspects, std::vector<Aspect>{Aspect::Word("year")});
    EXPECT_FALSE((*found)[0].as_of_stated);  // version 3's column: unknown before, taken as not stated
  }
  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), ledger::kSchemaVersion);
  EXPECT_EQ(QueryInt(path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'claims_by_key'"), 1);
  // Version 4 cleared the stored hashes: the next `ledger add` re-extracts every document.
  EXPECT_EQ(QueryInt(path, "SELECT COUNT(*) FROM documents WHERE content_hash = ''"), 1);
}

TEST(LedgerMigrationTest, ANewLedgerIsAtTheCurrentVersion) {
  const std::string path = testing::TempDir() + "/ledger_migration_test/new.db";
  fs::remove(path);
  ASSERT_TRUE(Ledger::Open(path, Ledger::Mode::kCreateIfMissing).ok());
  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), ledger::kSchemaVersion);
  EXPECT_EQ(QueryInt(path, "PRAGMA application_id"), 0x46494743);
}

TEST(LedgerMigrationTest, ANewerLedgerIsRefusedAndLeftAlone) {
  const std::string path = MakeDatabase("v99.db", std::string(kVersion1) + "PRAGMA user_version = 99;");
  auto ledger = Ledger::Open(path, Ledger::Mode::kOpenExisting);
  ASSERT_FALSE(ledger.ok());
  EXPECT_NE(ledger.status().message().find(path), std::string::npos);
  EXPECT_NE(ledger.status().message().find("newer"), std::string::npos) << ledger.status().message();
  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), 99);
}

TEST(LedgerMigrationTest, AnotherApplicationsDatabaseIsRefused) {
  const std::string path = MakeDatabase("other.db", "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('x');");
  auto ledger = Ledger::Open(path, Ledger::Mode::kOpenExisting);
  ASSERT_FALSE(ledger.ok());
  EXPECT_NE(ledger.status().message().find("not a figcheck ledger"), std::string::npos) << ledger.status().message();
  EXPECT_EQ(QueryInt(path, "SELECT COUNT(*) FROM recipes"), 1);
}

}  // namespace
}  // namespace figcheck
