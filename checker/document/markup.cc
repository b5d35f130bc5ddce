// Markup blanking: one left-to-right pass over the text.
//
// The scan reacts only to a few ASCII bytes; everything else (all CJK bytes)
// is skipped, eight bytes at a time in a run of them. Each construct is recognised where it
// starts and blanked in the output copy, and the scan resumes after it. Link
// text is the one construct scanned *inside*: the `](url)` tail is blanked up
// front and jumped over when the scan reaches it. Look-ahead is bounded, and
// searches for closers (-->, </script, >}}) are cached, so the whole pass is
// linear in the text size.
#include "checker/document/markup.h"

#include <re2/re2.h>

#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

#include "checker/document/markup_parts.h"
#include "checker/document/metadata.h"

namespace figcheck {
namespace {

using markup::BlankFrontMatter;
using markup::BlankRange;
using markup::EmailEnd;
using markup::EqualsIgnoreCase;
using markup::IsAlnum;
using markup::IsAlpha;
using markup::IsBlank;
using markup::IsDigit;
using markup::IsPathChar;
using markup::PathEnd;
using markup::UrlEnd;

constexpr size_t kNpos = std::string_view::npos;

// Longer than this and a would-be construct is taken as prose.
constexpr size_t kMaxLinkText = 2000;
constexpr size_t kMaxLinkTarget = 2000;
constexpr size_t kMaxRefLabel = 200;
constexpr size_t kMaxTag = 4000;

// The first occurrence of a needle at or after a position, remembered. The
// scan only moves forward, so one answer serves every later query up to it,
// and "none" serves every later query: total work is linear.
class ForwardFinder {
 public:
  ForwardFinder(std::string_view hay, std::string_view needle, bool ignore_case)
      : hay_(hay), needle_(needle), ignore_case_(ignore_case) {}

  size_t Find(size_t from) {
    if (searched_ && from >= from_ && (at_ == kNpos || at_ >= from)) return at_;
    searched_ = true;
    from_ = from;
    at_ = ignore_case_ ? FindIgnoreCase(from) : hay_.find(needle_, from);
    return at_;
  }

 private:
  size_t FindIgnoreCase(size_t from) const {
    for (size_t i = hay_.find(needle_[0], from); i != kNpos; i = hay_.find(needle_[0], i + 1)) {
      if (EqualsIgnoreCase(hay_.substr(i, needle_.size()), needle_)) return i;
    }
    return kNpos;
  }

  std::string_view hay_;
  std::string_view needle_;
  bool ignore_case_;
  bool searched_ = false;
  size_t from_ = 0;
  size_t at_ = kNpos;
};

class MarkupBlanker {
 public:
  explicit MarkupBlanker(std::string_view text)
      : in_(text),
        out_(text),
        n_(text.size()),
        comment_end_(text, "-->", false),
        script_end_(text, "</script", true),
        style_end_(text, "</style", true),
        shortcode_end_(text, ">}}", false),
        shortcode_percent_end_(text, "%}}", false) {}

  std::string Run() &&;

 private:
  // Where the tail of a link starts (`at`, its `]`) and where the scan resumes.
  struct Skip {
    size_t at;
    size_t to;
  };

  void Blank(size_t begin, size_t end);
  bool StartsWith(size_t pos, std::string_view s, bool ignore_case = false) const;
  size_t LineEnd(size_t pos) const;
  size_t SkipBlanks(size_t pos, size_t end) const;

  size_t LineStart(size_t pos);
  bool IsRuleLine(size_t begin, size_t end) const;
  bool IsTableSeparator(size_t begin, size_t end) const;
  bool IsSourceLine(size_t begin, size_t end) const;
  size_t ReferenceDefinition(size_t line_begin, size_t pos, size_t end);

  size_t Inline(size_t pos);
  size_t Token(size_t pos);
  size_t Angle(size_t pos);
  size_t TagEnd(size_t pos) const;
  size_t Entity(size_t pos);
  size_t Image(size_t pos);
  size_t Link(size_t pos);
  size_t LinkTail(size_t close) const;
  size_t MatchBracket(size_t open) const;
  size_t MatchParen(size_t open) const;
  size_t RefLabelEnd(size_t open) const;
  size_t Shortcode(size_t pos);
  size_t BlankRun(size_t pos, size_t min_length);

