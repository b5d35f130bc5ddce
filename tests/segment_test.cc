#include "checker/text/segment.h"

#include <gtest/gtest.h>

#include <string>

namespace figcheck {
namespace {

// The sentence SentenceBounds(text) puts pos in, trimmed of the line break
// that SentenceIndex leaves out of a paragraph's last sentence.
std::pair<size_t, size_t> WholeTextSentence(std::string_view text, size_t pos) {
  auto [b, e] = RangeAround(SentenceBounds(text), pos);
  while (e > b && text[e - 1] == '\n') --e;
  return {b, e};
}

TEST(SentenceIndexTest, AgreesWithWholeTextSegmentationInEveryScript) {
  const std::string text =
      "輝達營收成長62%。公司預計下季達650億美元。\n"
      "英伟达营收增长62%。公司预计下季达650亿美元!\n"
      "Nvidia's revenue rose 62%. It expects $65 billion next quarter.\n"
      "\n"
      "A last line without a break";
  SentenceIndex index(text);
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] == '\n') continue;
    ASSERT_EQ(index.Around(pos), WholeTextSentence(text, pos)) << "at byte " << pos;
  }
}

TEST(SentenceIndexTest, AnswersOutOfOrderAndAgain) {
  const std::string text = "First one. Second one.\nThird one. Fourth one.";
  SentenceIndex index(text);
  const size_t fourth = text.find("Fourth");
  const size_t second = text.find("Second");
  const size_t third = text.find("Third");
  EXPECT_EQ(index.Around(fourth), std::make_pair(fourth, text.size()));
  EXPECT_EQ(index.Around(second), std::make_pair(second, third - 1));
  EXPECT_EQ(index.Around(fourth + 3), std::make_pair(fourth, text.size()));
  EXPECT_EQ(index.Around(0), (std::pair<size_t, size_t>{0, second}));
  EXPECT_EQ(index.Around(third), std::make_pair(third, fourth));
}

TEST(SentenceIndexTest, OneLineDocumentAndOneSentence) {
  const std::string one = "營收達到100億美元";
  SentenceIndex index(one);
  EXPECT_EQ(index.Around(0), (std::pair<size_t, size_t>{0, one.size()}));
  EXPECT_EQ(index.Around(one.size() - 1), (std::pair<size_t, size_t>{0, one.size()}));
}

}  // namespace
}  // namespace figcheck
