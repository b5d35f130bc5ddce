// `figcheck review`: a draft against the ledger or against files; only the
// findings that involve the draft; exit codes with --fail-on.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using testing::RunFigcheck;

// A published corpus: ChatGPT's weekly users (Chinese and English) and two
// published articles that disagree with each other about NVIDIA (not the draft's business).
struct Corpus {
  std::string dir, ledger, zh, en, nvidia_a, nvidia_b;
};

std::string Write(const std::string& dir, const std::string& name, const std::string& text) {
  return testing::WriteTempFile("review_test/" + dir + "/" + name, text);
}

Corpus Publish(const std::string& name) {
  Corpus c;
  c.dir = testing::TempDir() + "/review_test/" + name;
  fs::remove_all(c.dir);
  c.ledger = c.dir + "/ledger.db";
  c.zh = Write(name, "published/zh.txt", "date 2025-05-12\n奧特曼在聽證會上透露，ChatGPT目前每週有超過5億用戶使用。\n");
  c.en = Write(name, "published/en.txt", "date 2025-05-12\nOpenAI said ChatGPT has more than 500 million weekly users.\n");
  c.nvidia_a = Write(name, "published/nvidia_a.txt", "date 2025-05-12\nNVIDIA在2024年的營收達到19億美元。\n");
  c.nvidia_b = Write(name, "published/nvidia_b.txt", "date 2025-05-12\nNVIDIA在2024年的營收達到25億美元。\n");
  auto added = RunFigcheck("ledger add --ledger " + c.ledger + " " + c.dir + "/published");
  EXPECT_EQ(added.exit_code, 0) << added.err;
  return c;
}

std::vector<std::string> DocsOf(const nlohmann::json& finding) {
  std::vector<std::string> docs;
  for (const auto& claim : finding["claims"]) docs.push_back(claim["doc"]);
  return docs;
}

TEST(ReviewTest, ReportsOnlyFindingsThatInvolveTheDraft) {
  const Corpus c = Publish("involving");
  const std::string draft = Write("involving", "draft.txt", "date 2025-05-12\nOpenAI表示，ChatGPT每週有超過8億用戶。\n");
  auto r = RunFigcheck("review --format json --ledger " + c.ledger + " " + draft);
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["findings"].size(), 1u) << r.out;
  const auto& finding = report["findings"][0];
  EXPECT_EQ(finding["rule"], "value-conflict");
  EXPECT_EQ(finding["severity"], "error");
  std::vector<std::string> docs = DocsOf(finding);
  std::sort(docs.begin(), docs.end());
  EXPECT_EQ(docs, (std::vector<std::string>{draft, c.en, c.zh}));  // sorted
  EXPECT_EQ(report["summary"]["documents"], 3);  // the draft and the two that share its facts
}

TEST(ReviewTest, TheLedgerAndTheSameFilesGiveTheSameReport) {
  const Corpus c = Publish("same");
  const std::string draft = Write("same", "draft.txt",
                                  "date 2025-05-12\nOpenAI表示，ChatGPT每週有超過8億用戶。NVIDIA在2024年的營收達到25億美元。\n");
  auto from_ledger = RunFigcheck("review --format json --ledger " + c.ledger + " " + draft);
  auto from_files = RunFigcheck("review --format json " + draft + " --against " + c.dir + "/published");
  ASSERT_EQ(from_ledger.exit_code, 1) << from_ledger.err;
  EXPECT_EQ(from_files.exit_code, from_ledger.exit_code) << from_files.err;
  EXPECT_EQ(from_files.out, from_ledger.out);
  EXPECT_EQ(nlohmann::json::parse(from_ledger.out)["findings"].size(), 2u) << from_ledger.out;
}

