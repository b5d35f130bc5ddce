// The ledger stores: put, replace, remove, lookups by key and stats, the same
// on SQLite and on PostgreSQL (a server of the test's own); refusing files and
// databases that are not ledgers.
#include "checker/ledger/ledger.h"
#include "checker/ledger/schema.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/claim_fixtures.h"
#include "tests/postgres_server.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

std::string FreshLedgerPath(const std::string& name) {
  const std::string path = testing::TempDir() + "/ledger_test/" + name + "/ledger.db";
  fs::remove_all(fs::path(path).parent_path());
  return path;
}

// A new, empty ledger of the store under test: "sqlite" (a file) or "postgres" (a database).
std::unique_ptr<Ledger> OpenFreshLedger(const std::string& store, const std::string& name) {
  const std::string location = store == "postgres" ? testing::FreshPostgresDatabase(name) : FreshLedgerPath(name);
  if (location.empty()) return nullptr;
  auto ledger = Ledger::Open(location, Ledger::Mode::kCreateIfMissing);
  EXPECT_TRUE(ledger.ok()) << ledger.status().message();
  return ledger.ok() ? std::move(*ledger) : nullptr;
}

class LedgerStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  std::unique_ptr<Ledger> OpenFresh(const std::string& name) { return OpenFreshLedger(GetParam(), name); }
};

// Puts document `path` with one claim per ("entity/metric", value), failing the test if the ledger cannot.
void PutClaims(Ledger& ledger, const std::string& path, const std::vector<std::pair<std::string, std::string>>& facts) {
  std::vector<Claim> claims;
  for (const auto& [entity_metric, value] : facts) {
    const size_t slash = entity_metric.find('/');
    claims.push_back(testing::CountClaim(path, static_cast<int>(claims.size()) + 1, entity_metric.substr(0, slash),
                               entity_metric.substr(slash + 1), value));
  }
  auto put = ledger.Put({path, "h-" + path, std::nullopt, 0}, claims);
  ASSERT_TRUE(put.ok()) << put.status().message();
}

TEST_P(LedgerStoreTest, ClaimsComeBackWithEveryField) {
  auto ledger = OpenFresh("fields");
  ASSERT_NE(ledger, nullptr);
  Claim a = testing::CountClaim("a.md", 2, "NVIDIA", "revenue", "1900000000");
  a.dimension = Dimension::kCurrency;
  a.unit = "USD";
  a.qualifier = Qualifier::kRange;
  a.low = FigureValue::Read(a.dimension, "1800000000");
  a.high = FigureValue::Read(a.dimension, "2000000000");
  a.as_of = CivilDate::Year(2024);
  a.as_of_stated = true;
  a.resolution = Decimal::Parse("100000000");
  a.aspects = {Aspect::Word("expected"), Aspect::Word("q4"), Aspect::Place("US"), Aspect::Subject("revenue", "USD")};
  a.unit_mismatch = true;
  a.text = "18億至20億美元";
  Claim b = testing::CountClaim("a.md", 3, "", "", "5");  // unknown entity and metric, no aspects
  ASSERT_TRUE(ledger->Put({"a.md", "h1", "2025-05-12", 0}, {a, b}).ok());
  auto back = ledger->DocumentClaims("a.md");
  ASSERT_TRUE(back.ok()) << back.status().message();
  ASSERT_EQ(back->size(), 2u);
  EXPECT_EQ(testing::ClaimFields((*back)[0]), testing::ClaimFields(a));
  EXPECT_EQ(testing::ClaimFields((*back)[1]), testing::ClaimFields(b));
  EXPECT_EQ((*back)[0].aspects, a.aspects);  // typed again as they were: a place is a place
  ASSERT_TRUE((*back)[0].low && (*back)[0].low->number());
  EXPECT_EQ(*(*back)[0].low->number(), *a.low->number());
}

TEST_P(LedgerStoreTest, PuttingAnUnchangedDocumentChangesNothing) {
  auto ledger = OpenFresh("idempotent");
  ASSERT_NE(ledger, nullptr);
  const std::vector<Claim> claims = {testing::CountClaim("a.md", 2, "ChatGPT", "weekly_active_users", "500000000")};
  auto first = ledger->Put({"a.md", "h1", "2025-05-12", 0}, claims);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(*first, PutOutcome::kAdded);
  auto second = ledger->Put({"./a.md", "h1", "2025-05-12", 0}, claims);  // the same file, named differently
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, PutOutcome::kUnchanged);
  auto stats = ledger->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().message();
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->claims, 1);
}

