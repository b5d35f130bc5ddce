// EntityTable::Find: by the index of names the loader builds, the first of a
// name first, and still right for a table extended after it was indexed.
#include <gtest/gtest.h>

#include "checker/rules/attribution_rules.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

TEST(EntityTableTest, FindAnswersFromTheIndexAndAfterItGoesStale) {
  EntityTable table;
  table.entities = {{"OpenAI", "company", std::nullopt, 0, ""}, {"ChatGPT", "product", std::nullopt, 0, "OpenAI"},
                    {"OpenAI", "person", std::nullopt, 0, ""}};
  table.IndexNames();
  ASSERT_NE(table.Find("ChatGPT"), nullptr);
  EXPECT_EQ(table.Find("ChatGPT"), &table.entities[1]);
  EXPECT_EQ(table.Find("OpenAI")->kind, "company") << "the first listed of a name";
  EXPECT_EQ(table.Find("Anthropic"), nullptr);
  EXPECT_EQ(&table.Maker(*table.Find("ChatGPT")), &table.entities[0]);
  table.entities.push_back({"Anthropic", "company", std::nullopt, 0, ""});
  ASSERT_NE(table.Find("Anthropic"), nullptr) << "an entity added after indexing";
  EXPECT_EQ(table.Find("Anthropic")->name, "Anthropic");
}

TEST(EntityTableTest, TheShippedPackIsIndexed) {
  const EntityTable& table = testing::ShippedRules().entities;
  ASSERT_FALSE(table.entities.empty());
  for (const EntityRule& e : table.entities) {
    const EntityRule* found = table.Find(e.name);
    ASSERT_NE(found, nullptr) << e.name;
    EXPECT_EQ(found->name, e.name);
  }
}

}  // namespace
}  // namespace figcheck
