// ScanLanes: several word lists matched in one pass, each as if alone.
#include "checker/rules/lane_scan.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

namespace figcheck {
namespace {

using Found = std::vector<std::tuple<size_t, size_t, int>>;  // lane, position, payload

Found Scan(const std::string& text, const WordMatcher& a, const WordMatcher& b, const StartFilter* joint,
           bool keep_b = true) {
  Found out;
  ScanLanes<2>(text, 0, text.size(), {&a, &b},
               [&](size_t lane, size_t pos, const WordMatcher::Match& m) {
                 out.emplace_back(lane, pos, m.payload);
                 return lane == 0 || keep_b;
               },
               joint);
  return out;
}

TEST(LaneScanTest, EachLaneFindsItsLongestMatchesWithoutOverlap) {
  WordMatcher names, words;
  names.Add("輝達", 1);
  names.Add("輝達公司", 2);
  names.Add("Nvidia", 3);
  words.Add("公司", 7);
  words.Add("營收", 8);
  const std::string text = "輝達公司營收; NVIDIA营收";
  const Found found = Scan(text, names, words, nullptr);
  // Lane 0 takes 輝達公司 whole; lane 1 still sees 公司 inside it (lanes are independent).
  const Found expected{{0, 0, 2}, {1, text.find("公司"), 7}, {1, text.find("營收"), 8}, {0, text.find("NVIDIA"), 3}};
  EXPECT_EQ(found, expected);
}

TEST(LaneScanTest, ADroppedMatchCoversNothing) {
  WordMatcher a, b;
  b.Add("營收", 1);
  b.Add("收", 2);
  // Kept, 營收 covers its 收; dropped, the scan goes on at 收.
  EXPECT_EQ(Scan("營收", a, b, nullptr), (Found{{1, 0, 1}}));
  EXPECT_EQ(Scan("營收", a, b, nullptr, /*keep_b=*/false), (Found{{1, 0, 1}, {1, 3, 2}}));
}

TEST(LaneScanTest, AJointFilterChangesNoResult) {
  WordMatcher names, words;
  names.Add("比亞迪", 1);
  names.Add("BYD", 2);
  words.Add("交付", 3);
  words.Add("萬", 4);  // a one-code-point word
  StartFilter joint;
  joint.Merge(names.starts());
  joint.Merge(words.starts());
  const std::string text = "比亞迪交付225萬輛, byd delivered; 特斯拉交付";
  EXPECT_EQ(Scan(text, names, words, &joint), Scan(text, names, words, nullptr));
  EXPECT_EQ(Scan(text, names, words, &joint).size(), 5u);
  // A filter that knows only one lane's words hides the other's.
  StartFilter only_names;
  only_names.Merge(names.starts());
  EXPECT_EQ(Scan(text, names, words, &only_names).size(), 2u);
}

TEST(LaneScanTest, AFilterMergedFromASmallerTableStillPassesItsWords) {
  WordMatcher listed, found(StartFilter::kFewWords);
  listed.Add("比亞迪", 1);
  found.Add("蔚來", 2);
  StartFilter joint;
  joint.Merge(listed.starts());
  joint.Merge(found.starts());  // a table of another size: every pair passes
  const std::string text = "比亞迪和蔚來";
  EXPECT_EQ(Scan(text, listed, found, &joint), Scan(text, listed, found, nullptr));
  EXPECT_EQ(Scan(text, listed, found, &joint).size(), 2u);
}

}  // namespace
}  // namespace figcheck