TEST_P(LedgerStoreTest, AChangedDocumentHasOnlyItsNewClaims) {
  auto ledger = OpenFresh("replace");
  ASSERT_NE(ledger, nullptr);
  ASSERT_TRUE(ledger->Put({"a.md", "h1", "2025-05-12", 0},
                          {testing::CountClaim("a.md", 2, "ChatGPT", "weekly_active_users", "500000000"),
                           testing::CountClaim("a.md", 3, "OpenAI", "revenue", "1900000000")})
                  .ok());
  auto replaced = ledger->Put({"a.md", "h2", "2025-05-13", 0},
                              {testing::CountClaim("a.md", 4, "ChatGPT", "weekly_active_users", "800000000")});
  ASSERT_TRUE(replaced.ok());
  EXPECT_EQ(*replaced, PutOutcome::kReplaced);
  auto claims = ledger->DocumentClaims("a.md");
  ASSERT_TRUE(claims.ok());
  ASSERT_EQ(claims->size(), 1u);
  EXPECT_EQ((*claims)[0].value.Text(), "800000000");
  auto docs = ledger->Documents();
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].content_hash, "h2");
  EXPECT_EQ((*docs)[0].published, "2025-05-13");
  EXPECT_EQ((*docs)[0].claims, 1);
}

TEST_P(LedgerStoreTest, RemoveForgetsTheDocumentAndItsClaims) {
  auto ledger = OpenFresh("remove");
  ASSERT_NE(ledger, nullptr);
  PutClaims(*ledger, "a.md", {{"X/revenue", "1"}});
  PutClaims(*ledger, "b.md", {{"X/revenue", "2"}});
  auto removed = ledger->Remove("a.md");
  ASSERT_TRUE(removed.ok());
  EXPECT_TRUE(*removed);
  auto again = ledger->Remove("a.md");
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again);
  auto stats = ledger->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().message();
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->claims, 1);
  auto hash = ledger->StoredHash("a.md");
  ASSERT_TRUE(hash.ok());
  EXPECT_FALSE(hash->has_value());
}

TEST_P(LedgerStoreTest, StatsCountByMetricAndEntity) {
  auto ledger = OpenFresh("stats");
  ASSERT_NE(ledger, nullptr);
  PutClaims(*ledger, "a.md",
            {{"ChatGPT/weekly_active_users", "1"}, {"ChatGPT/weekly_active_users", "2"}, {"OpenAI/revenue", "3"}});
  auto stats = ledger->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().message();
  EXPECT_EQ(stats->schema_version, ledger::kSchemaVersion);
  EXPECT_GT(stats->file_bytes, 0);
  using Counts = std::vector<std::pair<std::string, int64_t>>;
  EXPECT_EQ(stats->by_metric, (Counts{{"weekly_active_users", 2}, {"revenue", 1}}));
  EXPECT_EQ(stats->by_entity, (Counts{{"ChatGPT", 2}, {"OpenAI", 1}}));
}

TEST_P(LedgerStoreTest, LookupByKeyExcludesDraftsAndKeepsDocumentOrder) {
  auto ledger = OpenFresh("keys");
  ASSERT_NE(ledger, nullptr);
  PutClaims(*ledger, "b.md",
            {{"ChatGPT/weekly_active_users", "1"}, {"OpenAI/revenue", "2"}, {"ChatGPT/weekly_active_users", "3"}});
  PutClaims(*ledger, "a.md", {{"ChatGPT/weekly_active_users", "4"}});
  PutClaims(*ledger, "draft.md", {{"ChatGPT/weekly_active_users", "5"}});
  auto found = ledger->ClaimsWithKeys({{"ChatGPT", "weekly_active_users"}}, {"./draft.md"});
  ASSERT_TRUE(found.ok()) << found.status().message();
  std::vector<std::string> values;
  for (const auto& c : *found) values.push_back(c.doc + ":" + c.value.Text());
  EXPECT_EQ(values, (std::vector<std::string>{"a.md:4", "b.md:1", "b.md:3"}));
}

INSTANTIATE_TEST_SUITE_P(Stores, LedgerStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

TEST(LedgerTest, OpeningAMissingLedgerWithoutCreateIsNotFound) {
  auto ledger = Ledger::Open(FreshLedgerPath("missing"), Ledger::Mode::kOpenExisting);
  ASSERT_FALSE(ledger.ok());
  EXPECT_EQ(ledger.status().code(), Status::Code::kNotFound);
  EXPECT_NE(ledger.status().message().find("ledger.db"), std::string::npos);
}

TEST(LedgerTest, AFileThatIsNotSqliteIsRefusedByName) {
  const std::string path = testing::WriteTempFile("ledger_test/garbage.db", std::string(8192, 'x'));
  auto ledger = Ledger::Open(path, Ledger::Mode::kOpenExisting);
  ASSERT_FALSE(ledger.ok());
  EXPECT_EQ(ledger.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(ledger.status().message().find(path), std::string::npos) << ledger.status().message();
}

}  // namespace
}  // namespace figcheck
