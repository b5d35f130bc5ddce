// HTML report: a self-contained, inert page; excerpts with the figure marked;
// timeline charts; rendered by headless Chromium without a console message.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>

#include "reports/html_format.h"
#include "reports/timeline_chart.h"
#include "tests/report_fixtures.h"

namespace figcheck {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
  return n;
}

// An article whose figures conflict and whose text is full of markup.
std::string HostileArticles() {
  const std::string dir = testing::TempDir() + "/hostile_articles";
  std::filesystem::create_directories(dir);
  testing::WriteTextFile(
      dir + "/a <b>&\"x\".txt",
      "date 2025-03-10\n"
      "<script>alert(1)</script> 特斯拉2024年全年交付量为178.9万辆 <img src=x onerror=alert(2)> & \"q\" 'a'\n");
  testing::WriteTextFile(dir + "/b.txt",
                         "date 2025-03-20\n"
                         "特斯拉2024年全年交付量為158萬輛。</p><script src=//e.vil/x.js></script>\n");
  return dir;
}

TEST(HtmlReportTest, ArticleMarkupIsEscapedAndThePageIsSelfContained) {
  for (const std::string& html : {testing::Render("html", testing::HostileReport()),
                                  testing::RunFigcheck("check --format html " + HostileArticles()).out}) {
    const std::string page = Lower(html);
    EXPECT_EQ(page.rfind("<!doctype html>", 0), 0u);
    EXPECT_EQ(Count(page, "<script"), 0u) << html;  // no script at all, the article's or ours
    EXPECT_EQ(Count(page, "<img"), 0u) << html;
    EXPECT_EQ(Count(page, "<b>"), 0u) << html;
    EXPECT_GE(Count(page, "&lt;script&gt;alert("), 1u) << html;
    // No external asset: no element of the page loads anything (every "<" from an article is escaped).
    EXPECT_FALSE(std::regex_search(page, std::regex(R"(<[a-z][^>]*\s(src|href|srcset|data)\s*=)"))) << html;
    EXPECT_EQ(Count(page, "<link"), 0u) << html;
    const std::string style = page.substr(page.find("<style>"), page.find("</style>") - page.find("<style>"));
    EXPECT_EQ(Count(style, "url("), 0u);
    EXPECT_EQ(Count(style, "@import"), 0u);
    EXPECT_NE(page.find("content-security-policy\" content=\"default-src 'none'"), std::string::npos);
    EXPECT_EQ(Count(page, "</html>"), 1u);
  }
}

TEST(HtmlReportTest, SummaryGroupsFindingsAndCharts) {
  const std::string html = testing::Render("html", testing::HostileReport());
  EXPECT_NE(html.find("id=\"summary\">2 documents, 9 claims, 2 findings: <span class=\"count error\">1 error</span>"),
            std::string::npos)
      << html;
  EXPECT_EQ(Count(html, "<section class=\"group\">"), 1u);
  EXPECT_NE(html.find("<h2>Chat&lt;GPT&gt; · weekly|users</h2>"), std::string::npos);
  EXPECT_EQ(Count(html, "<article class=\"finding error\">"), 1u);
  EXPECT_EQ(Count(html, "<article class=\"finding info\">"), 1u);
  EXPECT_EQ(Count(html, "<svg "), 1u);
  // The claim found at its column is marked; the other's text is not on the line, so it is not.
  EXPECT_EQ(Count(html, "<mark>超過5億用戶</mark>"), 2u) << html;  // once per finding
  EXPECT_EQ(Count(html, "<mark>"), 2u);
  EXPECT_NE(html.find("dir/evil &quot;doc&quot; &lt;b&gt;&amp;,:%.txt:3:31"), std::string::npos);
}

TEST(HtmlReportTest, ExcerptMarksTheFigureByCodePointColumn) {
  Claim c;
  c.text = "160万辆";
  c.column = 18;
  const std::string line = "特斯拉全年交付量同比下滑8.6%至160万辆。<b>";
  EXPECT_EQ(HtmlExcerpt(c, line), "特斯拉全年交付量同比下滑8.6%至<mark>160万辆</mark>。&lt;b&gt;");
  c.column = 3;  // wrong column: the figure is searched for on the line
  EXPECT_EQ(HtmlExcerpt(c, line), "特斯拉全年交付量同比下滑8.6%至<mark>160万辆</mark>。&lt;b&gt;");
  EXPECT_EQ(HtmlExcerpt(c, line, 2), "…%至<mark>160万辆</mark>。&lt;…");
  c.text = "9 GW";  // not on the line: no mark
  EXPECT_EQ(HtmlExcerpt(c, "ab<c"), "ab&lt;c");
}

