// Report formats: dispatch, jsonl, markdown, github and junit, each checked
// for structure, content and escaping; `check --output`. SARIF and HTML have
// their own files (report_sarif_test.cc, report_html_test.cc).
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "tests/report_fixtures.h"

namespace figcheck {
namespace {

using nlohmann::json;
using testing::HostileReport;
using testing::Render;

std::string Corpus() { return testing::SourceDir() + "/tests/fixtures/corpus"; }

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
  return n;
}

TEST(ReportFormatsTest, EveryFormatIsListedAndAnUnknownOneIsNamed) {
  const std::set<std::string> formats(ReportFormats().begin(), ReportFormats().end());
  for (const char* f : {"text", "json", "jsonl", "markdown", "sarif", "github", "junit", "html"}) {
    EXPECT_TRUE(formats.count(f)) << f;
  }
  std::ostringstream out;
  const Status s = WriteReport("yaml", HostileReport(), out);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("yaml"), std::string::npos);
  EXPECT_NE(s.message().find("sarif"), std::string::npos);
  auto r = testing::RunFigcheck("check --format yaml " + Corpus());
  EXPECT_EQ(r.exit_code, 2);
}

TEST(ReportFormatsTest, CheckAcceptsEveryFormat) {
  for (const std::string& format : ReportFormats()) {
    auto r = testing::RunFigcheck("check --format " + format + " " + Corpus());
    EXPECT_EQ(r.exit_code, 1) << format << ": " << r.err;  // the corpus has an error finding
    EXPECT_FALSE(r.out.empty()) << format;
  }
}

TEST(ReportFormatsTest, JsonlHasTheJsonFindingsThenTheSummary) {
  auto whole = testing::RunFigcheck("check --format json " + Corpus());
  auto lines = testing::RunFigcheck("check --format jsonl " + Corpus());
  const json report = json::parse(whole.out);
  const auto objects = testing::ParseJsonl(lines.out);
  ASSERT_EQ(objects.size(), report["findings"].size() + 1) << lines.out;
  ASSERT_GE(report["findings"].size(), 1u);
  for (size_t i = 0; i + 1 < objects.size(); ++i) EXPECT_EQ(objects[i], report["findings"][i]);
  EXPECT_EQ(objects.back(), json({{"summary", report["summary"]}}));
  EXPECT_EQ(Count(lines.out, "\n"), objects.size());  // one object a line, nothing else
}

TEST(ReportFormatsTest, MarkdownSummarisesThenListsEachGroup) {
  const std::string md = Render("markdown", HostileReport());
  EXPECT_EQ(md.rfind("### figcheck: 1 error, 0 warnings, 1 note\n", 0), 0u) << md;
  EXPECT_NE(md.find("2 documents, 9 claims checked."), std::string::npos);
  EXPECT_EQ(Count(md, "\n#### "), 1u) << md;  // one entity · metric
  EXPECT_NE(md.find("- **error** (value-conflict): "), std::string::npos) << md;
  EXPECT_NE(md.find("- note (changed-over-time): "), std::string::npos) << md;
  // doc:line:column and the figure's text for each claim.
  EXPECT_NE(md.find("  - dir/evil \"doc\" &lt;b&gt;&amp;,:%.txt:3:31: 超過5億用戶 = 500000000 count, as of 2025-05-12"),
            std::string::npos)
      << md;
}

TEST(ReportFormatsTest, MarkdownEscapesArticleText) {
  const std::string md = Render("markdown", HostileReport());
  EXPECT_EQ(md.find("<script"), std::string::npos) << md;
  EXPECT_EQ(md.find("<b>"), std::string::npos) << md;
  EXPECT_EQ(md.find("@octocat"), std::string::npos) << md;  // would notify a GitHub user
  EXPECT_EQ(md.find("#12"), std::string::npos) << md;       // would link an issue
  EXPECT_NE(md.find("&lt;script&gt;alert\\(1\\)&lt;/script&gt;"), std::string::npos) << md;
  EXPECT_NE(md.find("\\[link\\]\\(http://e.vil\\)"), std::string::npos) << md;
  EXPECT_NE(md.find("\\| \\`code\\`"), std::string::npos) << md;
  // Every line is list syntax or a heading the writer made: the message's newlines do not start new blocks.
  std::istringstream lines(md);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_FALSE(line.rfind("::", 0) == 0 || line.rfind("end", 0) == 0) << line;
  }
}

TEST(ReportFormatsTest, MarkdownSaysWhenThereIsNothingToReport) {
  ReportInput input;
  input.summary = {3, 12};
  EXPECT_EQ(
      Render("markdown", input),
      "### figcheck: 0 errors, 0 warnings, 0 notes\n\n3 documents, 12 claims checked.\n\nNo discrepancies found.\n");
}

TEST(ReportFormatsTest, GithubAnnotatesEveryClaimOfEveryFinding) {
  auto r = testing::RunFigcheck("check --format github " + Corpus());
  auto report = json::parse(testing::RunFigcheck("check --format json " + Corpus()).out);
  size_t claims = 0;
  for (const auto& f : report["findings"]) claims += f["claims"].size();
  std::istringstream lines(r.out);
  const std::regex annotation(R"(^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=[^:,]+::.+$)");
  size_t annotations = 0;
  std::string line, last;
  while (std::getline(lines, line)) {
    last = line;
    if (line.rfind("::notice title=figcheck::", 0) == 0) continue;
    EXPECT_TRUE(std::regex_match(line, annotation)) << line;
    ++annotations;
  }
  EXPECT_EQ(annotations, claims);
  EXPECT_EQ(last.rfind("::notice title=figcheck::3 documents", 0), 0u) << last;
  EXPECT_NE(r.out.find("::error file=" + Corpus() + "/c_hant.txt,line=2,col=15,"), std::string::npos) << r.out;
}

