// Decoding: BOMs, UTF-16, Big5, GB18030, and refusing what is not text.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

#include "checker/document/decode.h"

namespace figcheck {
namespace {

constexpr char kTraditional[] =
    "台積電今年第三季營收達到新台幣7,500億元，較去年同期成長30%。\n"
    "董事長表示，人工智慧需求強勁，先進製程產能持續吃緊，明年資本支出將維持在高檔。\n"
    "分析師認為，輝達與蘋果的訂單仍是主要動能，法人預估全年每股盈餘可望創下新高。\n";

constexpr char kSimplified[] =
    "台积电今年第三季度营收达到新台币7500亿元，同比增长30%。\n"
    "董事长表示，人工智能需求强劲，先进制程产能持续紧张，明年资本支出将维持在高位。\n"
    "分析师认为，英伟达与苹果的订单仍是主要动力，机构预计全年每股收益有望创下新高。\n";

// UTF-8 -> `charset`, failing the test if any character had no mapping.
std::string Encode(const char* charset, std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &status);
  ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  UConverter* from = ucnv_open("UTF-8", &status);
  std::string out(utf8.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = utf8.data();
  ucnv_convertEx(cnv, from, &target, out.data() + out.size(), &source, utf8.data() + utf8.size(), nullptr,
                 nullptr, nullptr, nullptr, true, true, &status);
  EXPECT_TRUE(U_SUCCESS(status)) << charset << ": " << u_errorName(status);
  ucnv_close(cnv);
  ucnv_close(from);
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

TEST(DecodeTest, EmptyInputIsEmptyUtf8Text) {
  Result<DecodedText> r = DecodeBytes("empty.txt", "");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "");
  EXPECT_EQ(r->encoding, "UTF-8");
}

TEST(DecodeTest, PlainUtf8PassesThrough) {
  Result<DecodedText> r = DecodeBytes("a.txt", kTraditional);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, kTraditional);
  EXPECT_EQ(r->encoding, "UTF-8");
}

TEST(DecodeTest, Utf8ByteOrderMarkIsStripped) {
  Result<DecodedText> r = DecodeBytes("bom.txt", std::string("\xEF\xBB\xBF") + "營收 5 億元");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "營收 5 億元");
  EXPECT_EQ(r->encoding, "UTF-8");
}

TEST(DecodeTest, Utf16LittleEndianWithBom) {
  const std::string bytes = "\xFF\xFE" + Encode("UTF-16LE", kTraditional);
  Result<DecodedText> r = DecodeBytes("le.txt", bytes);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, kTraditional);
  EXPECT_EQ(r->encoding, "UTF-16LE");
}

TEST(DecodeTest, Utf16BigEndianWithBom) {
  const std::string bytes = "\xFE\xFF" + Encode("UTF-16BE", kSimplified);
  Result<DecodedText> r = DecodeBytes("be.txt", bytes);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, kSimplified);
  EXPECT_EQ(r->encoding, "UTF-16BE");
}

TEST(DecodeTest, Utf16WithoutBomIsRecognisedByItsNulBytes) {
  const std::string text = std::string("Revenue grew 30% to NT$7,500 billion.\n") + kTraditional;
  Result<DecodedText> le = DecodeBytes("le.txt", Encode("UTF-16LE", text));
  ASSERT_TRUE(le.ok()) << le.status().message();
  EXPECT_EQ(le->text, text);
  EXPECT_EQ(le->encoding, "UTF-16LE");
  Result<DecodedText> be = DecodeBytes("be.txt", Encode("UTF-16BE", text));
  ASSERT_TRUE(be.ok()) << be.status().message();
  EXPECT_EQ(be->text, text);
  EXPECT_EQ(be->encoding, "UTF-16BE");
}

TEST(DecodeTest, Big5IsDetectedAndConverted) {
  const std::string bytes = Encode("Big5", kTraditional);
  ASSERT_NE(bytes, kTraditional);
  Result<DecodedText> r = DecodeBytes("big5.txt", bytes);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->encoding, "Big5");
  EXPECT_EQ(r->text, kTraditional);
}

TEST(DecodeTest, Gb18030SimplifiedIsDetectedAndConverted) {
  Result<DecodedText> r = DecodeBytes("gb.txt", Encode("GB18030", kSimplified));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->encoding, "GB18030");
  EXPECT_EQ(r->text, kSimplified);
}

TEST(DecodeTest, Gb18030TraditionalIsNotMistakenForBig5) {
  Result<DecodedText> r = DecodeBytes("gb.txt", Encode("GB18030", kTraditional));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->encoding, "GB18030");
  EXPECT_EQ(r->text, kTraditional);
}