  std::string_view in_;
  std::string out_;
  size_t n_;
  std::vector<Skip> skips_;
  ForwardFinder comment_end_, script_end_, style_end_, shortcode_end_, shortcode_percent_end_;
};

void MarkupBlanker::Blank(size_t begin, size_t end) { BlankRange(begin, end, &out_); }

bool MarkupBlanker::StartsWith(size_t pos, std::string_view s, bool ignore_case) const {
  if (pos + s.size() > n_) return false;
  const std::string_view head = in_.substr(pos, s.size());
  return ignore_case ? EqualsIgnoreCase(head, s) : head == s;
}

size_t MarkupBlanker::LineEnd(size_t pos) const {
  const size_t nl = in_.find('\n', pos);
  return nl == kNpos ? n_ : nl;
}

size_t MarkupBlanker::SkipBlanks(size_t pos, size_t end) const {
  while (pos < end && IsBlank(in_[pos])) ++pos;
  return pos;
}

std::string MarkupBlanker::Run() && {
  size_t body = 0;
  if (std::optional<FrontMatter> fm = FindFrontMatter(in_)) {
    BlankFrontMatter(in_, *fm, &out_);
    body = fm->end;
  }
  if (std::optional<DateToken> date = FindLeadingDate(in_, body)) Blank(date->begin, date->end);

  size_t p = LineStart(body);
  while (p < n_) {
    if (!skips_.empty() && skips_.back().at <= p) {
      const Skip s = skips_.back();
      skips_.pop_back();
      if (s.at == p) p = s.to;  // at < p: something already jumped past this tail
      continue;
    }
    const auto c = static_cast<unsigned char>(in_[p]);
    if (c >= 0x80) {
      // Han text is no markup: skip its bytes eight at a time (no skip point
      // lies inside, a link's tail being an ASCII ']').
      ++p;
      while (p + 8 <= n_) {
        uint64_t w;
        std::memcpy(&w, in_.data() + p, 8);
        if ((w & 0x8080808080808080ULL) != 0x8080808080808080ULL) break;
        p += 8;
      }
      continue;
    }
    if (c == '\n') {
      p = LineStart(p + 1);
      continue;
    }
    if (IsPathChar(c) && (p == 0 || !IsPathChar(in_[p - 1]))) {
      const size_t q = Token(p);
      if (q != p) {
        p = q;
        continue;
      }
    }
    p = Inline(p);
  }
  return std::move(out_);
}

// ---- Line starts -------------------------------------------------------------

// Handles what only counts at the start of a line; returns where inline
// scanning resumes (the line end when the whole line was blanked).
size_t MarkupBlanker::LineStart(size_t pos) {
  if (pos >= n_) return pos;
  const size_t e = LineEnd(pos);
  size_t i = SkipBlanks(pos, e);
  if (i == e) return e;
  unsigned char c = in_[i];
  if ((c == '`' || c == '~') && StartsWith(i, c == '`' ? "```" : "~~~")) {  // code fence
    Blank(pos, e);
    return e;
  }
  if (IsRuleLine(i, e) || IsTableSeparator(i, e) || IsSourceLine(i, e)) {
    Blank(pos, e);
    return e;
  }
  if (c == '[') {
    const size_t after = ReferenceDefinition(pos, i, e);
    if (after != kNpos) return after;
  }
  while (i < e && in_[i] == '>') {  // blockquote markers, nested ones too
    Blank(i, i + 1);
    i = SkipBlanks(i + 1, e);
  }
  if (i == e) return e;
  c = in_[i];
  if (c == '#') {
    size_t h = i;
    while (h < e && in_[h] == '#') ++h;
    if (h - i <= 6 && (h == e || IsBlank(in_[h]) || in_[h] == '\r')) {
      Blank(i, h);
      return h;
    }
    return i;
  }
  if ((c == '-' || c == '*' || c == '+') && i + 1 < e && IsBlank(in_[i + 1])) {
    Blank(i, i + 1);
    i = SkipBlanks(i + 1, e);
    // Task-list box: "- [ ] item", "- [x] item".
    if (i + 3 < e && in_[i] == '[' && std::strchr(" xX", in_[i + 1]) && in_[i + 2] == ']' && IsBlank(in_[i + 3])) {
      Blank(i, i + 3);
      i += 3;
    }
    return i;
  }
  if (IsDigit(c)) {  // ordered-list number: "1. " or "1) "
    size_t d = i;
    while (d < e && d - i < 9 && IsDigit(in_[d])) ++d;
    if (d + 1 < e && (in_[d] == '.' || in_[d] == ')') && IsBlank(in_[d + 1])) {
      Blank(i, d + 1);
      return d + 1;
    }
  }
  return i;
}

// A thematic break or setext underline: three or more of one of - * _ =.
bool MarkupBlanker::IsRuleLine(size_t begin, size_t end) const {
  const char c = in_[begin];
  if (c != '-' && c != '*' && c != '_' && c != '=') return false;
  size_t count = 0;
  for (size_t i = begin; i < end; ++i) {
    if (in_[i] == c) ++count;
    else if (!IsBlank(in_[i]) && in_[i] != '\r') return false;
  }
  return count >= 3;
}

// A table's header separator, e.g. "| --- | :---: |".
bool MarkupBlanker::IsTableSeparator(size_t begin, size_t end) const {
  bool pipe = false, dash = false;
  for (size_t i = begin; i < end; ++i) {
    const char c = in_[i];
    if (c == '|') pipe = true;
    else if (c == '-') dash = true;
    else if (c != ':' && !IsBlank(c) && c != '\r') return false;
  }
  return pipe && dash;
}

bool MarkupBlanker::IsSourceLine(size_t begin, size_t end) const {
  static const RE2 kSource(R"((?i)^source[ \t]*(?::|：)?[ \t]*(?:https?://|www\.))");
  if (!StartsWith(begin, "source", true)) return false;
  return RE2::PartialMatch(in_.substr(begin, end - begin), kSource);
}

// `[label]: url` lines are blanked whole; for a footnote definition
// `[^1]: text` only the mark goes. Returns kNpos when the line is neither.
size_t MarkupBlanker::ReferenceDefinition(size_t line_begin, size_t pos, size_t end) {
  static const RE2 kDefinition(R"(^\[[^\]\n]{1,200}\]:[ \t]*(?:<|https?://|www\.|/|#|\.))");
  static const RE2 kFootnote(R"(^(\[\^[^\]\s]{1,64}\]:))");
  const std::string_view line = in_.substr(pos, end - pos);
  re2::StringPiece mark;
  if (RE2::PartialMatch(line, kFootnote, &mark)) {
    Blank(pos, pos + mark.size());
    return pos + mark.size();
  }
  if (RE2::PartialMatch(line, kDefinition)) {
    Blank(line_begin, end);
    return end;
  }
  return kNpos;
}

// ---- Inline constructs -------------------------------------------------------

size_t MarkupBlanker::Inline(size_t pos) {
  switch (in_[pos]) {
    case '<': return Angle(pos);
    case '&': return Entity(pos);
    case '!': return pos + 1 < n_ && in_[pos + 1] == '[' ? Image(pos) : pos + 1;
    case '[': return Link(pos);
    case '*':
    case '_':
    case '~': return BlankRun(pos, 2);  // ** __ ~~ ; a single * or ~ is arithmetic or a range
    case '`': return BlankRun(pos, 1);
    case '{': return Shortcode(pos);
    default: return pos + 1;
  }
}

// Blanks a run of the byte at `pos` if it is at least `min_length` long.
size_t MarkupBlanker::BlankRun(size_t pos, size_t min_length) {
  size_t e = pos;
  while (e < n_ && in_[e] == in_[pos]) ++e;
  if (e - pos >= min_length) Blank(pos, e);
  return e;
}

// At the start of an ASCII word: a URL, an e-mail address or a file path is
// blanked and the position after it returned; otherwise `pos` is returned.
size_t MarkupBlanker::Token(size_t pos) {
  if (StartsWith(pos, "http://", true) || StartsWith(pos, "https://", true) ||
      (StartsWith(pos, "www.", true) && pos + 4 < n_ && IsAlnum(in_[pos + 4]))) {
    const size_t e = UrlEnd(in_, pos);
    Blank(pos, e);
    return e;
  }
  size_t q = pos;
  bool slash = false;
  while (q < n_ && IsPathChar(in_[q])) slash |= in_[q++] == '/';
  if (q < n_ && in_[q] == '@' && !slash) {
    const size_t e = EmailEnd(in_, pos, q);
    if (e != kNpos) {
      Blank(pos, e);
      return e;
    }
  }
  if (slash) {
    const size_t e = PathEnd(in_, pos, q);
    if (e != kNpos) {
      Blank(pos, e);
      return e;
    }
  }
  return pos;
}

size_t MarkupBlanker::Angle(size_t pos) {
  if (StartsWith(pos, "<!--")) {
    const size_t e = comment_end_.Find(pos + 4);
    if (e == kNpos) return pos + 1;
    Blank(pos, e + 3);
    return e + 3;
  }
  const auto c1 = static_cast<unsigned char>(pos + 1 < n_ ? in_[pos + 1] : 0);
  const bool tag_like = IsAlpha(c1) || c1 == '!' || c1 == '?' ||
                        (c1 == '/' && pos + 2 < n_ && IsAlpha(in_[pos + 2]));
  if (!tag_like) return pos + 1;  // "< 5%", "<5": prose
  const size_t k = TagEnd(pos);
  if (k == kNpos) return pos + 1;
  if (IsAlpha(c1) && in_[k - 1] != '/') {
    // <script> and <style> take their content with them.
    ForwardFinder* closer = nullptr;
    for (auto [name, finder] : {std::pair{"script", &script_end_}, std::pair{"style", &style_end_}}) {
      const size_t len = std::strlen(name);
      if (StartsWith(pos + 1, name, true) && pos + 1 + len < n_ && !IsAlnum(in_[pos + 1 + len])) closer = finder;
    }
    if (closer != nullptr) {
      const size_t m = closer->Find(k + 1);
      if (m != kNpos) {
        const size_t gt = in_.find('>', m);
        const size_t end = gt == kNpos ? n_ : gt + 1;
        Blank(pos, end);
        return end;
      }
    }
  }
  Blank(pos, k + 1);
  return k + 1;
}

// The '>' closing the tag that opens at `pos`, or kNpos if another '<' or a
// blank line comes first. Quotes count only as attribute values (after '=').
size_t MarkupBlanker::TagEnd(size_t pos) const {
  char quote = 0;
  for (size_t k = pos + 1; k < n_ && k - pos <= kMaxTag; ++k) {
    const char c = in_[k];
    if (quote != 0) {
      if (c == quote) quote = 0;
      continue;
    }
    if ((c == '"' || c == '\'') && in_[k - 1] == '=') quote = c;
    else if (c == '>') return k;
    else if (c == '<') return kNpos;
    else if (c == '\n' && k + 1 < n_ && in_[k + 1] == '\n') return kNpos;
  }
  return kNpos;
}

size_t MarkupBlanker::Entity(size_t pos) {
  size_t i = pos + 1;
  if (i < n_ && in_[i] == '#') {
    ++i;
    const bool hex = i < n_ && (in_[i] == 'x' || in_[i] == 'X');
    if (hex) ++i;
    const size_t digits = i;
    while (i < n_ && i - digits < 7 && (hex ? std::isxdigit(static_cast<unsigned char>(in_[i])) : IsDigit(in_[i]))) ++i;
    if (i == digits) return pos + 1;
  } else {
    if (i >= n_ || !IsAlpha(in_[i])) return pos + 1;
    const size_t name = i;
    while (i < n_ && i - name < 32 && IsAlnum(in_[i])) ++i;
  }
  if (i >= n_ || in_[i] != ';') return pos + 1;
  Blank(pos, i + 1);
  return i + 1;
}

size_t MarkupBlanker::Image(size_t pos) {
  const size_t close = MatchBracket(pos + 1);
  if (close == kNpos) return pos + 1;
  const size_t tail = LinkTail(close);
  if (tail == kNpos) return pos + 1;
  Blank(pos, tail);
  return tail;
}

size_t MarkupBlanker::Link(size_t pos) {
  if (pos + 1 < n_ && in_[pos + 1] == '^') {  // footnote reference [^1]
    size_t i = pos + 2;
    while (i < n_ && i - pos < 64 && in_[i] > ' ' && in_[i] != ']' && in_[i] != '[') ++i;
    if (i < n_ && in_[i] == ']' && i > pos + 2) {
      Blank(pos, i + 1);
      return i + 1;
    }
  }
  const size_t close = MatchBracket(pos);
  if (close == kNpos) return pos + 1;
  const size_t tail = LinkTail(close);
  if (tail == kNpos) return pos + 1;
  // Keep the text: blank '[' and the tail now, scan the text, jump the tail.
  Blank(pos, pos + 1);
  Blank(close, tail);
  skips_.push_back({close, tail});
  return pos + 1;
}

// After the `]` at `close`: one past `(target)` or `[ref]`, or kNpos.
size_t MarkupBlanker::LinkTail(size_t close) const {
  if (close + 1 >= n_) return kNpos;
  if (in_[close + 1] == '[') {
    const size_t e = RefLabelEnd(close + 1);
    return e == kNpos ? kNpos : e + 1;
  }
  if (in_[close + 1] != '(') return kNpos;
  const size_t e = MatchParen(close + 1);
  if (e == kNpos) return kNpos;
  // "[注意](這是說明)" is prose in parentheses, not a link: a target with
  // non-ASCII text must still look like a URL or path.
  const std::string_view target = in_.substr(close + 2, e - close - 2);
  bool non_ascii = false, url_like = false;
  for (char c : target) {
    non_ascii |= static_cast<unsigned char>(c) >= 0x80;
    url_like |= c == '/' || c == '.' || c == '#' || c == ':';
  }
  if (non_ascii && !url_like) return kNpos;
  return e + 1;
}

size_t MarkupBlanker::MatchBracket(size_t open) const {
  int depth = 0;
  for (size_t k = open; k < n_ && k - open <= kMaxLinkText; ++k) {
    const char c = in_[k];
    if (c == '\\') {
      ++k;
    } else if (c == '[') {
      ++depth;
    } else if (c == ']') {
      if (--depth == 0) return k;
    } else if (c == '\n' && k + 1 < n_ && in_[k + 1] == '\n') {
      return kNpos;
    }
  }
  return kNpos;
}

size_t MarkupBlanker::MatchParen(size_t open) const {
  int depth = 0;
  for (size_t k = open; k < n_ && k - open <= kMaxLinkTarget; ++k) {
    const char c = in_[k];
    if (c == '\n') return kNpos;
    if (c == '\\') {
      ++k;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth == 0) return k;
    }
  }
  return kNpos;
}

size_t MarkupBlanker::RefLabelEnd(size_t open) const {
  for (size_t k = open + 1; k < n_ && k - open <= kMaxRefLabel; ++k) {
    if (in_[k] == ']') return k;
    if (in_[k] == '[' || in_[k] == '\n') return kNpos;
  }
  return kNpos;
}

size_t MarkupBlanker::Shortcode(size_t pos) {
  if (pos + 2 >= n_ || in_[pos + 1] != '{' || (in_[pos + 2] != '<' && in_[pos + 2] != '%')) return pos + 1;
  ForwardFinder& closer = in_[pos + 2] == '<' ? shortcode_end_ : shortcode_percent_end_;
  const size_t e = closer.Find(pos + 3);
  if (e == kNpos) return pos + 1;
  Blank(pos, e + 3);
  return e + 3;
}

}  // namespace

std::string BlankMarkup(std::string_view text) { return MarkupBlanker(text).Run(); }

}  // namespace figcheck
