// Entity discovery: names that rules/entities.yaml does not list, found in
// texts written here (Traditional and Simplified Chinese, English; none from a
// gold set), and the claims they then own.
#include "checker/claims/entity_discovery.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "checker/quantity/recognizer.h"
#include "checker/rules/rulebook.h"
#include "checker/text/normalize.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;
using testing::ClaimsOf;
using testing::ClaimWithText;

const Rulebook& Rules() { return testing::ShippedRules(); }

struct Found {
  std::string name;
  std::string kind;
  int mentions = 0;
};

// The discovered entities of `text` that have mentions, by canonical name.
std::vector<Found> Discover(const std::string& text) {
  const NormalizedText normalized = Normalize(text);
  const auto quantities = RecognizeQuantities(normalized, Rules(), RecognizeContext{});
  const DocumentEntities found = DiscoverEntities(normalized.text, quantities, Rules());
  std::vector<Found> out;
  for (const auto& m : found.mentions) {
    if (!found.IsDiscovered(m.index)) continue;
    const EntityRule& e = found.Discovered(m.index).rule;
    auto it = std::find_if(out.begin(), out.end(), [&](const Found& f) { return f.name == e.name; });
    if (it == out.end()) out.push_back({e.name, e.kind, 1});
    else ++it->mentions;
  }
  return out;
}

const Found* Named(const std::vector<Found>& found, const std::string& name) {
  auto it = std::find_if(found.begin(), found.end(), [&](const Found& f) { return f.name == name; });
  return it == found.end() ? nullptr : &*it;
}

TEST(EntityDiscoveryTest, EnglishCompanyWithSuffixAndTicker) {
  auto found = Discover("Harbor Freight Robotics Inc. (NASDAQ: HFRX) said revenue rose to $1.2 billion. "
                        "Shares of HFRX climbed 4%.");
  const Found* f = Named(found, "Harbor Freight Robotics");
  ASSERT_NE(f, nullptr) << "the corporate suffix is dropped from the canonical name";
  EXPECT_EQ(f->kind, "company");
  EXPECT_EQ(f->mentions, 3) << "the name, the ticker in brackets and the ticker alone are one entity";
}

TEST(EntityDiscoveryTest, SentenceInitialAndCommonWordsAreNoNames) {
  auto found = Discover("Revenue rose 5% at Quillfeather Systems. Analysts said revenue would grow. "
                        "Energy demand doubled, and Quillfeather Systems hired 200 people.");
  EXPECT_EQ(Named(found, "Revenue"), nullptr);
  EXPECT_EQ(Named(found, "Analysts"), nullptr);
  EXPECT_EQ(Named(found, "Energy"), nullptr) << "a capitalised common word alone names no one";
  ASSERT_NE(Named(found, "Quillfeather Systems"), nullptr);
}

TEST(EntityDiscoveryTest, LabelsAndCompoundsAreNoNames) {
  auto found = Discover("What Happened: the non-GAAP margin of the AI-capable line was 40%, per ZetaCorp.com.");
  EXPECT_TRUE(found.empty()) << found.front().name;
}

TEST(EntityDiscoveryTest, ChineseNameBeforeAnOrganisationSuffix) {
  // Traditional: 翠峰汽車公司 is 翠峰; a description (這家科技公司, 美國公司) is no name.
  auto found = Discover("翠峰汽車公司第三季營收達50億元。這家科技公司表示，翠峰將擴產。美國公司也在觀望。");
  const Found* f = Named(found, NormalizeString("翠峰"));
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, "company");
  EXPECT_EQ(f->mentions, 2) << "the stem alone names it too";
  EXPECT_EQ(found.size(), 1u);
}