TEST(DecodeTest, TruncatedBig5IsRefusedNotHalfDecoded) {
  std::string bytes = Encode("Big5", kTraditional);
  bytes.pop_back();  // "\n"
  bytes.pop_back();  // second byte of "。": a lone lead byte remains
  Result<DecodedText> r = DecodeBytes("cut.txt", bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(r.status().message().find("cut.txt"), std::string::npos) << r.status().message();
}

TEST(DecodeTest, JapaneseAndKoreanLegacyEncodingsAreRefusedNotReadAsGb18030) {
  const std::string japanese =
      "東京証券取引所は本日、日経平均株価が前日比3.5%上昇し、終値は38,000円となったと発表した。"
      "半導体関連株が相場を押し上げ、投資家の間では人工知能への期待が高まっている。\n";
  const std::string korean =
      "삼성전자는 올해 3분기 영업이익이 전년 대비 30% 증가한 10조 원을 기록했다고 밝혔다. "
      "인공지능 반도체 수요가 늘어나면서 메모리 가격이 상승했다.\n";
  struct Case {
    const char* charset;
    const std::string& text;
  };
  for (const Case& c : {Case{"Shift_JIS", japanese}, Case{"EUC-JP", japanese}, Case{"EUC-KR", korean}}) {
    Result<DecodedText> r = DecodeBytes("foreign.txt", Encode(c.charset, c.text));
    ASSERT_FALSE(r.ok()) << c.charset << " read as " << r->encoding;
    EXPECT_NE(r.status().message().find(std::string("it looks like ") + c.charset), std::string::npos)
        << r.status().message();
  }
}

TEST(DecodeTest, LargeBig5FileIsDecodedWhole) {
  std::string text;
  while (text.size() < (1u << 20)) text += kTraditional;  // past the sample the choice is made on
  Result<DecodedText> r = DecodeBytes("big.txt", Encode("Big5", text));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->encoding, "Big5");
  EXPECT_EQ(r->text, text);
}

TEST(DecodeTest, Big5WithABadByteBeyondTheSampleIsRefused) {
  std::string text;
  while (text.size() < (1u << 20)) text += kTraditional;
  std::string bytes = Encode("Big5", text);
  bytes.insert(bytes.size() - 10, "\x80");  // 0x80 is no Big5 lead byte
  Result<DecodedText> r = DecodeBytes("big.txt", bytes);
  EXPECT_FALSE(r.ok() && r->encoding == "Big5");
}

TEST(DecodeTest, BinaryWithNulBytesIsRefused) {
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5c\x72\xa8\x66", 33);
  Result<DecodedText> r = DecodeBytes("img/cover.png", png);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(r.status().message(), "img/cover.png: binary file, not read");
}

TEST(DecodeTest, ControlHeavyContentIsRefusedAsBinary) {
  std::string bytes;
  for (int i = 0; i < 50; ++i) bytes += "ab\x01\x02\x03";
  Result<DecodedText> r = DecodeBytes("blob.txt", bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("binary"), std::string::npos) << r.status().message();
}

TEST(DecodeTest, TheControlShareDecidesWhereverTheControlBytesFall) {
  // More than 1 % control bytes is binary, at most 1 % is text: the same at
  // every byte offset (the scan reads eight bytes at a time), for DEL too.
  for (const char control : {'\x01', '\x7F', '\x1B'}) {
    for (size_t shift = 0; shift < 8; ++shift) {
      for (const size_t count : {size_t{10}, size_t{11}}) {
        std::string bytes(1000, 'a');
        for (size_t i = 0; i < 200; i += 3) bytes.replace(i, 3, "營");  // multi-byte text too
        for (size_t k = 0; k < count; ++k) bytes[300 + shift + k * 61] = control;
        const bool binary = !DecodeBytes("mixed.txt", bytes).ok();
        EXPECT_EQ(binary, count == 11) << "control " << int(control) << " shift " << shift << " count " << count;
      }
    }
  }
}

TEST(DecodeTest, OneStrayControlCharacterInLongTextIsStillText) {
  const std::string bytes = std::string(kTraditional) + "\x1A";  // DOS end-of-file mark
  EXPECT_TRUE(DecodeBytes("old.txt", bytes).ok());
}

TEST(DecodeTest, InvalidUtf8IsRefusedNamingFileAndLine) {
  const std::string bytes = "line one\nline two\ncaf\xE9 au lait, 5 euros\n";
  Result<DecodedText> r = DecodeBytes("notes/menu.txt", bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(r.status().message(),
            "notes/menu.txt: not valid UTF-8, UTF-16, Big5 or GB18030 (first bad byte at line 3)");
}

TEST(DecodeTest, InvalidUtf8AfterBomIsRefused) {
  Result<DecodedText> r = DecodeBytes("x.md", "\xEF\xBB\xBFok\n\xC0\x80");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("x.md"), std::string::npos);
  EXPECT_NE(r.status().message().find("line 2"), std::string::npos) << r.status().message();
}

TEST(DecodeTest, FirstInvalidUtf8RejectsIllFormedSequences) {
  EXPECT_EQ(FirstInvalidUtf8("plain ascii"), std::string_view::npos);
  EXPECT_EQ(FirstInvalidUtf8("營收𠀀"), std::string_view::npos);
  EXPECT_EQ(FirstInvalidUtf8("ab\xC0\x80"), 2u);          // overlong NUL
  EXPECT_EQ(FirstInvalidUtf8("a\xED\xA0\x80"), 1u);       // surrogate
  EXPECT_EQ(FirstInvalidUtf8("\xF4\x90\x80\x80"), 0u);    // above U+10FFFF
  EXPECT_EQ(FirstInvalidUtf8("12345678\xE7\x87"), 8u);    // truncated at end
  EXPECT_EQ(FirstInvalidUtf8("\x80"), 0u);                // lone continuation
}

}  // namespace
}  // namespace figcheck