TEST(ReviewTest, ADraftInTheLedgerIsNotComparedWithItsStoredCopy) {
  const Corpus c = Publish("own_copy");
  const std::string draft = Write("own_copy", "draft.txt", "date 2025-05-12\nChatGPT每週有5億用戶。\n");
  ASSERT_EQ(RunFigcheck("ledger add --ledger " + c.ledger + " " + draft).exit_code, 0);
  // The draft changes after it was stored: its old 5億, one line higher, would disagree
  // with the new 6億; the published "over 500 million" agrees with it.
  Write("own_copy", "draft.txt", "date 2025-05-12\n據報導，\nChatGPT每週有6億用戶。\n");
  auto r = RunFigcheck("review --format json --fail-on info --ledger " + c.ledger + " " + draft);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(nlohmann::json::parse(r.out)["findings"].empty()) << r.out;
  // Without the exclusion there would be a finding: the old text, as another document, disagrees.
  const std::string old_copy = Write("own_copy", "old_copy.txt", "date 2025-05-12\nChatGPT每週有5億用戶。\n");
  EXPECT_EQ(RunFigcheck("review --against " + old_copy + " --ledger " + c.ledger + " " + draft).exit_code, 1);
}

TEST(ReviewTest, FailOnSetsTheExitStatus) {
  const Corpus c = Publish("fail_on");
  // A later, larger figure: a change over time, which is only a note.
  const std::string draft = Write("fail_on", "draft.txt", "date 2025-06-20\nOpenAI表示，ChatGPT每週有超過8億用戶。\n");
  auto by_default = RunFigcheck("review --ledger " + c.ledger + " " + draft);
  EXPECT_EQ(by_default.exit_code, 0) << by_default.out << by_default.err;
  EXPECT_NE(by_default.out.find("changed-over-time"), std::string::npos) << by_default.out;
  EXPECT_EQ(RunFigcheck("review --fail-on warning --ledger " + c.ledger + " " + draft).exit_code, 0);
  EXPECT_EQ(RunFigcheck("review --fail-on info --ledger " + c.ledger + " " + draft).exit_code, 1);
}

TEST(ReviewTest, ADraftWithNothingPublishedToCompareIsClean) {
  const Corpus c = Publish("clean");
  const std::string draft = Write("clean", "draft.txt", "date 2025-05-12\nTesla的營收達到250億美元。\n");
  auto r = RunFigcheck("review --format json --fail-on info --ledger " + c.ledger + " " + draft);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(nlohmann::json::parse(r.out)["findings"].empty()) << r.out;
}

TEST(ReviewTest, OutputWritesTheReportToAFile) {
  const Corpus c = Publish("output");
  const std::string draft = Write("output", "draft.txt", "date 2025-05-12\nOpenAI表示，ChatGPT每週有超過8億用戶。\n");
  const std::string file = c.dir + "/review.json";
  auto r = RunFigcheck("review --format json -o " + file + " --ledger " + c.ledger + " " + draft);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  std::ifstream in(file);
  const auto report = nlohmann::json::parse(in);
  EXPECT_EQ(report["findings"].size(), 1u);
}

TEST(ReviewTest, TheDraftsSuppressionsAreHonoured) {
  const Corpus c = Publish("suppressed");
  const std::string draft = Write("suppressed", "draft.md",
                                  "date 2025-05-12\n"
                                  "<!-- figcheck-disable-next-line value-conflict: the figure OpenAI gave, quoted -->\n"
                                  "OpenAI表示，ChatGPT每週有超過8億用戶。\n");
  auto r = RunFigcheck("review --format json --ledger " + c.ledger + " " + draft);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(nlohmann::json::parse(r.out)["findings"].empty()) << r.out;
}

