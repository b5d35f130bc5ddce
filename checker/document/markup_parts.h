// Internal to checker/document: pieces of markup blanking (see markup.h)
// that stand alone — character classes, the blank primitive, front-matter
// blanking, and the recognisers for bare URLs, e-mail addresses and paths.
//
// Contract: `text` is the original, `out` the copy being blanked (same size).
// Recognisers take byte offsets into `text` and return one past the end of
// what they recognised, or std::string_view::npos; they never write.
#ifndef FIGCHECK_DOCUMENT_MARKUP_PARTS_H_
#define FIGCHECK_DOCUMENT_MARKUP_PARTS_H_

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "checker/document/metadata.h"

namespace figcheck::markup {

inline bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAlnum(unsigned char c) { return IsAlpha(c) || IsDigit(c); }
inline bool IsBlank(unsigned char c) { return c == ' ' || c == '\t'; }
// Bytes of a word that may be a path, URL-less domain path or e-mail local part.
inline bool IsPathChar(unsigned char c) { return IsAlnum(c) || (c != 0 && std::strchr("._-/~%+", c) != nullptr); }

bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// Overwrites out[begin, end) with spaces, except '\n' and '\r'.
inline void BlankRange(size_t begin, size_t end, std::string* out) {
  char* p = out->data();
  for (size_t i = begin; i < end && i < out->size(); ++i) {
    if (p[i] != '\n' && p[i] != '\r') p[i] = ' ';
  }
}

// Delimiters and fields other than title/description entirely; for those two
// the key, separator and quotes (or block-scalar indicator).
void BlankFrontMatter(std::string_view text, const FrontMatter& front_matter, std::string* out);

// `pos` is at "http://", "https://" or "www.".
size_t UrlEnd(std::string_view text, size_t pos);
// `at` is the '@' after the word [begin, at).
size_t EmailEnd(std::string_view text, size_t begin, size_t at);
// [begin, end) is a word of path characters containing a '/'.
size_t PathEnd(std::string_view text, size_t begin, size_t end);

}  // namespace figcheck::markup

#endif  // FIGCHECK_DOCUMENT_MARKUP_PARTS_H_
