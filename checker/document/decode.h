// Decoding a file's bytes to UTF-8.
//
// Contract: DecodeBytes returns the text as UTF-8 (no BOM) and the name of
// the encoding it was read as, one of "UTF-8", "UTF-16LE", "UTF-16BE",
// "Big5", "GB18030". It tries, in order:
//   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//   2. BOM-less UTF-16, when NUL bytes sit almost all at odd (LE) or even
//      (BE) offsets and the result looks like text;
//   3. well-formed UTF-8;
//   4. Big5 and GB18030, each converted with a callback that stops at the
//      first unconvertible byte, keeping a candidate only if it converts
//      cleanly and is mostly CJK; ICU's charset detector breaks ties.
// Binary content (NUL bytes that are not UTF-16, or more than 1% control
// characters) and undecodable content are refused with
// Status::InvalidInput naming `path`; nothing is ever half-decoded.
// Empty input decodes to empty UTF-8 text.
#ifndef FIGCHECK_DOCUMENT_DECODE_H_
#define FIGCHECK_DOCUMENT_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "checker/util/status.h"

namespace figcheck {

struct DecodedText {
  std::string text;      // UTF-8, BOM removed
  std::string encoding;  // what the bytes were read as
};

// `path` is used only to name the file in error messages.
Result<DecodedText> DecodeBytes(std::string_view path, std::string_view bytes);

// Byte index of the first byte that is not part of well-formed UTF-8
// (overlongs, surrogates and code points above U+10FFFF are ill-formed),
// or std::string_view::npos when all of `bytes` is well-formed.
size_t FirstInvalidUtf8(std::string_view bytes);

}  // namespace figcheck

#endif  // FIGCHECK_DOCUMENT_DECODE_H_
