// Documents: line/column positions, loading files and folders, publication dates.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "checker/document/document.h"
#include "checker/document/loader.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

std::string SeedPath(const char* name) { return std::string(FIGCHECK_SOURCE_DIR) + "/seeds/" + name + ".txt"; }

// A fresh temporary folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("figcheck_document_test_" + std::to_string(::getpid()) + "_" +
                                         std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& relative, std::string_view bytes) const {
    const fs::path p = path_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

// ---- LineIndex ----

TEST(LineIndexTest, ColumnsCountCodePointsNotBytes) {
  const std::string text = "第一行\n營收 5 億元，成長 30%\nabc";
  const LineIndex index(text);
  EXPECT_EQ(index.line_count(), 3);
  const size_t five = text.find('5');
  const SourcePosition p = index.Position(text, five);
  EXPECT_EQ(p.line, 2);
  EXPECT_EQ(p.column, 4);  // 營, 收, space, then 5
  const SourcePosition q = index.Position(text, text.find("30%"));
  EXPECT_EQ(q.line, 2);
  EXPECT_EQ(q.column, 12);  // 營收 5 億元，成長 then a space: 11 code points before
  EXPECT_EQ(index.Position(text, 0).line, 1);
  EXPECT_EQ(index.Position(text, 0).column, 1);
  const SourcePosition c = index.Position(text, text.find('c'));
  EXPECT_EQ(c.line, 3);
  EXPECT_EQ(c.column, 3);
}

TEST(LineIndexTest, ColumnsAgreeWithACountOfCodePointsEverywhere) {
  // Lines longer than the index's checkpoints, mixing one-, two-, three- and
  // four-byte code points at every alignment: the column of each code point's
  // first byte is one more than the code points before it on its line.
  std::string text;
  const char* pieces[] = {"營收", "a", "é", "𠀋", "5億", " ", "Tesla ", "电动车"};
  for (int i = 0; i < 3000; ++i) {
    text += pieces[(i * 7 + i / 5) % 8];
    if (i % 1400 == 1399) text += "\n";
  }
  const LineIndex index(text);
  int line = 1, column = 1;
  for (size_t p = 0; p < text.size();) {
    size_t len = 1;
    const unsigned char c = static_cast<unsigned char>(text[p]);
    if (c >= 0xF0) len = 4; else if (c >= 0xE0) len = 3; else if (c >= 0xC0) len = 2;
    const auto pos = index.Position(text, p);
    ASSERT_EQ(pos.line, line) << p;
    ASSERT_EQ(pos.column, column) << p;
    if (text[p] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    p += len;
  }
}

TEST(LineIndexTest, OffsetOnNewlineAndAtEnd) {
  const std::string text = "ab\ncd";
  const LineIndex index(text);
  EXPECT_EQ(index.Position(text, 2).line, 1);  // the '\n' itself ends line 1
  EXPECT_EQ(index.Position(text, 2).column, 3);
  EXPECT_EQ(index.Position(text, 3).line, 2);
  EXPECT_EQ(index.Position(text, 5).column, 3);    // one past the end
  EXPECT_EQ(index.Position(text, 500).column, 3);  // clamped
}

TEST(LineIndexTest, LineRangeExcludesNewlineAndCarriageReturn) {
  const std::string text = "一\r\n二三\n\n四";
  const LineIndex index(text);
  ASSERT_EQ(index.line_count(), 4);
  auto [b1, e1] = index.LineRange(text, 1);
  EXPECT_EQ(text.substr(b1, e1 - b1), "一");
  auto [b2, e2] = index.LineRange(text, 2);
  EXPECT_EQ(text.substr(b2, e2 - b2), "二三");
  auto [b3, e3] = index.LineRange(text, 3);
  EXPECT_EQ(b3, e3);
  auto [b4, e4] = index.LineRange(text, 4);
  EXPECT_EQ(text.substr(b4, e4 - b4), "四");
  auto [b5, e5] = index.LineRange(text, 5);
  EXPECT_EQ(b5, e5);
}

TEST(LineIndexTest, LongSingleLineMatchesDirectCount) {
  // Several checkpoint blocks on one line, mixing 1-, 3- and 4-byte characters.
  std::string text;
  std::mt19937 rng(7);
  const char* pieces[] = {"a", "5", "營", "收", "𠀀", " ", "，"};
  while (text.size() < 300000) text += pieces[rng() % 7];
  text += "\n尾 42";
  const LineIndex index(text);
  std::vector<size_t> offsets = {0, 4095, 4096, 4097, 8192, text.size() / 2, text.find('\n'), text.size()};
  for (int i = 0; i < 200; ++i) offsets.push_back(rng() % text.size());
  for (size_t off : offsets) {
    if (off < text.size() && (static_cast<unsigned char>(text[off]) & 0xC0) == 0x80) continue;  // not a char start
    const size_t nl = text.find('\n');
    const SourcePosition p = index.Position(text, off);
    if (off <= nl) {
      EXPECT_EQ(p.line, 1);
      EXPECT_EQ(p.column, static_cast<int>(utf8::CountCodePoints(std::string_view(text).substr(0, off))) + 1) << off;
    } else {
      EXPECT_EQ(p.line, 2);
      EXPECT_EQ(p.column,
                static_cast<int>(utf8::CountCodePoints(std::string_view(text).substr(nl + 1, off - nl - 1))) + 1);
    }
  }
}

// ---- Loading ----

TEST(DocumentTest, SeedWithFrontMatterDateTimeAndImages) {
  Result<Document> doc = LoadDocument(SeedPath("002_94ac71971e785e4d"), {});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->encoding, "UTF-8");
  ASSERT_TRUE(doc->published.has_value());
  EXPECT_EQ(doc->published->ToIso(), "2025-05-12");
  EXPECT_EQ(doc->plain.size(), doc->text.size());

  const size_t image = doc->text.find("20250512-6151c3b6.jpg");
  ASSERT_NE(image, std::string::npos);
  EXPECT_EQ(doc->plain.substr(image, 21), std::string(21, ' '));
  const size_t shortcode = doc->text.find("{{< youtube dTBtOvFh7FE >}}");
  ASSERT_NE(shortcode, std::string::npos);
  EXPECT_EQ(doc->plain.substr(shortcode, 27), std::string(27, ' '));
  // Prose figures stay where they were, and positions point into the text.
  const size_t figure = doc->text.find("12,000%");
  ASSERT_NE(figure, std::string::npos);
  EXPECT_EQ(doc->plain.substr(figure, 7), "12,000%");
  const SourcePosition pos = doc->Position(figure);
  auto [b, e] = doc->lines.LineRange(doc->text, pos.line);
  EXPECT_LE(b, figure);
  EXPECT_GT(e, figure);
  EXPECT_EQ(pos.column, static_cast<int>(utf8::CountCodePoints(doc->text.substr(b, figure - b))) + 1);
  // The title's text survives, the key does not.
  EXPECT_NE(doc->plain.find("美中AI競賽的戰略布局"), std::string::npos);
  EXPECT_EQ(doc->plain.find("title:"), std::string::npos);
  EXPECT_EQ(doc->plain.find("2025-05-12T14"), std::string::npos);
}

TEST(DocumentTest, SeedWithQuotedFrontMatterDate) {
  Result<Document> doc = LoadDocument(SeedPath("000_2c8b47a1f4ed2eae"), {});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_TRUE(doc->published.has_value());
  EXPECT_EQ(doc->published->ToIso(), "2025-12-24");
  EXPECT_NE(doc->plain.find("610億美元"), std::string::npos);
}

TEST(DocumentTest, SeedWithLeadingDateLine) {
  Result<Document> doc = LoadDocument(SeedPath("001_396973e3deaef34f"), {});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_TRUE(doc->published.has_value());
  EXPECT_EQ(doc->published->ToIso(), "2026-01-01");
  EXPECT_EQ(doc->text.substr(0, 16), " date 2026-01-01");
  EXPECT_EQ(doc->plain.substr(0, 16), std::string(16, ' '));
  EXPECT_NE(doc->plain.find("2026-01-01 15:00"), std::string::npos);  // the second date is prose
}

TEST(DocumentTest, SeedWithoutDateHasNone) {
  Result<Document> doc = LoadDocument(SeedPath("004_55fd0ca9d782c08b"), {});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_FALSE(doc->published.has_value());
}

TEST(DocumentTest, PublishedOptionWins) {
  LoadOptions options;
  options.published = CivilDate::Day(2024, 2, 29);
  Result<Document> doc = LoadDocument(SeedPath("002_94ac71971e785e4d"), options);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->published->ToIso(), "2024-02-29");
}

