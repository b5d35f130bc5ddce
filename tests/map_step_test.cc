// The map step on many machines: `claims --for-ledger` over lists of files
// (here under xargs -P, standing in for Hadoop streaming or Spark's
// RDD.pipe), then `ledger add --from-jsonl` as the reduce step, stores what
// `ledger add` of the files would.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

// A corpus of its own: the seeds, the fixtures and a document without a publication date.
std::string MakeCorpus(const std::string& name) {
  const std::string dir = testing::TempDir() + "/" + name;
  fs::remove_all(dir);
  fs::create_directories(dir + "/docs");
  for (const std::string& from : {testing::SourceDir() + "/seeds", testing::SourceDir() + "/tests/fixtures/corpus"}) {
    for (const auto& e : fs::directory_iterator(from)) fs::copy_file(e.path(), dir + "/docs/" + e.path().filename().string());
  }
  std::ofstream(dir + "/docs/undated.txt") << "ChatGPT had 300 million weekly users in February 2025.\n";
  return dir;
}

TEST(MapStepTest, ClaimsUnderXargsThenFromJsonlStoresWhatLedgerAddStores) {
  const std::string dir = MakeCorpus("map-step");
  const std::string bin = FIGCHECK_BINARY;
  fs::create_directories(dir + "/parts");
  // Map: two workers, two files each, every worker writing a part of its own.
  ASSERT_EQ(testing::RunShell("find " + dir + "/docs -type f | sort | xargs -P 2 -n 2 sh -c '" + bin +
                  " claims --for-ledger --jobs 1 \"$@\" > " + dir + "/parts/part.$$' sh").exit_code,
            0);
  // Reduce: the parts into one ledger, from standard input.
  ASSERT_EQ(testing::RunShell("cat " + dir + "/parts/part.* | " + bin + " ledger add --ledger " + dir +
                              "/mapped.db --from-jsonl -").exit_code,
            0);
  auto direct = testing::RunFigcheck("ledger add --ledger " + dir + "/direct.db " + dir + "/docs");
  ASSERT_EQ(direct.exit_code, 0) << direct.err;

  auto mapped_list = testing::RunFigcheck("ledger list --ledger " + dir + "/mapped.db");
  auto direct_list = testing::RunFigcheck("ledger list --ledger " + dir + "/direct.db");
  EXPECT_EQ(mapped_list.out, direct_list.out);
  EXPECT_NE(direct_list.out.find("undated.txt"), std::string::npos) << direct_list.out;
  auto mapped = testing::RunFigcheck("check --format json --ledger " + dir + "/mapped.db");
  auto stored = testing::RunFigcheck("check --format json --ledger " + dir + "/direct.db");
  EXPECT_EQ(mapped.exit_code, stored.exit_code) << mapped.err;
  EXPECT_FALSE(nlohmann::json::parse(stored.out)["findings"].empty());
  EXPECT_EQ(mapped.out, stored.out);

  // Loading the same parts again changes nothing.
  std::string parts;
  for (const auto& e : fs::directory_iterator(dir + "/parts")) {
    std::ifstream in(e.path());
    parts.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  auto again = testing::RunFigcheck("ledger add --ledger " + dir + "/mapped.db --from-jsonl -", parts);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("unchanged"), std::string::npos) << again.out;
  EXPECT_EQ(again.out.find("added"), std::string::npos) << again.out;
  EXPECT_EQ(again.out.find("replaced"), std::string::npos) << again.out;
}

TEST(MapStepTest, FilesFromReadsAListOfPaths) {
  const std::string dir = MakeCorpus("files-from");
  std::ofstream(dir + "/list.txt") << dir << "/docs/a_hans.txt\r\n\n" << dir << "/docs/b_en.txt\n";
  auto listed = testing::RunFigcheck("claims --files-from " + dir + "/list.txt");
  auto named = testing::RunFigcheck("claims " + dir + "/docs/a_hans.txt " + dir + "/docs/b_en.txt");
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_EQ(listed.out, named.out);
  EXPECT_FALSE(listed.out.empty());
  auto from_stdin = testing::RunFigcheck("claims --files-from -", dir + "/docs/b_en.txt\n");
  EXPECT_EQ(from_stdin.out, testing::RunFigcheck("claims " + dir + "/docs/b_en.txt").out);
  auto missing = testing::RunFigcheck("claims --files-from " + dir + "/no-list.txt");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no-list.txt"), std::string::npos) << missing.err;
  auto nothing = testing::RunFigcheck("claims");
  EXPECT_EQ(nothing.exit_code, 2);
  EXPECT_NE(nothing.err.find("--files-from"), std::string::npos) << nothing.err;
}

TEST(MapStepTest, FromJsonlNamesABadLineAndStoresTheOtherDocuments) {
  const std::string dir = MakeCorpus("from-jsonl-bad");
  auto claims = testing::RunFigcheck("claims --for-ledger " + dir + "/docs/a_hans.txt " + dir + "/docs/b_en.txt");
  ASSERT_EQ(claims.exit_code, 0) << claims.err;
  // A line of a_hans.txt without its hash, and one that is not JSON at all.
  std::string jsonl = claims.out;
  const size_t hash = jsonl.find("\"doc_hash\"");
  ASSERT_NE(hash, std::string::npos);
  jsonl.replace(hash, 10, "\"no_hash\"");
  jsonl = "{not json\n" + jsonl;  // before any document: it takes none with it
  std::ofstream(dir + "/claims.jsonl") << jsonl;
  auto r = testing::RunFigcheck("ledger add --ledger " + dir + "/l.db --from-jsonl " + dir + "/claims.jsonl");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("claims.jsonl:2: field 'doc_hash'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("a_hans.txt is not stored"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not JSON"), std::string::npos) << r.err;
  auto list = testing::RunFigcheck("ledger list --ledger " + dir + "/l.db");
  EXPECT_EQ(list.out.find("a_hans.txt"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("b_en.txt"), std::string::npos) << list.out;
}

}  // namespace
}  // namespace figcheck
