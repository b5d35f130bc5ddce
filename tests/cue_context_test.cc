// NamesAReport and WordBetween on normalised text (Simplified, half-width).
#include "checker/claims/cue_context.h"

#include <gtest/gtest.h>

#include <string>

namespace figcheck {
namespace {

WordMatcher Words(std::initializer_list<const char*> words) {
  WordMatcher m;
  for (const char* w : words) m.Add(w, 0);
  return m;
}

TEST(CueContextTest, AReportNamedAfterAnEventWordDatesTheReport) {
  const WordMatcher results = Words({"财报", "results"});
  const std::string zh = "小米集团今日发布2025年第二季度财报。";
  const size_t after = zh.find("发布") + std::string("发布").size();
  EXPECT_TRUE(NamesAReport(zh, after, zh.size(), results));
  const std::string en = "Apple released its fiscal fourth-quarter results on Oct. 30.";
  EXPECT_TRUE(NamesAReport(en, en.find("released") + 8, en.size(), results));
  // A product, or a report only after a clause break, is no report of this event.
  const std::string product = "小米今日发布新款手机,财报下周公布。";
  EXPECT_FALSE(NamesAReport(product, product.find("发布") + std::string("发布").size(), product.size(), results));
  const std::string far = "谷歌发布了一款非常非常非常非常非常非常非常非常非常非常非常非常强大的新模型与财报";
  EXPECT_FALSE(NamesAReport(far, far.find("发布") + std::string("发布").size(), far.size(), results));
}

TEST(CueContextTest, AWordBetweenIsFoundOnlyInTheSpan) {
  const WordMatcher to = Words({"至", "to"});
  const std::string text = "毛利率增加了280个基点至62.3%";
  EXPECT_TRUE(WordBetween(text, 0, text.size(), to));
  EXPECT_FALSE(WordBetween(text, 0, text.find("至"), to));
}

}  // namespace
}  // namespace figcheck
