// Aspect: a claim's fact-splitting aspects, typed, and their text form.
#include "checker/claims/aspect.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "checker/rules/rulebook.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

TEST(AspectTest, RelationsAndWordsReadBackAsWritten) {
  for (const Aspect& a : {Aspect::Place("US"), Aspect::Subject("revenue", "USD"), Aspect::Base("2024"),
                          Aspect::Segment("data centres"), Aspect::Party("OpenAI"), Aspect::Word("q4")}) {
    EXPECT_EQ(Aspect::Parse(a.Text()), a) << a.Text();
  }
  EXPECT_EQ(Aspect::Subject("revenue", "USD").Text(), "of revenue (USD)");
  EXPECT_EQ(Aspect::Parse("in Taiwan").kind, Aspect::Kind::kPlace);
  EXPECT_EQ(Aspect::Parse("in Taiwan").name, "Taiwan");
  EXPECT_EQ(Aspect::Parse("expected").kind, Aspect::Kind::kWord);
  EXPECT_EQ(Aspect::Parse("in").kind, Aspect::Kind::kWord);  // a prefix with nothing after it names nothing
}

TEST(AspectTest, FamiliesComeFromTheRelationOrTheRuleBook) {
  const MetricTable& m = testing::ShippedRules().metrics;
  EXPECT_EQ(FamilyOf(Aspect::Place("US"), m), "place");
  EXPECT_EQ(FamilyOf(Aspect::Party("OpenAI"), m), "party");
  EXPECT_EQ(FamilyOf(Aspect::Word("quarter"), m), m.AspectFamily("quarter"));
  EXPECT_TRUE(IsFlag(Aspect::Word("expected"), m));
  EXPECT_FALSE(IsFlag(Aspect::Place("expected"), m));  // a place named "expected" is no flag
}

TEST(AspectTest, AnAspectIdOfTwoWordsIsRefused) {
  // It would read back as a relation ("in China": a place).
  const std::string dir = testing::TempDir() + "/aspect_rules";
  std::filesystem::remove_all(dir);
  std::filesystem::copy(DefaultRulesDir(), dir, std::filesystem::copy_options::recursive);
  std::string text;
  {
    std::ifstream in(dir + "/metrics.yaml");
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  const size_t at = text.find("- {id: abroad");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, std::string("- {id: abroad").size(), "- {id: in abroad");
  std::ofstream(dir + "/metrics.yaml") << text;
  auto rules = LoadRulebook(dir);
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("must be one word"), std::string::npos) << rules.status().message();
  EXPECT_NE(rules.status().message().find("metrics.yaml:"), std::string::npos) << rules.status().message();
}

}  // namespace
}  // namespace figcheck
