// ConflictsInvolving: the conflicts of some documents, without comparing the
// others among themselves (what review relies on to stay fast).
#include <gtest/gtest.h>

#include "checker/compare/conflicts.h"
#include "checker/compare/involving.h"
#include "checker/rules/rulebook.h"
#include "tests/claim_fixtures.h"

namespace figcheck {
namespace {

Claim Users(const std::string& doc, const std::string& value) {
  return testing::CountClaim(doc, 2, "ChatGPT", "weekly_active_users", value, "2025-05-12");
}

std::vector<std::string> Messages(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.rule + ": " + f.message);
  return out;
}

class ConflictsInvolvingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto rules = LoadRulebook(DefaultRulesDir());
    ASSERT_TRUE(rules.ok()) << rules.status().message();
    rules_ = std::move(*rules);
  }
  std::unique_ptr<Rulebook> rules_;
};

TEST_F(ConflictsInvolvingTest, OtherDocumentsAreNotComparedAmongThemselves) {
  // The draft's "over 400 million" disagrees with a's 300 million only; a and b disagree too.
  Claim draft = Users("draft.md", "400000000");
  draft.qualifier = Qualifier::kOver;
  const std::vector<Claim> claims = {draft, Users("a.md", "300000000"), Users("b.md", "500000000")};
  // Compared all with all, a-b shares a's claim with draft-a and is merged into it.
  const auto all = FindingsInvolving(FindConflicts(claims, rules_->metrics, rules_->checks), {"draft.md"});
  ASSERT_EQ(all.size(), 1u) << ::testing::PrintToString(Messages(all));
  EXPECT_EQ(all[0].claims.size(), 3u);
  const auto focused = ConflictsInvolving(claims, {"./draft.md"}, rules_->metrics, rules_->checks);
  ASSERT_EQ(focused.size(), 1u) << ::testing::PrintToString(Messages(focused));
  ASSERT_EQ(focused[0].claims.size(), 2u) << focused[0].message;
  EXPECT_EQ(focused[0].claims[0].doc, "draft.md");
  EXPECT_EQ(focused[0].claims[1].doc, "a.md");
}

TEST_F(ConflictsInvolvingTest, WithEveryDocumentInFocusItIsFindConflicts) {
  const std::vector<Claim> claims = {Users("draft.md", "800000000"), Users("a.md", "500000000"),
                                     Users("b.md", "300000000"), Users("c.md", "500000000")};
  const auto all = FindConflicts(claims, rules_->metrics, rules_->checks);
  ASSERT_FALSE(all.empty());
  const auto focused =
      ConflictsInvolving(claims, {"draft.md", "a.md", "b.md", "c.md"}, rules_->metrics, rules_->checks);
  EXPECT_EQ(Messages(focused), Messages(all));
}

}  // namespace
}  // namespace figcheck
