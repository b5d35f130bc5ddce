#include "checker/claims/latin_tokens.h"

#include <algorithm>
#include <cctype>

#include "checker/util/utf8.h"

namespace figcheck {
namespace {

using utf8::IsAsciiAlnum;
using utf8::IsAsciiAlpha;
using utf8::IsAsciiUpper;

class LatinScanner {
 public:
  explicit LatinScanner(std::string_view text) : text_(text) {}

  LatinTokens Run() {
    Scan();
    return std::move(out_);
  }

 private:
  // The nearest code point before `pos` that is not a space (0 at a line start).
  char32_t Before(size_t pos) const {
    while (pos > 0 && text_[pos - 1] == ' ') --pos;
    if (pos == 0 || text_[pos - 1] == '\n') return 0;
    size_t len = 0;
    return utf8::Decode(text_, utf8::PrevStart(text_, pos), &len);
  }
  char32_t After(size_t pos) const {
    while (pos < text_.size() && text_[pos] == ' ') ++pos;
    if (pos >= text_.size() || text_[pos] == '\n') return 0;
    size_t len = 0;
    return utf8::Decode(text_, pos, &len);
  }

  void Scan() {
    for (size_t pos = 0; pos < text_.size();) {
      if (!IsAsciiAlpha(text_[pos]) || (pos > 0 && IsAsciiAlnum(text_[pos - 1]))) {
        ++pos;
        continue;
      }
      LatinToken t;
      t.begin = pos;
      size_t e = pos;
      while (e < text_.size() && (IsAsciiAlnum(text_[e]) || ((text_[e] == '&' || text_[e] == '-' || text_[e] == '.') &&
                                                         e + 1 < text_.size() && IsAsciiAlnum(text_[e + 1])))) {
        ++e;
      }
      t.end = e;
      pos = e;
      const std::string_view w = text_.substr(t.begin, t.end - t.begin);
      t.capitalised = std::any_of(w.begin(), w.end(), IsAsciiUpper);
      t.marked = std::any_of(w.begin() + 1, w.end(), [](char c) { return IsAsciiUpper(c) || std::isdigit(static_cast<unsigned char>(c)); });
      const char32_t before = Before(t.begin), after = After(t.end);
      t.han_context = utf8::IsHan(before) || utf8::IsHan(after) || before == 0x3001 || before == 0x3002 || after == 0x3001 || after == 0x3002;
      // Part of an address (a URL, a file, an e-mail): no name.
      const char prev = t.begin > 0 ? text_[t.begin - 1] : ' ';
      const char next = t.end < text_.size() ? text_[t.end] : ' ';
      if (prev == '/' || prev == '@' || prev == '_' || prev == '#' || prev == '\\' || prev == '.' || next == '/' ||
          next == '@' || next == '_' || (next == '.' && t.end + 1 < text_.size() && IsAsciiAlpha(text_[t.end + 1]))) {
        continue;
      }
      t.initial = before == 0 || before == '.' || before == '!' || before == '?' || before == ':' || before == ';' ||
                  before == '"' || before == 0x201C || before == 0x2018 || before == '-' || before == 0x2014 ||
                  before == '(' || before == '*' || before == '#' || before == '|';
      out_.tokens.push_back(t);
    }
    MarkTitleLines();
    // Evidence of a name: the word written capitalised mid-sentence somewhere,
    // and nowhere in lower case.
    // Only plainly capitalised words in English text need it: count those
    // first, then their lower-case occurrences (most words of a text are neither).
    std::string key;
    auto lower_into = [&](std::string_view w) {
      key.assign(w);  // one buffer for every word: no allocation per token
      for (char& c : key) if (IsAsciiUpper(c)) c = static_cast<char>(c + 32);
    };
    for (const LatinToken& t : out_.tokens) {
      if (!t.capitalised || t.marked || t.han_context) continue;
      lower_into(text_.substr(t.begin, t.end - t.begin));
      LatinTokens::Evidence& e = out_.evidence[key];
      if (!t.initial) ++e.mid_capitalised;
    }
    if (!out_.evidence.empty()) {
      for (const LatinToken& t : out_.tokens) {
        if (t.capitalised) continue;
        lower_into(text_.substr(t.begin, t.end - t.begin));
        if (auto it = out_.evidence.find(key); it != out_.evidence.end()) ++it->second.lower;
      }
    }
  }

  // A line most of whose Latin words are capitalised is a title: its capitals say nothing.
  void MarkTitleLines() {
    size_t i = 0;
    while (i < out_.tokens.size()) {
      const size_t line_end = std::min(text_.find('\n', out_.tokens[i].begin), text_.size());
      size_t j = i, words = 0, caps = 0;
      for (; j < out_.tokens.size() && out_.tokens[j].begin < line_end; ++j) {
        if (out_.tokens[j].han_context) continue;
        ++words;
        if (IsAsciiUpper(text_[out_.tokens[j].begin])) ++caps;
      }
      if (words >= 4 && caps * 10 >= words * 7) {
        for (size_t k = i; k < j; ++k) out_.tokens[k].initial = true;
      }
      // "What Happened: Tesla reported …": a capitalised label before a colon.
      size_t k = i;
      while (k < j && k < i + 5 && !out_.tokens[k].han_context && IsAsciiUpper(text_[out_.tokens[k].begin])) {
        const size_t gap_end = k + 1 < j ? out_.tokens[k + 1].begin : line_end;
        const std::string_view gap = text_.substr(out_.tokens[k].end, gap_end - out_.tokens[k].end);
        if (gap.rfind(":", 0) == 0) {
          for (size_t m = i; m <= k; ++m) out_.tokens[m].initial = true;
          break;
        }
        if (gap != " ") break;
        ++k;
      }
      i = j;
    }
  }

  std::string_view text_;
  LatinTokens out_;
};

}  // namespace


bool LatinTokens::Evidenced(std::string_view word) const {
  auto it = evidence.find(utf8::AsciiLower(word));
  return it != evidence.end() && it->second.mid_capitalised > 0 && it->second.lower == 0;
}

LatinTokens TokenizeLatin(std::string_view text) { return LatinScanner(text).Run(); }

}  // namespace figcheck
