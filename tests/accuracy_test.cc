// Guards extraction accuracy on the seeds with the project's own gold copy,
// matching claims the way shared/eval/score.py does: same document name, same
// line, same unit (case-insensitive), and the same value (dates and durations
// as strings, numbers within 0.5 %). Bars from issue 2: recall >= 0.90,
// precision >= 0.85; entity agreement on named gold entities (issue 10, see below).
#include <gtest/gtest.h>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <set>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;

std::optional<long double> Number(const std::string& s) {
  if (s.empty() || s.find_first_not_of("-0123456789.,") != std::string::npos) return std::nullopt;
  std::string t;
  for (char c : s) if (c != ',') t += c;
  try {
    return std::stold(t);
  } catch (...) {
    return std::nullopt;
  }
}

bool SameValue(const std::string& gold, const std::string& got) {
  auto a = Number(gold), b = Number(got);
  if (!a || !b) return gold == got;
  if (*a == *b) return true;
  const long double scale = std::max(std::fabs(*a), std::fabs(*b));
  return scale != 0 && std::fabs(*a - *b) / scale <= 0.005L;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

TEST(AccuracyTest, SeedsMeetTheExtractionBars) {
  std::ifstream in(testing::SourceDir() + "/tests/fixtures/seeds.gold.json");
  ASSERT_TRUE(in) << "missing tests/fixtures/seeds.gold.json";
  const json gold = json::parse(in);
  auto run = testing::RunFigcheck("claims --format jsonl " + testing::SourceDir() + "/seeds");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto claims = testing::ParseJsonl(run.out);
  std::set<std::string> taken;
  size_t matched = 0, named = 0, same_entity = 0;
  std::vector<std::string> extras;
  for (const auto& c : claims) {
    const std::string doc = std::filesystem::path(c["doc"].get<std::string>()).filename().string();
    bool hit = false;
    for (const auto& g : gold["claims"]) {
      const std::string id = g["id"];
      if (taken.count(id) || g["doc"] != doc || g["line"].get<int>() != c["line"].get<int>()) continue;
      if (Lower(g["unit"]) != Lower(c["unit"]) || !SameValue(g["value"], c["value"])) continue;
      taken.insert(id);
      hit = true;
      // As score.py counts it: only gold entities that are names, any of their aliases.
      if (g.value("entity_kind", "") != "description" && g["entity"].is_string()) {
        ++named;
        const std::string entity = c["entity"].is_string() ? Lower(c["entity"].get<std::string>()) : "";
        bool same = entity == Lower(g["entity"].get<std::string>());
        for (const auto& alias : g.value("entity_aliases", json::array())) same = same || entity == Lower(alias.get<std::string>());
        same_entity += same;
      }
      break;
    }
    if (hit) ++matched;
    else extras.push_back(doc + ":" + std::to_string(c["line"].get<int>()) + " " + c["text"].get<std::string>());
  }
  const double recall = static_cast<double>(taken.size()) / gold["claims"].size();
  const double precision = claims.empty() ? 0 : static_cast<double>(matched) / claims.size();
  std::cout << "seeds: recall " << recall << ", precision " << precision << " (" << claims.size() << " claims)\n";
  for (const auto& g : gold["claims"]) {
    if (!taken.count(g["id"])) std::cout << "  missed " << g["doc"] << ":" << g["line"] << " " << g["quote"] << "\n";
  }
  for (const auto& e : extras) std::cout << "  extra " << e << "\n";
  EXPECT_GE(recall, 0.90);
  EXPECT_GE(precision, 0.85);
  // Entity agreement on matched claims whose gold entity is a name: issue 10's
  // bar, 0.90 (64 of 69 with deals' parties and colloquial release verbs).
  const double entity = named ? static_cast<double>(same_entity) / named : 0;
  std::cout << "seeds: entity agreement on named gold entities " << entity << " (" << same_entity << "/" << named << ")\n";
  EXPECT_GE(entity, 0.90);
}

// The gold claim ids a figcheck claim may be (same document, line, unit and value).
std::set<std::string> GoldIds(const json& gold, const json& claim) {
  const std::string doc = std::filesystem::path(claim["doc"].get<std::string>()).filename().string();
  std::set<std::string> ids;
  for (const auto& g : gold["claims"]) {
    if (g["doc"] != doc || g["line"].get<int>() != claim["line"].get<int>()) continue;
    if (Lower(g["unit"]) == Lower(claim["unit"]) && SameValue(g["value"], claim["value"])) ids.insert(g["id"]);
  }
  return ids;
}

// As score.py judges it: a finding covers a gold discrepancy when it rests on
// enough of its claims (one for a single-figure kind, else two), not all of
// them inside one group the gold says agrees.
bool Covers(const json& gold, const std::set<std::string>& ids, const json& discrepancy) {
  static const std::set<std::string> kSingle = {"unit_mismatch", "implausible"};
  const size_t needed = kSingle.count(discrepancy["kind"].get<std::string>()) || discrepancy.contains("requires") ? 1 : 2;
  std::set<std::string> hit;
  for (const auto& id : discrepancy["claims"]) {
    if (ids.count(id.get<std::string>())) hit.insert(id.get<std::string>());
  }
  if (hit.size() < needed) return false;
  if (needed == 1) return true;
  for (const auto& group : gold.value("consistent_groups", json::array())) {
    std::set<std::string> members;
    for (const auto& id : group["claims"]) members.insert(id.get<std::string>());
    if (std::includes(members.begin(), members.end(), hit.begin(), hit.end())) return false;
  }
  return true;
}

TEST(AccuracyTest, SeedsFindingsMeetTheComparisonBars) {
  // Issue 11: every gold discrepancy found (1.000 before it), finding precision >= 0.95.
  std::ifstream in(testing::SourceDir() + "/tests/fixtures/seeds.gold.json");
  ASSERT_TRUE(in);
  const json gold = json::parse(in);
  auto run = testing::RunFigcheck("check --format json " + testing::SourceDir() + "/seeds");
  ASSERT_LE(run.exit_code, 1) << run.err;
  const json report = json::parse(run.out);
  std::vector<std::pair<bool, std::set<std::string>>> covered;  // counted?, gold ids
  for (const auto& f : report["findings"]) {
    std::set<std::string> ids;
    for (const auto& c : f["claims"]) {
      for (const auto& id : GoldIds(gold, c)) ids.insert(id);
    }
    covered.emplace_back(f["severity"] == "error" || f["severity"] == "warning", ids);
  }
  size_t wanted = 0, found = 0, found_counted = 0, counted = 0, true_findings = 0;
  for (const auto& d : gold["discrepancies"]) {
    if (d["severity"] != "error" && d["severity"] != "warning") continue;
    if (d.contains("requires")) continue;
    ++wanted;
    bool hit = false, hit_counted = false;
    for (const auto& [c, ids] : covered) {
      const bool covers = Covers(gold, ids, d);
      hit = hit || covers;
      hit_counted = hit_counted || (c && covers);
    }
    found += hit;
    found_counted += hit_counted;
    if (!hit) std::cout << "  missed " << d["id"] << "\n";
    if (hit && !hit_counted) std::cout << "  found only as a note " << d["id"] << "\n";
  }
  for (const auto& [c, ids] : covered) {
    if (!c) continue;
    ++counted;
    bool real = false;
    for (const auto& d : gold["discrepancies"]) real = real || Covers(gold, ids, d);
    true_findings += real;
  }
  const double recall = wanted ? static_cast<double>(found) / wanted : 0;
  const double precision = counted ? static_cast<double>(true_findings) / counted : 0;
  std::cout << "seeds: discrepancy recall " << recall << ", finding precision " << precision << " (" << counted
            << " counted findings)\n";
  EXPECT_GE(recall, 1.0);
  EXPECT_GE(precision, 0.95);
  // A real discrepancy must not be lowered to a note (score.py counts notes
  // for recall; an editor and a CI gate do not).
  EXPECT_EQ(found_counted, found);
}

}  // namespace
}  // namespace figcheck
