// Minimal UTF-8 helpers for code that walks text a code point at a time.
//
// Contract: the input is valid UTF-8 (documents are validated and converted
// on load, see document/loader.h). On a malformed byte these functions still
// advance by one byte and return U+FFFD, so no caller can loop forever.
#ifndef FIGCHECK_UTIL_UTF8_H_
#define FIGCHECK_UTIL_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace figcheck::utf8 {

// Decodes the code point starting at text[pos]; stores its byte length in *len.
char32_t DecodeMultibyte(std::string_view text, size_t pos, size_t* len);
inline char32_t Decode(std::string_view text, size_t pos, size_t* len) {
  const auto b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {  // ASCII: the hot path of every scanner, kept inline
    *len = 1;
    return b;
  }
  return DecodeMultibyte(text, pos, len);
}

// Appends the UTF-8 encoding of cp to out.
void Append(char32_t cp, std::string* out);

// Number of code points in text.
size_t CountCodePoints(std::string_view text);

// Byte offset of the start of the code point that ends just before pos (pos > 0).
size_t PrevStart(std::string_view text, size_t pos);

}  // namespace figcheck::utf8

#endif  // FIGCHECK_UTIL_UTF8_H_
