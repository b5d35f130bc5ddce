// `figcheck ledger add/list/remove/stats` end to end.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using testing::RunFigcheck;

struct Workspace {
  std::string dir;
  std::string ledger;
};

Workspace NewWorkspace(const std::string& name) {
  Workspace w{testing::TempDir() + "/ledger_command_test/" + name, ""};
  fs::remove_all(w.dir);
  w.ledger = w.dir + "/.figcheck/ledger.db";
  return w;
}

std::string Write(const Workspace& w, const std::string& name, const std::string& text) {
  return testing::WriteTempFile("ledger_command_test/" + fs::path(w.dir).filename().string() + "/" + name, text);
}

const char kChinese[] = "date 2025-05-12\n奧特曼在聽證會上透露，ChatGPT目前每週有超過5億用戶使用。\n";
const char kEnglish[] = "date 2025-05-13\nOpenAI said ChatGPT has more than 500 million weekly users.\n";

TEST(LedgerCommandTest, AddingTwiceChangesNothing) {
  const Workspace w = NewWorkspace("twice");
  const std::string zh = Write(w, "zh.txt", kChinese);
  const std::string en = Write(w, "en.txt", kEnglish);
  auto first = RunFigcheck("ledger add --ledger " + w.ledger + " " + zh + " " + en);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("added " + zh + " (1 claims)"), std::string::npos) << first.out;
  EXPECT_TRUE(fs::exists(w.ledger));  // and its .figcheck folder was created
  auto stats_before = RunFigcheck("ledger stats --ledger " + w.ledger);
  auto second = RunFigcheck("ledger add --ledger " + w.ledger + " " + zh + " " + en);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out, "unchanged " + zh + "\nunchanged " + en + "\n");
  auto stats_after = RunFigcheck("ledger stats --ledger " + w.ledger);
  EXPECT_EQ(stats_after.out, stats_before.out);
  EXPECT_NE(stats_after.out.find("documents  2\nclaims     2\n"), std::string::npos) << stats_after.out;
  EXPECT_NE(stats_after.out.find("2  weekly_active_users"), std::string::npos) << stats_after.out;
  EXPECT_NE(stats_after.out.find("schema version 5"), std::string::npos) << stats_after.out;
}

TEST(LedgerCommandTest, AChangedDocumentIsReplaced) {
  const Workspace w = NewWorkspace("changed");
  const std::string zh = Write(w, "zh.txt", kChinese);
  ASSERT_EQ(RunFigcheck("ledger add --ledger " + w.ledger + " " + zh).exit_code, 0);
  Write(w, "zh.txt",
        std::string(kChinese) + "NVIDIA的營收達到19億美元，OpenAI的營收達到37億美元。\n");
  auto again = RunFigcheck("ledger add --ledger " + w.ledger + " " + zh);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, "replaced " + zh + " (3 claims)\n");
  auto list = RunFigcheck("ledger list --ledger " + w.ledger);
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out, "2025-05-12       3  " + zh + "\n");
}

TEST(LedgerCommandTest, RemoveForgetsADocument) {
  const Workspace w = NewWorkspace("remove");
  const std::string zh = Write(w, "zh.txt", kChinese);
  const std::string en = Write(w, "en.txt", kEnglish);
  ASSERT_EQ(RunFigcheck("ledger add --ledger " + w.ledger + " " + zh + " " + en).exit_code, 0);
  auto removed = RunFigcheck("ledger remove --ledger " + w.ledger + " " + zh);
  ASSERT_EQ(removed.exit_code, 0) << removed.err;
  EXPECT_EQ(removed.out, "removed " + zh + "\n");
  EXPECT_EQ(RunFigcheck("ledger list --ledger " + w.ledger).out, "2025-05-13       1  " + en + "\n");
  auto unknown = RunFigcheck("ledger remove --ledger " + w.ledger + " " + zh);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find(zh), std::string::npos) << unknown.err;
}

TEST(LedgerCommandTest, ACorruptLedgerIsExit2NamingTheFile) {
  const Workspace w = NewWorkspace("corrupt");
  const std::string zh = Write(w, "zh.txt", kChinese);
  const std::string bad = Write(w, "bad.db", "SQLite format 3\nnot really: a text file that says it is\n");
  for (const std::string& command : std::vector<std::string>{"ledger list", "ledger stats", "ledger add " + zh, "review " + zh}) {
    auto r = RunFigcheck(command + " --ledger " + bad);
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_NE(r.err.find(bad), std::string::npos) << command << ": " << r.err;
  }
}

TEST(LedgerCommandTest, AnUnreadableDocumentIsNamedAndTheOthersAreStored) {
  const Workspace w = NewWorkspace("unreadable");
  const std::string zh = Write(w, "zh.txt", kChinese);
  const std::string binary = Write(w, "binary.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\xff\xfe", 18));
  auto r = RunFigcheck("ledger add --ledger " + w.ledger + " " + binary + " " + zh);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(binary), std::string::npos) << r.err;
  EXPECT_EQ(RunFigcheck("ledger list --ledger " + w.ledger).out, "2025-05-12       1  " + zh + "\n");
}

TEST(LedgerCommandTest, ListingAMissingLedgerSaysSo) {
  const Workspace w = NewWorkspace("missing");
  auto r = RunFigcheck("ledger list --ledger " + w.ledger);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no ledger"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(w.ledger));
}

}  // namespace
}  // namespace figcheck