TEST(ReviewTest, BadInputIsExit2) {
  const Corpus c = Publish("bad");
  auto missing_draft = RunFigcheck("review --ledger " + c.ledger + " " + c.dir + "/nope.txt");
  EXPECT_EQ(missing_draft.exit_code, 2);
  EXPECT_NE(missing_draft.err.find("nope.txt"), std::string::npos) << missing_draft.err;
  auto missing_ledger = RunFigcheck("review --ledger " + c.dir + "/none.db " + c.zh);
  EXPECT_EQ(missing_ledger.exit_code, 2);
  EXPECT_NE(missing_ledger.err.find("none.db"), std::string::npos) << missing_ledger.err;
  EXPECT_EQ(RunFigcheck("review --format yaml --ledger " + c.ledger + " " + c.zh).exit_code, 2);
}

}  // namespace
}  // namespace figcheck

namespace figcheck {
namespace {

TEST(ReviewTest, TheDraftsOwnInconsistenciesAreReportedToo) {
  // A draft that dates DeepSeek's model before the company existed (before-founding),
  // reviewed against a ledger that says nothing about it.
  Corpus c = Publish("internal");
  const std::string draft = Write("internal", "draft.txt", "date 2026-01-21\nDeepSeek在2005年初推出了開源模型R1。\n");
  auto r = RunFigcheck("review --format json --ledger " + c.ledger + " " + draft);
  ASSERT_EQ(r.exit_code, 1) << r.err << r.out;
  auto report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["findings"].size(), 1u) << r.out;
  EXPECT_EQ(report["findings"][0]["rule"], "before-founding");
}

TEST(ReviewTest, TheGateTakesItsPublishedSideFromTheLedger) {
  Corpus c = Publish("gate_ledger");
  const std::string bad = Write("gate_ledger", "new/bad.txt", "date 2025-05-20\n據報導，ChatGPT每週用戶只有3億。\n");
  const std::string good =
      Write("gate_ledger", "new/good.txt", "date 2025-05-20\nChatGPT has more than 500 million weekly users.\n");
  auto failing = RunFigcheck("gate --format json --ledger " + c.ledger + " " + bad);
  EXPECT_EQ(failing.exit_code, 1) << failing.err << failing.out;
  auto report = nlohmann::json::parse(failing.out);
  ASSERT_FALSE(report["findings"].empty());
  bool cites_published = false;
  for (const auto& claim : report["findings"][0]["claims"]) cites_published |= claim["doc"] == c.zh || claim["doc"] == c.en;
  EXPECT_TRUE(cites_published) << failing.out;
  EXPECT_EQ(RunFigcheck("gate --ledger " + c.ledger + " " + good).exit_code, 0);
  EXPECT_EQ(RunFigcheck("gate --ledger " + c.ledger + " --corpus " + c.dir + "/published " + bad).exit_code, 2);
  EXPECT_EQ(RunFigcheck("gate --ledger " + c.dir + "/missing.db " + bad).exit_code, 2);
}

TEST(ReviewTest, StoredClaimsKeepTheirStatedResolution) {
  // 225萬 and 226萬 disagree only by their last written digit: the ledger must keep it.
  const std::string dir = testing::TempDir() + "/review_test/resolution";
  fs::remove_all(dir);
  const std::string ledger = dir + "/ledger.db";
  Write("resolution", "published/a.txt", "date 2026-01-05\n比亞迪2025年交付226萬輛電動車。\n");
  const std::string draft = Write("resolution", "draft.txt", "date 2026-01-06\n比亞迪2025年交付225萬輛電動車。\n");
  ASSERT_EQ(RunFigcheck("ledger add --ledger " + ledger + " " + dir + "/published").exit_code, 0);
  auto from_ledger = RunFigcheck("review --format json --fail-on warning --ledger " + ledger + " " + draft);
  auto from_files = RunFigcheck("review --format json --fail-on warning --against " + dir + "/published " + draft);
  EXPECT_EQ(from_files.exit_code, 1) << from_files.out;
  EXPECT_EQ(from_ledger.exit_code, 1) << from_ledger.out;
  EXPECT_EQ(from_ledger.out, from_files.out);
}

}  // namespace
}  // namespace figcheck