TEST(HtmlReportTest, DateSpansFollowTheCalendar) {
  const auto year = IsoDateSpan("2024");
  ASSERT_TRUE(year);
  EXPECT_EQ(year->last - year->first, 365);  // a leap year
  const auto feb = IsoDateSpan("2024-02");
  ASSERT_TRUE(feb);
  EXPECT_EQ(feb->last - feb->first, 28);
  EXPECT_EQ(IsoDateSpan("1970-01-02")->first, 1);
  EXPECT_FALSE(IsoDateSpan("2023-02-29"));
  EXPECT_FALSE(IsoDateSpan("2024-13"));
  EXPECT_FALSE(IsoDateSpan("P17M"));
}

Claim ChartClaim(const std::string& doc, const std::string& value, std::optional<std::string> as_of,
                 const std::string& unit = "count") {
  Claim c;
  c.doc = doc;
  c.line = 1;
  c.column = 1;
  c.text = "<i>" + value;
  c.dimension = unit == "date" ? Dimension::kDate : Dimension::kCount;
  c.value = FigureValue::Read(c.dimension, value);
  c.unit = unit;
  if (as_of) c.as_of = CivilDate::ParseIso(*as_of);
  return c;
}

TEST(HtmlReportTest, TimelinePlotsValuesByDateAndUndatedApart) {
  const Claim a = ChartClaim("x/a<1>.txt", "400000000", "2025-03-10");
  const Claim b = ChartClaim("b.txt", "500000000", "2025-04-02");
  const Claim c = ChartClaim("c.txt", "600000000", std::nullopt);
  const std::string svg = TimelineSvg({{&a, true}, {&b, false}, {&c, false}});
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_EQ(Count(svg, "<circle "), 3u);
  EXPECT_EQ(Count(svg, "fill=\"#c62828\""), 1u);                            // the conflicting one
  EXPECT_NE(svg.find(">a&lt;1&gt;.txt</text>"), std::string::npos) << svg;  // labelled by document
  EXPECT_NE(svg.find(">no date</text>"), std::string::npos);
  EXPECT_NE(svg.find("<title>x/a&lt;1&gt;.txt:1:1: &lt;i&gt;400000000"), std::string::npos);
  EXPECT_EQ(svg.find("<i>"), std::string::npos);
  // Later as-of date: further right.
  auto cx = [&](const std::string& label) {
    const size_t at = svg.find("<circle cx=\"", svg.find(label));
    return std::stod(svg.substr(at + 12));
  };
  EXPECT_LT(cx("x/a&lt;1&gt;.txt:1:1"), cx("b.txt:1:1"));
}

TEST(HtmlReportTest, TimelineDrawsDatesAsPeriods) {
  Claim month = ChartClaim("a.txt", "2024-12", "2025-01-01", "date");
  Claim quarter = ChartClaim("b.txt", "2025-01", std::nullopt, "date");
  quarter.high = FigureValue::Read(Dimension::kDate, "2025-03");
  const std::string svg = TimelineSvg({{&month, true}, {&quarter, true}});
  EXPECT_EQ(Count(svg, "<rect "), 2u) << svg;
  EXPECT_EQ(Count(svg, "<circle "), 0u);
  EXPECT_EQ(TimelineSvg({}), "");
}

std::string Chromium() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (std::filesystem::exists(path)) return path;
  }
  return "/usr/bin/chromium";
}

TEST(HtmlReportTest, HeadlessChromiumRendersThePageWithoutConsoleMessages) {
  FIGCHECK_REQUIRE_TOOL(Chromium(), "apt-get install chromium (setup.sh PACKAGES)");
  const std::string dir = testing::TempDir();
  const std::string page = dir + "/report.html";
  auto r = testing::RunFigcheck("check --format html -o " + page + " " + HostileArticles() + " " +
                                testing::SourceDir() + "/tests/fixtures/corpus");
  ASSERT_EQ(r.exit_code, 1) << r.err;
  // Console output (a script error, a blocked script or resource) is logged as "CONSOLE" lines.
  const auto run = testing::RunShell(
      "timeout 120 '" + Chromium() + "' --headless --no-sandbox --disable-gpu --user-data-dir=" + dir +
      "/chromium-profile --enable-logging=stderr --v=0 --dump-dom 'file://" + page + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err.find(":CONSOLE"), std::string::npos) << run.err;
  EXPECT_NE(run.out.find("id=\"summary\">5 documents"), std::string::npos) << run.out.substr(0, 2000);
  EXPECT_EQ(Lower(run.out).find("<script"), std::string::npos);
  EXPECT_NE(run.out.find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace figcheck