TEST(DocumentTest, FrontMatterDateForms) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"---\ndate: \"2025-12-24\"\n---\nbody", "2025-12-24"},
      {"---\ntitle: x\ndate: 2025-05-12T14:30:25+08:00\n---\n", "2025-05-12"},
      {"---\ndate: '2024-03'\n---\n", "2024-03"},
      {"+++\ndate = 2023-01-02\n+++\n", "2023-01-02"},
      {"\n\n   date 2026-01-21 《華爾街聊什麼》\n", "2026-01-21"},
      {"---\ntitle: no date here\n---\ndate 2022-07-08 after front matter\n", "2022-07-08"},
  };
  for (const Case& c : cases) {
    Result<Document> doc = DocumentFromBytes("t.md", c.text, {});
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    ASSERT_TRUE(doc->published.has_value()) << c.text;
    EXPECT_EQ(doc->published->ToIso(), c.expected) << c.text;
  }
  for (const char* text : {"正文\ndate 2026-01-01", "---\ndate: soon\n---\n", "date 2026-13-01 bad month",
                           "---\nupdated: 2025-01-01\n---\n"}) {
    Result<Document> doc = DocumentFromBytes("t.md", text, {});
    ASSERT_TRUE(doc.ok());
    EXPECT_FALSE(doc->published.has_value()) << text;
  }
}

