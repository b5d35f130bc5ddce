// Recognisers for bare URLs, e-mail addresses and file paths in prose.
#include "checker/document/markup_parts.h"

namespace figcheck::markup {
namespace {

constexpr size_t kNpos = std::string_view::npos;
constexpr size_t kMaxEmailLocal = 64;
constexpr size_t kMaxDomain = 253;

bool IsEmailLocalChar(unsigned char c) { return IsAlnum(c) || (c != 0 && std::strchr("._%+-", c) != nullptr); }
bool IsDomainChar(unsigned char c) { return IsAlnum(c) || c == '.' || c == '-'; }

}  // namespace

// A bare URL ends at a blank, a non-ASCII byte (CJK text often follows with
// no space), a quote or angle bracket, or a closing bracket it did not open.
// Trailing sentence punctuation is left to the prose.
size_t UrlEnd(std::string_view text, size_t pos) {
  size_t e = pos;
  int parens = 0;
  for (; e < text.size(); ++e) {
    const auto c = static_cast<unsigned char>(text[e]);
    if (c >= 0x80 || c <= ' ' || std::strchr("\"'<>`{}|\\^[]", c) != nullptr) break;
    if (c == '(') ++parens;
    if (c == ')' && parens-- == 0) break;
  }
  while (e > pos && std::strchr(".,;:!?*_~", text[e - 1]) != nullptr) --e;
  return e;
}

size_t EmailEnd(std::string_view text, size_t begin, size_t at) {
  if (at == begin || at - begin > kMaxEmailLocal || text[begin] == '.') return kNpos;
  for (size_t i = begin; i < at; ++i) {
    if (!IsEmailLocalChar(text[i])) return kNpos;
  }
  size_t e = at + 1;
  while (e < text.size() && e - at <= kMaxDomain && IsDomainChar(text[e])) ++e;
  while (e > at + 1 && (text[e - 1] == '.' || text[e - 1] == '-')) --e;
  if (e == at + 1 || !IsAlnum(text[at + 1])) return kNpos;
  const size_t dot = text.rfind('.', e - 1);
  if (dot == kNpos || dot <= at + 1 || e - dot - 1 < 2) return kNpos;
  for (size_t i = dot + 1; i < e; ++i) {
    if (!IsAlpha(text[i])) return kNpos;  // top-level domain: letters only
  }
  return e;
}

// A path: the word has a '/', and its last segment a stem and an extension
// that starts with a letter ("a/b.jpg" yes; "1/2.5" and "km/h" no).
size_t PathEnd(std::string_view text, size_t begin, size_t end) {
  while (end > begin && text[end - 1] == '.') --end;
  const std::string_view word = text.substr(begin, end - begin);
  const size_t slash = word.rfind('/');
  if (slash == kNpos) return kNpos;
  const size_t dot = word.rfind('.');
  if (dot == kNpos || dot <= slash + 1) return kNpos;
  const std::string_view ext = word.substr(dot + 1);
  if (ext.empty() || ext.size() > 8 || !IsAlpha(ext[0])) return kNpos;
  for (char c : ext) {
    if (!IsAlnum(c)) return kNpos;
  }
  return end;
}

}  // namespace figcheck::markup
