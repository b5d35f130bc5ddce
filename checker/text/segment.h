// Sentences and clauses of normalised text.
//
// Contract: SentenceBounds() returns the byte offsets where sentences start,
// found by ICU's sentence BreakIterator run directly over the UTF-8 text
// (UText, so offsets are bytes), plus every line start: a line is a
// paragraph in the articles figcheck reads. ClauseBounds() splits one
// sentence further at clause punctuation (，、；：, and an ASCII comma that
// is not a digit-group separator), which is where Chinese changes subject.
#ifndef FIGCHECK_TEXT_SEGMENT_H_
#define FIGCHECK_TEXT_SEGMENT_H_

#include <cstddef>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace figcheck {

// Sorted sentence start offsets; the first is 0, and text.size() is appended last.
std::vector<size_t> SentenceBounds(std::string_view text);

// The same for the part [begin, end) of text (offsets stay those of `text`):
// callers that need only some paragraphs segment only those.
std::vector<size_t> SentenceBounds(std::string_view text, size_t begin, size_t end);

// Clause start offsets within [begin, end), sorted, first == begin, end appended.
std::vector<size_t> ClauseBounds(std::string_view text, size_t begin, size_t end);

// The [begin, end) range among `bounds` that contains pos.
std::pair<size_t, size_t> RangeAround(const std::vector<size_t>& bounds, size_t pos);

// The sentences of a text, segmented paragraph (line) by paragraph on first
// need: only the paragraphs that hold a figure are segmented, each once, and
// ICU's cost follows the figures, not the document's length. A sentence never
// spans a line, so this answers as SentenceBounds(text) would, except that a
// paragraph's last sentence ends before its '\n', not after it.
class SentenceIndex {
 public:
  explicit SentenceIndex(std::string_view text) : text_(text) {}

  // The sentence [begin, end) holding the byte at pos (pos < text.size()).
  std::pair<size_t, size_t> Around(size_t pos);

 private:
  struct Paragraph {
    size_t end = 0;
    std::vector<size_t> bounds;
  };
  const Paragraph& ParagraphAt(size_t pos);

  std::string_view text_;
  std::map<size_t, Paragraph> paragraphs_;  // by paragraph start
  const Paragraph* last_ = nullptr;         // figures come in text order: usually asked again
  size_t last_begin_ = 0;
};

}  // namespace figcheck

#endif  // FIGCHECK_TEXT_SEGMENT_H_