TEST(EntityDiscoveryTest, APlacesOrganisationIsNamedByPlaceAndSuffix) {
  // A budget or a disaster story: 花蓮縣政府 is one organisation; 花蓮 alone is the place.
  if (Rules().discovery.lexicon_path.empty()) GTEST_SKIP() << "no lexicon installed";
  auto found = Discover("花蓮縣政府今天表示，地震損失超過20億元，花蓮縣政府已撥款5000萬元。外國公司也在觀望。");
  const Found* f = Named(found, NormalizeString("花蓮縣政府"));
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->mentions, 2);
  EXPECT_EQ(found.size(), 1u) << "外國公司 describes";
  auto c = ClaimsOf("discovery/quake.txt", "date 2026-03-01\n台北市政府宣布編列300億元重建預算。\n");
  EXPECT_EQ(ClaimWithText(c, "300億元")["entity"], NormalizeString("台北市政府"));
}

TEST(EntityDiscoveryTest, AliasLearnedFromBracketsIsTheLatinForm) {
  // Simplified: the Chinese name before the Latin one in brackets is the Latin one's.
  auto found = Discover("电动车新创澜湖科技（Lanhu Motors）今年交付10万辆。Lanhu Motors的营收增长30%，澜湖计划扩产。");
  const Found* f = Named(found, "Lanhu Motors");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->mentions, 4);
  EXPECT_EQ(Named(found, NormalizeString("澜湖")), nullptr) << "linked, not an entity of its own";
}

TEST(EntityDiscoveryTest, TermAbbreviationsAreNoNames) {
  auto found = Discover("受高效能運算（HPC）與物聯網（IOT）需求帶動，營收成長12%。");
  EXPECT_TRUE(found.empty()) << found.front().name;
}

TEST(EntityDiscoveryTest, PersonsByTitleAndSurname) {
  auto found = Discover("Finance chief Marla Quenby said margins would reach 45%. Quenby added that costs fell. "
                        "Marla Quenby joined in 2019.");
  const Found* f = Named(found, "Marla Quenby");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, "person");
  EXPECT_EQ(f->mentions, 3) << "the surname alone is the person";
}

TEST(EntityDiscoveryTest, CitedSourcesAreNotSubjects) {
  auto found = Discover("Analysts polled by Statwise expected sales of $3 billion, and Orbital Cargo Corp beat that.");
  EXPECT_EQ(Named(found, "Statwise"), nullptr);
  EXPECT_NE(Named(found, "Orbital Cargo"), nullptr);
  auto zh = Discover("據晨光網報導，青禾控股公司營收成長8%。");
  EXPECT_EQ(zh.size(), 1u);
  EXPECT_NE(Named(zh, NormalizeString("青禾")), nullptr);
}

TEST(EntityDiscoveryTest, BesideAListedCompanyOnlyCompanyMarksCompete) {
  // Tesla is listed: a bare capitalised name beside it needs a company's marks.
  auto found = Discover("Tesla delivered 400,000 cars. Brightwater delivered 5,000 and Brightwater Motors Inc. 6,000.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Brightwater Motors");
}

TEST(EntityDiscoveryTest, LexiconOrganisations) {
  if (Rules().discovery.lexicon_path.empty()) {
    if (std::getenv("FIGCHECK_REQUIRE_TOOLS") != nullptr) FAIL() << "no lexicon: install python3-jieba (./setup.sh)";
    GTEST_SKIP() << "no lexicon installed";
  }
  auto found = Discover("国务院宣布拨款500亿元用于灾后重建。");
  EXPECT_NE(Named(found, "国务院"), nullptr);
}

// The claims: a figure about a company no list names is that company's, in
// every script, so two articles about it meet.
TEST(EntityDiscoveryTest, ClaimsOfUnlistedCompaniesMeetAcrossScripts) {
  auto hant = ClaimsOf("discovery/hant.txt", "date 2026-03-01\n翠峰汽車公司去年營收達到50億元，年增12%。\n");
  auto hans = ClaimsOf("discovery/hans.txt", "date 2026-03-01\n翠峰汽车公司去年营收达到52亿元。\n");
  EXPECT_EQ(ClaimWithText(hant, "50億元")["entity"], ClaimWithText(hans, "52亿元")["entity"]);
  EXPECT_FALSE(ClaimWithText(hant, "50億元")["entity"].is_null());
  auto en = ClaimsOf("discovery/en.txt",
                     "date 2026-03-01\nQuillfeather Systems Ltd said revenue reached $40 million in 2025. "
                     "The company hired 120 engineers.\n");
  EXPECT_EQ(ClaimWithText(en, "$40 million")["entity"], "Quillfeather Systems");
}

