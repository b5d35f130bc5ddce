// Markup blanking: what goes, what stays, and that offsets never move.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "checker/document/markup.h"

namespace figcheck {
namespace {

// Every byte of `plain` is the byte of `text` or a space; newlines never move.
void ExpectSameShape(std::string_view text, std::string_view plain) {
  ASSERT_EQ(plain.size(), text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      ASSERT_EQ(plain[i], text[i]) << "line break blanked at " << i;
    } else {
      ASSERT_TRUE(plain[i] == text[i] || plain[i] == ' ') << "byte changed at " << i;
    }
  }
}

// Blanks `text` and returns the result with runs of spaces collapsed and the
// ends trimmed, so expectations read as what a reader sees.
std::string Seen(std::string_view text) {
  const std::string plain = BlankMarkup(text);
  ExpectSameShape(text, plain);
  std::string out;
  for (char c : plain) {
    if (c == ' ' && (out.empty() || out.back() == ' ' || out.back() == '\n')) continue;
    if (c == '\n' && !out.empty() && out.back() == ' ') out.pop_back();
    out += c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

TEST(MarkupTest, ProseFiguresAreUntouched) {
  const std::string text = "營收在兩年內成長12,000%、2024年達到19億美元，約 1/3 來自 AI；時速 120 km/h，P/E 2.5。";
  EXPECT_EQ(BlankMarkup(text), text);
}

TEST(MarkupTest, ArithmeticAndComparisonsAreProse) {
  const std::string text = "5 * 3 = 15，成本 <5%，股價 5~10 元，a < b > c，R&D 支出";
  EXPECT_EQ(BlankMarkup(text), text);
}

TEST(MarkupTest, ImageIsBlankedEntirely) {
  EXPECT_EQ(Seen("前文\n![封面圖](/images/posts/20250512-6151c3b6.jpg)\n後文"), "前文\n\n後文");
  EXPECT_EQ(Seen("![](/images/posts/20250512-f4c0ab30.png \"圖 2\")"), "");
}

TEST(MarkupTest, LinkKeepsTextOnly) {
  EXPECT_EQ(Seen("據[路透社 2025 報導](https://reuters.com/2025/05/12/a-1.html)指出"), "據 路透社 2025 報導 指出");
  EXPECT_EQ(Seen("見[第 3 章][ch3]。"), "見 第 3 章 。");
}

TEST(MarkupTest, LinkedImageLeavesNothing) {
  EXPECT_EQ(Seen("[![logo](/img/logo-2024.png)](https://example.com/2024)"), "");
}

TEST(MarkupTest, ParenthesisedProseAfterBracketsIsNotALink) {
  const std::string text = "[注意](這是2025年的說明)";
  EXPECT_EQ(BlankMarkup(text), text);
}

TEST(MarkupTest, EmphasisHeadingsBulletsQuotes) {
  EXPECT_EQ(Seen("### 發生了什麼事？"), "發生了什麼事？");
  EXPECT_EQ(Seen("交易額飆破了**610億美元**。"), "交易額飆破了 610億美元 。");
  EXPECT_EQ(Seen("- 5% 的企業\n* 2 家公司\n+ 第 3 項"), "5% 的企業\n2 家公司\n第 3 項");
  EXPECT_EQ(Seen("1. 第一點 40%\n12) 第十二點"), "第一點 40%\n第十二點");
  EXPECT_EQ(Seen("> > 引述 3 次"), "引述 3 次");
  EXPECT_EQ(Seen("__重點__ 與 ~~刪除~~ 及 `code`"), "重點 與 刪除 及 code");
  EXPECT_EQ(Seen("#AI 標籤"), "#AI 標籤");  // not a heading: no blank after '#'
}

TEST(MarkupTest, CodeFenceLinesRulesAndTableSeparators) {
  EXPECT_EQ(Seen("```cpp\nint x = 42;\n```"), "\nint x = 42;");
  EXPECT_EQ(Seen("上文\n---\n下文"), "上文\n\n下文");
  EXPECT_EQ(Seen("| 年 | 營收 |\n|---|:---:|\n| 2024 | 19 |"), "| 年 | 營收 |\n\n| 2024 | 19 |");
}

TEST(MarkupTest, HugoShortcodesAreBlanked) {
  EXPECT_EQ(Seen("影片\n{{< youtube dTBtOvFh7FE >}}\n之後"), "影片\n\n之後");
  EXPECT_EQ(Seen("{{% notice info 2025 %}}內容 30%{{% /notice %}}"), "內容 30%");
}

TEST(MarkupTest, HtmlTagsCommentsScriptsAndEntities) {
  EXPECT_EQ(Seen("<p class=\"x-2\">營收 <b>5</b> 億</p>"), "營收 5 億");
  EXPECT_EQ(Seen("前<!-- 2024 舊數字 100 -->後"), "前 後");
  EXPECT_EQ(Seen("a<script>var n = 42;</script>b<STYLE>.c{width:10px}</STYLE>c"), "a b c");
  EXPECT_EQ(Seen("AT&amp;T 與 &#20; 及 &#x4E2D; 與&nbsp;"), "AT T 與 及 與");
  EXPECT_EQ(Seen("<img src=\"/a/2025.jpg\" alt='a>b'>"), "");
}

TEST(MarkupTest, CommentSpanningLinesKeepsNewlines) {
  const std::string text = "a<!--\n123\n456-->b";
  const std::string plain = BlankMarkup(text);
  EXPECT_EQ(plain, std::string("a    \n   \n      b"));
}

TEST(MarkupTest, BareUrlsEmailsAndPaths) {
  EXPECT_EQ(Seen("見 https://example.com/2025/report?id=42。"), "見 。");
  EXPECT_EQ(Seen("官網www.tsmc.com/2025/q3查詢"), "官網 查詢");
  EXPECT_EQ(Seen("(來源: http://x.org/a_(b)/1)，共 3 篇"), "(來源: )，共 3 篇");
  EXPECT_EQ(Seen("聯絡 ir2025@tsmc.com.tw 取得 10 份"), "聯絡 取得 10 份");
  EXPECT_EQ(Seen("圖檔 /images/posts/20250512-6151c3b6.jpg 與 img/2024/a.v2.png."), "圖檔 與 .");
  EXPECT_EQ(Seen("GPT-4.5/GPT-5 與 1/2.5 與 A/B測試"), "GPT-4.5/GPT-5 與 1/2.5 與 A/B測試");
}

TEST(MarkupTest, UrlInsideLinkTextIsBlankedToo) {
  EXPECT_EQ(Seen("[https://a.com/2025](https://a.com/2025)"), "");
}

TEST(MarkupTest, FrontMatterKeepsOnlyTitleAndDescriptionText) {
  const std::string text =
      "---\n"
      "title: \"美中AI競賽：從千億投資到能源爭奪戰\"\n"
      "date: 2025-05-12T14:30:25+08:00\n"
      "description: '在2025年5月8日舉行'\n"
      "tags: [\"AI\", \"2025\"]\n"
      "weight: 10\n"
      "summary: >\n"
      "  有 3 段\n"
      "---\n"
      "正文 5 億";
  EXPECT_EQ(Seen(text), "\n美中AI競賽：從千億投資到能源爭奪戰\n\n在2025年5月8日舉行\n\n\n\n\n\n正文 5 億");
}

TEST(MarkupTest, FrontMatterBlockScalarContinuationIsKept) {
  const std::string text = "---\ndescription: >\n  第一行 10%\n  第二行 20%\ntags:\n  - 2025\n---\n";
  EXPECT_EQ(Seen(text), "\n\n第一行 10%\n第二行 20%");
}

TEST(MarkupTest, UnclosedFrontMatterIsNotFrontMatter) {
  EXPECT_EQ(Seen("---\ntitle: 3 件事\n正文"), "\ntitle: 3 件事\n正文");
}

TEST(MarkupTest, LeadingDateLineLosesOnlyItsDateToken) {
  const std::string text = " date 2026-01-01 鉅亨網新聞中心 2026-01-01 15:00\n\n正文";
  const std::string plain = BlankMarkup(text);
  ExpectSameShape(text, plain);
  EXPECT_EQ(plain.substr(0, 17), std::string(17, ' '));
  EXPECT_EQ(plain.substr(17), text.substr(17));
}

TEST(MarkupTest, DateLineAfterFirstNonEmptyLineIsProse) {
  const std::string text = "標題\ndate 2026-01-01 之後";
  EXPECT_EQ(BlankMarkup(text), text);
}

TEST(MarkupTest, SourceLineIsBlankedWhole) {
  EXPECT_EQ(Seen("正文 5 億\nsource https://news.cnyes.com/news/id/6290123\n結尾"), "正文 5 億\n\n結尾");
  EXPECT_EQ(Seen("source of 5 numbers"), "source of 5 numbers");
}

TEST(MarkupTest, ReferenceAndFootnoteDefinitions) {
  EXPECT_EQ(Seen("[1]: https://example.com/2025\n[^2]: 2024 年報\n正文[^2]"), "\n2024 年報\n正文");
}

TEST(MarkupTest, UnclosedConstructsStayProseAndLinear) {
  // Thousands of unmatched openers: nothing blanked, nothing quadratic.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "[<a {{< <!-- ![x](y 1";
  const std::string plain = BlankMarkup(text);
  ASSERT_EQ(plain.size(), text.size());
  EXPECT_NE(plain.find("1[<a"), std::string::npos);
}

TEST(MarkupTest, SeedArticlesKeepTheirShape) {
  for (const char* name : {"000_2c8b47a1f4ed2eae", "001_396973e3deaef34f", "002_94ac71971e785e4d",
                           "003_1bd5276be7ff4f0b", "004_55fd0ca9d782c08b"}) {
    std::ifstream in(std::string(FIGCHECK_SOURCE_DIR) + "/seeds/" + name + ".txt", std::ios::binary);
    ASSERT_TRUE(in) << name;
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    const std::string plain = BlankMarkup(text);
    ExpectSameShape(text, plain);
    EXPECT_EQ(plain.find("http"), std::string::npos) << name;
    EXPECT_EQ(plain.find("{{"), std::string::npos) << name;
    EXPECT_EQ(plain.find("**"), std::string::npos) << name;
  }
}

}  // namespace
}  // namespace figcheck
