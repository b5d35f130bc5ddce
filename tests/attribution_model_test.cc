// The attribution model: weights as data (rules/attribution.yaml), the claim's
// confidence and candidates, and the script that refits the weights.
#include "checker/rules/attribution_model.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string WriteModel(const std::string& name, const std::string& text) {
  return testing::WriteTempFile("attribution_model/" + name, text);
}

TEST(AttributionModelTest, ScoresAreTheSumOfTheFeaturesWeights) {
  auto model = LoadAttributionModel(testing::SourceDir() + "/rules/attribution.yaml");
  ASSERT_TRUE(model.ok()) << model.status().message();
  const FeatureSet f = Bit(Feature::kNearestInClause) | Bit(Feature::kWeak);
  EXPECT_DOUBLE_EQ(model->Score(f), model->weights[static_cast<size_t>(Feature::kNearestInClause)] +
                                        model->weights[static_cast<size_t>(Feature::kWeak)]);
  EXPECT_EQ(AttributionModel::Names(f), (std::vector<std::string>{"nearest_in_clause", "weak"}));
}

TEST(AttributionModelTest, AnUnknownOrMissingFeatureIsAnErrorNamingTheLine) {
  std::string text = Slurp(testing::SourceDir() + "/rules/attribution.yaml");
  std::string typo = text;
  typo.replace(typo.find("  agent_after:"), 14, "  agent_afetr:");
  auto bad = LoadAttributionModel(WriteModel("typo.yaml", typo));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("typo.yaml:"), std::string::npos) << bad.status().message();
  EXPECT_NE(bad.status().message().find("unknown feature 'agent_afetr'"), std::string::npos) << bad.status().message();
  std::string cold = text;
  cold.replace(cold.find("temperature:"), 12, "temperature: -1 #");
  EXPECT_FALSE(LoadAttributionModel(WriteModel("cold.yaml", cold)).ok());
}

TEST(AttributionModelTest, ClaimsCarryAConfidenceAndTheirCandidates) {
  const std::string doc = testing::WriteTempFile("attribution_model/doc.txt",
                                             "date 2026-01-05\n比亞迪超越特斯拉，營收達到250億美元。\n");
  auto r = testing::RunFigcheck("claims --candidates " + doc);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto claims = testing::ParseJsonl(r.out);
  const nlohmann::json revenue = testing::ClaimWithText(claims, "250億美元");
  EXPECT_EQ(revenue["entity"], "BYD");  // the sentence's subject, over the name nearest before
  ASSERT_TRUE(revenue["confidence"].is_number());
  EXPECT_GT(revenue["confidence"].get<double>(), 0.5);
  EXPECT_LE(revenue["confidence"].get<double>(), 1.0);
  ASSERT_EQ(revenue["candidates"].size(), 2u) << revenue.dump();
  EXPECT_EQ(revenue["candidates"][0]["entity"], "BYD");
  EXPECT_EQ(revenue["candidates"][1]["entity"], "Tesla");
  EXPECT_LT(revenue["confidence"].get<double>(), 1.0);  // a rival stood in the sentence
  // A figure about no name has no confidence.
  auto nameless = testing::ClaimsOf("attribution_model/survey.txt",
                                    "date 2026-01-05\nThe survey found 40 percent of respondents agreed.\n");
  EXPECT_TRUE(testing::ClaimWithText(nameless, "40 percent")["confidence"].is_null());
  // explain lists the candidates with their scores.
  auto explain = testing::RunFigcheck("explain " + doc + ":2");
  EXPECT_NE(explain.out.find("candidates: BYD"), std::string::npos) << explain.out;
}

TEST(AttributionModelTest, TheWeightsAreData) {
  // Raise the weight of the nearest name in the sentence above its subject's: Tesla wins.
  const std::string dir = testing::TempDir() + "/attribution_model/rules";
  fs::remove_all(dir);
  fs::create_directories(fs::path(dir).parent_path());
  fs::copy(testing::SourceDir() + "/rules", dir, fs::copy_options::recursive);
  std::string text = Slurp(dir + "/attribution.yaml");
  const size_t at = text.find("  nearest_in_sentence:");
  text.replace(at, text.find('\n', at) - at, "  nearest_in_sentence: 4000");
  std::ofstream(dir + "/attribution.yaml", std::ios::binary) << text;
  const std::string doc = testing::WriteTempFile("attribution_model/place.txt", "date 2026-01-05\n比亞迪超越特斯拉，營收達到250億美元。\n");
  auto r = testing::RunFigcheck("--rules " + dir + " claims " + doc);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(testing::ClaimWithText(testing::ParseJsonl(r.out), "250億美元")["entity"], "Tesla");
}

TEST(AttributionModelTest, TheFitScriptIsReproducibleAndWritesALoadableModel) {
  const std::string dir = testing::TempDir() + "/attribution_model/fit";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string outputs[2];
  for (int run = 0; run < 2; ++run) {
    const std::string model = dir + "/model" + std::to_string(run) + ".yaml";
    fs::copy_file(testing::SourceDir() + "/rules/attribution.yaml", model);
    const std::string cmd = "python3 " + testing::SourceDir() + "/tools/fit_attribution.py --bin " + FIGCHECK_BINARY +
                            " --model " + model + " --steps 50 --set " + testing::SourceDir() +
                            "/tests/fixtures/seeds.gold.json " + testing::SourceDir() + "/seeds --write >" + dir +
                            "/log" + std::to_string(run) + " 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << Slurp(dir + "/log" + std::to_string(run));
    outputs[run] = Slurp(model);
    auto loaded = LoadAttributionModel(model);
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
  }
  EXPECT_EQ(outputs[0], outputs[1]);
  const std::string log = Slurp(dir + "/log0");
  EXPECT_NE(log.find("seeds.gold.json: "), std::string::npos) << log;
  EXPECT_NE(log.find("top candidate right"), std::string::npos) << log;
}

}  // namespace
}  // namespace figcheck