// A listed maker's name with a model code names a product of it, in every
// script: each model's figure is its own, not its maker's.
TEST(EntityDiscoveryTest, AMakersNameWithAModelCodeIsAProductOfIt) {
  auto hant = ClaimsOf("discovery/model_hant.txt",
                       "date 2026-03-01\nDeepSeek-R2的訓練成本為80萬美元，而DeepSeek-V4的訓練成本為900萬美元。\n");
  EXPECT_EQ(ClaimWithText(hant, "80萬美元")["entity"], "DeepSeek-R2");
  EXPECT_EQ(ClaimWithText(hant, "900萬美元")["entity"], "DeepSeek-V4");
  auto hans = ClaimsOf("discovery/model_hans.txt", "date 2026-03-01\n英伟达B300芯片售价约4万美元。\n");
  const Found* chip = Named(Discover("英伟达B300芯片售价约4万美元。"), "NVIDIA B300");
  ASSERT_NE(chip, nullptr);
  EXPECT_EQ(chip->kind, "product");
  EXPECT_EQ(ClaimWithText(hans, "约4万美元")["entity"], "NVIDIA B300");
  auto en = ClaimsOf("discovery/model_en.txt",
                     "date 2026-03-01\nThe DeepSeek R2 Pro model cost $1.2 million to train, DeepSeek said.\n");
  EXPECT_EQ(ClaimWithText(en, "$1.2 million")["entity"], "DeepSeek R2 Pro");
  // A period or a year after a maker's name is no model (Tesla Q4, Apple 2025).
  EXPECT_EQ(Named(Discover("Tesla Q4 deliveries rose. Apple 2025 revenue rose."), "Tesla Q4"), nullptr);
}

TEST(EntityDiscoveryTest, ADocumentAboutNoListedNameStillHasSubjects) {
  // A budget story: the organisation named is what its figures are about.
  auto c = ClaimsOf("discovery/budget.txt",
                    "date 2026-03-01\nThe Harlow County Council approved a budget of $310 million for 2026. "
                    "Harlow County Council spending rose 4%.\n");
  EXPECT_EQ(ClaimWithText(c, "$310 million")["entity"], "Harlow County Council");
}

TEST(EntityDiscoveryTest, EntitiesAndExplainSayWhereAnAliasWasLearned) {
  const std::string path = testing::WriteTempFile(
      "discovery/cli.txt", "date 2026-03-01\n澜湖科技（Lanhu Motors）去年营收达到12亿元。\n");
  auto run = testing::RunFigcheck("entities " + path);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("Lanhu Motors"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("learned from the bracket"), std::string::npos) << run.out;
  auto explain = testing::RunFigcheck("explain " + path + ":2");
  ASSERT_EQ(explain.exit_code, 0) << explain.err;
  EXPECT_NE(explain.out.find("entity    Lanhu Motors"), std::string::npos) << explain.out;
  EXPECT_NE(explain.out.find("discovered:"), std::string::npos) << explain.out;
}

TEST(EntityDiscoveryTest, MalformedLexiconIsAnErrorNamingItsLine) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(testing::TempDir()) / "discovery_rules";
  fs::remove_all(dir);
  fs::copy(DefaultRulesDir(), dir, fs::copy_options::recursive);
  const fs::path lexicon = dir / "lexicon.txt";
  std::ofstream(lexicon) << "国务院 100 nt\n坏行 很多 n\n";
  std::ifstream in(dir / "discovery.yaml");
  std::string yaml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string from = "paths: [/usr/lib/python3/dist-packages/jieba/dict.txt, /usr/share/jieba/dict.txt]";
  ASSERT_NE(yaml.find(from), std::string::npos);
  yaml.replace(yaml.find(from), from.size(), "paths: [" + lexicon.string() + "]");
  std::ofstream(dir / "discovery.yaml") << yaml;
  auto r = LoadRulebook(dir.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(lexicon.string() + ":2:"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace figcheck
