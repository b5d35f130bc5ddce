// ClaimCodec and RecordLog: what goes to a temporary file comes back whole.
#include <gtest/gtest.h>

#include <filesystem>

#include "checker/store/claim_codec.h"
#include "checker/store/record_log.h"
#include "tests/claim_fixtures.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

// A claim with every field set away from its default.
Claim FullClaim() {
  Claim c = testing::CountClaim("a/b.md", 12, "小鵬汽車", "deliveries", "1234567.5", "2024-03");
  c.column = 7;
  c.confidence = 0.8125;
  c.candidates = {{"小鵬汽車", 2.5, 5}, {"XPeng", -1.25, 0x80000001u}};
  c.qualifier = Qualifier::kRange;
  c.low = FigureValue::Read(c.dimension, "1000");
  c.high = FigureValue::Read(c.dimension, "2000");
  c.as_of_stated = true;
  c.resolution = Decimal::Parse("0.5");
  c.unit_mismatch = true;
  c.aspects = {Aspect::Word("expected"), Aspect::Party("NIO"), Aspect::Subject("revenue", "USD"), Aspect::Base("2023")};
  c.attribution = "entity from the sentence's subject. ";
  c.sentence = 4096;
  c.context = "2024年3月，小鵬汽車交付1000至2000輛";
  c.context_begin = 3;
  c.context_end = 17;
  return c;
}

std::string AllFields(const Claim& c) {
  std::string out = testing::ClaimFields(c) + "|" + std::to_string(c.confidence) + "|" + c.attribution + "|" +
                    std::to_string(c.sentence) + "|" + c.context + "|" + std::to_string(c.context_begin) + "|" +
                    std::to_string(c.context_end) + "|" + std::to_string(static_cast<int>(c.qualifier)) + "|" +
                    std::to_string(c.as_of ? static_cast<int>(c.as_of->precision) : -1);
  for (const auto& e : c.candidates) out += "|" + e.entity + ":" + std::to_string(e.score) + ":" + std::to_string(e.features);
  return out;
}

TEST(ClaimCodecTest, EveryFieldComesBack) {
  const Claim full = FullClaim();
  for (const Claim& c : {full, Claim{}}) {
    std::string bytes;
    EncodeClaim(c, &bytes);
    EncodeClaim(c, &bytes);  // two in a row: each decode stops at its own end
    std::string_view in = bytes;
    Claim first, second;
    ASSERT_TRUE(DecodeClaim(&in, &first).ok());
    ASSERT_TRUE(DecodeClaim(&in, &second).ok());
    EXPECT_TRUE(in.empty());
    EXPECT_EQ(AllFields(first), AllFields(c));
    EXPECT_EQ(AllFields(second), AllFields(c));
    EXPECT_EQ(first.value.number(), c.value.number());  // typed again, not only text
  }
}

TEST(ClaimCodecTest, BytesThatEndEarlyAreAnErrorNotACrash) {
  std::string bytes;
  EncodeClaim(FullClaim(), &bytes);
  for (size_t n = 0; n < bytes.size(); ++n) {
    std::string_view in(bytes.data(), n);
    Claim c;
    EXPECT_FALSE(DecodeClaim(&in, &c).ok()) << "decoded from the first " << n << " bytes";
  }
}

std::vector<std::string> ReadAll(RecordLog& log) {
  std::vector<std::string> out;
  auto cursor = log.Read();
  EXPECT_TRUE(cursor.ok()) << cursor.status().message();
  if (!cursor.ok()) return out;
  std::string_view r;
  while (cursor->Next(&r)) out.emplace_back(r);
  EXPECT_TRUE(cursor->status().ok()) << cursor->status().message();
  return out;
}

TEST(RecordLogTest, RecordsComeBackInOrderFromMemoryAndFromAFile) {
  const std::vector<std::string> records = {"one", "", std::string(300000, 'x'), "\x80\xff tail"};
  for (size_t budget : {size_t{1} << 30, size_t{10}}) {
    RecordLog log(testing::TempDir(), budget);
    for (const auto& r : records) ASSERT_TRUE(log.Append(r).ok());
    EXPECT_EQ(log.on_disk(), budget == 10);
    EXPECT_EQ(log.records(), records.size());
    EXPECT_EQ(ReadAll(log), records);
    EXPECT_EQ(ReadAll(log), records) << "a second read";
    EXPECT_FALSE(log.Append("late").ok()) << "appending after reading";
  }
}

TEST(RecordLogTest, TheFileLeavesNoNameBehind) {
  const std::string dir = testing::TempDir() + "/spill-names";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  RecordLog log(dir, 0);
  ASSERT_TRUE(log.Append("a record").ok());
  EXPECT_TRUE(log.on_disk());
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(RecordLogTest, AFolderThatCannotHoldItIsAnErrorNamingIt) {
  RecordLog log("/nonexistent/figcheck-spill", 4);
  ASSERT_TRUE(log.Append("ab").ok());  // fits in memory
  const Status s = log.Append("more than four bytes");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/figcheck-spill"), std::string::npos) << s.message();
  EXPECT_FALSE(log.Append("x").ok()) << "refuses after a failure";
}

}  // namespace
}  // namespace figcheck
