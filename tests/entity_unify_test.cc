// UnifyEntities: names one document learned as one entity, across the corpus.
#include "checker/compare/entity_unify.h"

#include <gtest/gtest.h>

#include "checker/rules/rulebook.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

const Rulebook& Rules() { return testing::ShippedRules(); }

Claim ClaimOf(const std::string& doc, const std::string& entity) {
  Claim c;
  c.doc = doc;
  c.entity = entity;
  c.attribution = "entity " + entity + ": … ";
  return c;
}

TEST(EntityUnifyTest, NamesLearnedAsOneMeetInEveryDocument) {
  // a.txt learned 蔚来 = NIO and NIO = 蔚来汽车 (transitively); c.txt and d.txt name them alone.
  const std::vector<LearnedAlias> learned{{"NIO", "蔚来", "a.txt: learned from the bracket '(NIO)'"},
                                          {"蔚来汽车", "NIO", "b.txt: learned from the bracket '(蔚來汽車)'"}};
  std::vector<Claim> claims{ClaimOf("c.txt", "蔚來"), ClaimOf("d.txt", "蔚来汽车"), ClaimOf("e.txt", "nio"),
                            ClaimOf("f.txt", "BYD")};
  EXPECT_EQ(UnifyEntities(learned, Rules().entities, &claims), 3u);
  EXPECT_EQ(claims[0].entity, "NIO");  // Traditional and Simplified fold together
  EXPECT_EQ(claims[1].entity, "NIO");
  EXPECT_EQ(claims[2].entity, "NIO");  // ASCII case folds
  EXPECT_EQ(claims[3].entity, "BYD");  // in no group: untouched
  EXPECT_NE(claims[0].attribution.find("a.txt: learned from the bracket"), std::string::npos) << claims[0].attribution;
}

TEST(EntityUnifyTest, TheRuleBooksNameWinsThenTheLatinOne) {
  // 英伟达 learned for NVIDIA (listed) in one document: the listed name wins
  // whatever the order; with no listed name, the Latin-script one.
  std::vector<Claim> claims{ClaimOf("a.txt", "英伟达"), ClaimOf("b.txt", "小鹏"), ClaimOf("c.txt", "XPeng")};
  const std::vector<LearnedAlias> learned{{"英伟达", "NVIDIA", "x.txt"}, {"小鹏", "XPeng", "y.txt"}};
  UnifyEntities(learned, Rules().entities, &claims);
  EXPECT_EQ(claims[0].entity, "NVIDIA");
  EXPECT_EQ(claims[1].entity, "XPeng");
  EXPECT_EQ(claims[2].entity, "XPeng");
  std::vector<Claim> reversed{ClaimOf("a.txt", "英伟达")};
  UnifyEntities({{"NVIDIA", "英伟达", "x.txt"}}, Rules().entities, &reversed);
  EXPECT_EQ(reversed[0].entity, "NVIDIA");
}

TEST(EntityUnifyTest, ACheckComparesTheFiguresOfAnAliasLearnedElsewhere) {
  // Only the first article says 蔚來汽車 is NIO; the third's figure still meets the second's.
  auto report = testing::CheckTexts("unify/nio", {"date 2026-01-05\n電動車製造商蔚來汽車（NIO）宣布擴產。\n",
                                                  "date 2026-01-05\nNIO Inc. delivered 326,000 vehicles in 2025.\n",
                                                  "date 2026-01-05\n蔚来汽车2025年全年交付35万辆电动车。\n"});
  const auto findings = testing::CountedFindings(report);
  ASSERT_EQ(findings.size(), 1u) << report.dump(2);
  EXPECT_EQ(findings[0]["entity"], "NIO");
  EXPECT_EQ(findings[0]["claims"].size(), 2u);
}

TEST(EntityUnifyTest, ExplainWithACorpusSaysWhereAnAliasWasLearned) {
  const std::string taught = testing::WriteTempFile("unify/explain/taught.txt", "date 2026-01-05\n電動車製造商蔚來汽車（NIO）宣布擴產。\n");
  const std::string draft = testing::WriteTempFile("unify/explain/draft.txt", "date 2026-01-05\n蔚来汽车2025年全年交付35万辆电动车。\n");
  auto alone = testing::RunFigcheck("explain " + draft + ":2");
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  EXPECT_NE(alone.out.find("entity    蔚来"), std::string::npos) << alone.out;
  auto with = testing::RunFigcheck("explain " + draft + ":2 --corpus " + taught);
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_NE(with.out.find("entity    NIO"), std::string::npos) << with.out;
  EXPECT_NE(with.out.find("taught.txt: learned from the bracket '(NIO)'"), std::string::npos) << with.out;
  auto missing = testing::RunFigcheck("explain " + draft + ":2 --corpus " + testing::TempDir() + "/unify/none");
  EXPECT_EQ(missing.exit_code, 2) << missing.out;
}

}  // namespace
}  // namespace figcheck
