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
  // A well-formed three-byte sequence (every Han character) is the other hot
  // path: decoded here; anything else (two, four bytes, malformed) out of line.
  if ((b & 0xF0) == 0xE0 && pos + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    const auto b2 = static_cast<unsigned char>(text[pos + 2]);
    if (((b1 & 0xC0) == 0x80) & ((b2 & 0xC0) == 0x80)) {
      *len = 3;
      return (char32_t{b & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | (b2 & 0x3Fu);
    }
  }
  return DecodeMultibyte(text, pos, len);
}

// Appends the UTF-8 encoding of cp to out.
void Append(char32_t cp, std::string* out);

// Number of code points in text.
size_t CountCodePoints(std::string_view text);

// Byte offset of the start of the code point that ends just before pos (pos > 0).
size_t PrevStart(std::string_view text, size_t pos);

// A Han ideograph (CJK unified, extensions A and B on, compatibility).
inline bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x2FFFF);
}

// ASCII tests and case, with no locale call (they run on every byte of a
// document); bytes of multi-byte code points are never letters, so UTF-8 stays intact.
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || IsAsciiUpper(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (IsAsciiUpper(c)) c = static_cast<char>(c + 32);
  return out;
}

}  // namespace figcheck::utf8

#endif  // FIGCHECK_UTIL_UTF8_H_
