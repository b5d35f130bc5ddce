// Front-matter blanking: only the prose of `title` and `description` survives.
#include <re2/re2.h>

#include "checker/document/markup_parts.h"

namespace figcheck::markup {
namespace {

size_t LineEnd(std::string_view text, size_t pos) {
  const size_t nl = text.find('\n', pos);
  return nl == std::string_view::npos ? text.size() : nl;
}

size_t TrimEnd(std::string_view text, size_t begin, size_t end) {
  while (end > begin && (IsBlank(text[end - 1]) || text[end - 1] == '\r')) --end;
  return end;
}

// Blanks the YAML syntax around a kept value: quotes, or a block-scalar
// indicator. Returns the quote left open when the value continues below.
char BlankValueSyntax(std::string_view text, size_t begin, size_t end, std::string* out) {
  end = TrimEnd(text, begin, end);
  if (begin == end) return 0;
  const std::string_view value = text.substr(begin, end - begin);
  if (value == "|" || value == ">" || value == "|-" || value == ">-" || value == "|+" || value == ">+") {
    BlankRange(begin, end, out);
    return 0;
  }
  const char q = value[0];
  if (q != '"' && q != '\'') return 0;
  BlankRange(begin, begin + 1, out);
  if (value.size() >= 2 && value.back() == q) {
    BlankRange(end - 1, end, out);
    return 0;
  }
  return q;
}

}  // namespace

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  }
  return true;
}

void BlankFrontMatter(std::string_view text, const FrontMatter& fm, std::string* out) {
  static const RE2 kKey(R"(^(([A-Za-z_][\w.-]*)[ \t]*[:=][ \t]*))");
  BlankRange(0, fm.content_begin, out);
  BlankRange(fm.content_end, fm.end, out);
  bool keep = false;    // inside `title` or `description`
  char open_quote = 0;  // a quoted value still open on a continuation line
  for (size_t b = fm.content_begin; b < fm.content_end;) {
    const size_t e = std::min(LineEnd(text, b), fm.content_end);
    const std::string_view line = text.substr(b, e - b);
    re2::StringPiece whole, key;
    if (!line.empty() && !IsBlank(line[0]) && RE2::PartialMatch(line, kKey, &whole, &key)) {
      const std::string_view k(key.data(), key.size());
      keep = EqualsIgnoreCase(k, "title") || EqualsIgnoreCase(k, "description");
      if (keep) {
        BlankRange(b, b + whole.size(), out);
        open_quote = BlankValueSyntax(text, b + whole.size(), e, out);
      } else {
        BlankRange(b, e, out);
        open_quote = 0;
      }
    } else if (keep && !line.empty() && IsBlank(line[0])) {
      // Continuation of a kept value: keep the text, drop a closing quote.
      const size_t ve = TrimEnd(text, b, e);
      if (open_quote != 0 && ve > b && text[ve - 1] == open_quote) {
        BlankRange(ve - 1, ve, out);
        open_quote = 0;
      }
    } else {
      BlankRange(b, e, out);
      keep = false;
    }
    b = e + 1;
  }
}

}  // namespace figcheck::markup