TEST(DocumentTest, EmptyFileIsAnEmptyDocument) {
  TempDir dir;
  const std::string path = dir.Write("empty.txt", "");
  Result<Document> doc = LoadDocument(path, {});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->path, path);
  EXPECT_EQ(doc->text, "");
  EXPECT_EQ(doc->plain, "");
  EXPECT_EQ(doc->lines.line_count(), 1);
  EXPECT_FALSE(doc->published.has_value());
  EXPECT_EQ(doc->Position(0).line, 1);
}

TEST(DocumentTest, BomIsStrippedAndOffsetsFollowTheDecodedText) {
  Result<Document> doc = DocumentFromBytes("b.txt", "\xEF\xBB\xBF營收 5 億", {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "營收 5 億");
  EXPECT_EQ(doc->Position(doc->text.find('5')).column, 4);
}

TEST(DocumentTest, InvalidFileIsRefusedNamingIt) {
  TempDir dir;
  const std::string path = dir.Write("bad.txt", "ok\n\xFF\xFE\xFD\x01 broken");
  Result<Document> doc = LoadDocument(path, {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(doc.status().message().rfind(path + ": ", 0), 0u) << doc.status().message();
}

TEST(DocumentTest, MissingOrUnreadablePathIsAnIoErrorNamingIt) {
  TempDir dir;
  const std::string missing = dir.path() + "/nope.txt";
  Result<Document> doc = LoadDocument(missing, {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kIoError);
  EXPECT_NE(doc.status().message().find(missing), std::string::npos);
  Result<Document> folder = LoadDocument(dir.path(), {});
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.status().code(), Status::Code::kIoError);
  EXPECT_NE(folder.status().message().find(dir.path()), std::string::npos);
}

TEST(DocumentTest, FoldersAreReadRecursivelyInSortedOrder) {
  TempDir dir;
  dir.Write("b.md", "b");
  dir.Write("a.txt", "a");
  dir.Write("sub/c.HTML", "c");
  dir.Write("sub/deeper/d.markdown", "d");
  dir.Write("sub/e.htm", "e");
  dir.Write("sub/cover.jpg", "x");
  dir.Write("notes.docx", "x");
  dir.Write(".git/f.txt", "hidden");
  const std::string explicit_file = dir.Write("other/readme.rst", "r");
  Result<std::vector<std::string>> files = ListDocuments({dir.path(), "-", explicit_file});
  ASSERT_TRUE(files.ok()) << files.status().message();
  const std::string d = dir.path();
  const std::vector<std::string> expected = {d + "/a.txt", d + "/b.md", d + "/sub/c.HTML",
                                             d + "/sub/deeper/d.markdown", d + "/sub/e.htm", "-", explicit_file};
  EXPECT_EQ(*files, expected);
}

TEST(DocumentTest, ListingAMissingPathFailsNamingIt) {
  Result<std::vector<std::string>> files = ListDocuments({"/no/such/figcheck/dir"});
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().code(), Status::Code::kNotFound);
  EXPECT_NE(files.status().message().find("/no/such/figcheck/dir"), std::string::npos);
}

}  // namespace
}  // namespace figcheck
