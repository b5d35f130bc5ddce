#include "checker/text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

#include "checker/util/utf8.h"

namespace figcheck {

std::vector<size_t> SentenceBounds(std::string_view text) { return SentenceBounds(text, 0, text.size()); }

std::vector<size_t> SentenceBounds(std::string_view whole, size_t begin, size_t end) {
  const std::string_view text = whole.substr(begin, end - begin);
  std::vector<size_t> bounds{0};
  // Creating a break iterator costs far more than running it on a paragraph:
  // each thread keeps one and points it at each new text.
  thread_local std::unique_ptr<icu::BreakIterator> it;
  UErrorCode status = U_ZERO_ERROR;
  if (!it) it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status) && ut != nullptr && it) {
    it->setText(ut, status);
    for (int32_t b = it->next(); U_SUCCESS(status) && b != icu::BreakIterator::DONE; b = it->next()) {
      bounds.push_back(static_cast<size_t>(b));
    }
  }
  if (ut != nullptr) utext_close(ut);
  for (size_t p = text.find('\n'); p != std::string_view::npos; p = text.find('\n', p + 1)) bounds.push_back(p + 1);
  bounds.push_back(text.size());
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  for (size_t& b : bounds) b += begin;
  return bounds;
}

std::vector<size_t> ClauseBounds(std::string_view text, size_t begin, size_t end) {
  std::vector<size_t> bounds{begin};
  auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (size_t pos = begin; pos < end;) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(text, pos, &len);
    bool brk = cp == U'，' || cp == U'、' || cp == U'；' || cp == U';' || cp == U'：' || cp == U':';
    // NFKC made full-width commas ASCII: a comma between digits groups them (2,120).
    if (cp == U',') brk = !(pos > begin && digit(pos - 1) && digit(pos + 1));
    pos += len;
    if (brk) bounds.push_back(pos);
  }
  if (bounds.back() != end) bounds.push_back(end);
  return bounds;
}

std::pair<size_t, size_t> RangeAround(const std::vector<size_t>& bounds, size_t pos) {
  auto it = std::upper_bound(bounds.begin(), bounds.end(), pos);
  if (it == bounds.begin()) return {0, bounds.empty() ? 0 : bounds.front()};
  if (it == bounds.end()) return {bounds.back(), bounds.back()};
  return {*(it - 1), *it};
}


const SentenceIndex::Paragraph& SentenceIndex::ParagraphAt(size_t pos) {
  if (last_ != nullptr && pos >= last_begin_ && pos < last_->end) return *last_;
  auto it = paragraphs_.upper_bound(pos);
  if (it != paragraphs_.begin() && pos < std::prev(it)->second.end) {
    --it;
  } else {
    // A 50 MB one-line document is searched here once, not once per figure.
    const size_t nl = pos == 0 ? std::string_view::npos : text_.rfind('\n', pos - 1);
    const size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
    const size_t end = std::min(text_.find('\n', pos), text_.size());
    it = paragraphs_.emplace(begin, Paragraph{end, SentenceBounds(text_, begin, end)}).first;
  }
  last_begin_ = it->first;
  last_ = &it->second;
  return *last_;
}

std::pair<size_t, size_t> SentenceIndex::Around(size_t pos) { return RangeAround(ParagraphAt(pos).bounds, pos); }

}  // namespace figcheck