TEST(ReportFormatsTest, GithubEscapesPropertiesAndMessages) {
  const std::string out = Render("github", HostileReport());
  std::istringstream lines(out);
  std::vector<std::string> all;
  for (std::string line; std::getline(lines, line);) all.push_back(line);
  ASSERT_EQ(all.size(), 5u) << out;  // 2 findings x 2 claims, then the summary
  EXPECT_EQ(all[0].rfind("::error file=dir/evil \"doc\" <b>&%2C%3A%25.txt,line=3,col=31,"
                         "title=figcheck value-conflict%3A Chat<GPT> weekly|users::",
                         0),
            0u)
      << all[0];
  EXPECT_EQ(all[2].rfind("::notice file=", 0), 0u) << all[2];
  // The message's own newline, CR and "%0A" cannot end the command or start another.
  EXPECT_NE(all[0].find("100%25%0A::error file=x::injected%0D%0Aend"), std::string::npos) << all[0];
  EXPECT_NE(all[0].find("%250A"), std::string::npos) << all[0];
  // Each annotation names the other claim.
  EXPECT_NE(all[0].find("%0A  other.md:7:1: "), std::string::npos) << all[0];
  EXPECT_NE(all[1].find("%0A  dir/evil"), std::string::npos) << all[1];
}

// Well-formed XML, checked by python3's parser; returns its summary of the tree.
std::string ParseXmlWithPython(const std::string& path) {
  const std::string script =
      "import sys, xml.dom.minidom as m\n"
      "d = m.parse(sys.argv[1])\n"
      "s = d.documentElement\n"
      "print(s.tagName, s.getAttribute('tests'), s.getAttribute('failures'))\n"
      "for c in s.getElementsByTagName('testcase'):\n"
      "    print('case', c.getAttribute('name'), len(c.getElementsByTagName('failure')),"
      " len(c.getElementsByTagName('system-out')))\n"
      "for f in s.getElementsByTagName('failure'):\n"
      "    print('failure', f.getAttribute('type'), f.getAttribute('message').replace(chr(10), ' '))\n";
  const std::string script_path = testing::WriteTextFile(testing::TempDir() + "/junit_check.py", script);
  auto r = testing::RunShell("python3 " + script_path + " '" + path + "'");
  EXPECT_EQ(r.exit_code, 0) << "not well-formed XML: " << r.err;
  return r.out;
}

TEST(ReportFormatsTest, JunitHasATestCasePerDocumentAndAFailurePerFinding) {
  const std::string path = testing::TempDir() + "/corpus.xml";
  auto r = testing::RunFigcheck("check --format junit --output " + path + " " + Corpus());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string tree = ParseXmlWithPython(path);
  auto report = json::parse(testing::RunFigcheck("check --format json " + Corpus()).out);
  EXPECT_EQ(tree.rfind("testsuite 3 ", 0), 0u) << tree;
  // Every document of the corpus is a test case; each with an error finding fails.
  for (const char* doc : {"a_hans.txt", "b_en.txt", "c_hant.txt"}) {
    EXPECT_NE(tree.find("case " + Corpus() + "/" + doc + " "), std::string::npos) << tree;
  }
  for (const auto& f : report["findings"]) {
    if (f["severity"] == "info") continue;
    EXPECT_NE(tree.find("failure " + f["rule"].get<std::string>() + " " + f["message"].get<std::string>()),
              std::string::npos)
        << tree;
  }
}

TEST(ReportFormatsTest, JunitEscapesEverything) {
  const std::string path =
      testing::WriteTextFile(testing::TempDir() + "/hostile.xml", Render("junit", HostileReport()));
  const std::string tree = ParseXmlWithPython(path);
  // The error fails both documents it touches; the note is system-out; the clean document passes.
  EXPECT_EQ(tree.rfind("testsuite 3 2\n", 0), 0u) << tree;
  EXPECT_NE(tree.find("case dir/evil \"doc\" <b>&,:%.txt 1 1\n"), std::string::npos) << tree;
  EXPECT_NE(tree.find("case other.md 1 1\n"), std::string::npos) << tree;
  EXPECT_NE(tree.find("case clean.txt 0 0\n"), std::string::npos) << tree;
  EXPECT_NE(tree.find("failure value-conflict users: <script>alert(1)</script>"), std::string::npos) << tree;
}

TEST(ReportFormatsTest, OutputWritesTheReportToAFile) {
  const std::string path = testing::TempDir() + "/report.md";
  std::filesystem::remove(path);
  auto r = testing::RunFigcheck("check --format markdown --output " + path + " " + Corpus());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str().rfind("### figcheck: ", 0), 0u) << text.str();
  // Text written to a file never has terminal colour.
  const std::string text_path = testing::TempDir() + "/report.txt";
  testing::RunFigcheck("check -o " + text_path + " " + Corpus());
  std::ifstream text_in(text_path);
  std::stringstream plain;
  plain << text_in.rdbuf();
  EXPECT_NE(plain.str().find("== "), std::string::npos);
  EXPECT_EQ(plain.str().find('\033'), std::string::npos);
}

TEST(ReportFormatsTest, UnwritableOutputIsNamedWithExitTwo) {
  const std::string path = testing::TempDir() + "/no/such/dir/report.html";
  auto r = testing::RunFigcheck("check --format html --output " + path + " " + Corpus());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot write '" + path + "'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace figcheck
