// Normalised text: what every recogniser reads.
//
// Contract: Normalize() maps a document's `plain` text, one code point at a
// time, through Unicode NFKC (full-width digits and Latin become ASCII, ％ %,
// ideographic space a space; a typographic apostrophe ’ becomes ') and then
// ICU's Traditional->Simplified folding (萬→万, 億→亿, 兩→两, 點→点, 臺→台, 週→周), so rule files are matched in one
// script whatever script the article uses; the rule files are folded the same
// way when they load, so they may be written in either script.
// Mapping one code point at a time is what keeps the offset map exact: every
// byte of `text` knows the byte offset in the source of the code point that
// produced it, and SourceSpan() turns a normalised span back into a source span.
// Thread-safe: each thread keeps its own ICU transliterator and cache.
#ifndef FIGCHECK_TEXT_NORMALIZE_H_
#define FIGCHECK_TEXT_NORMALIZE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace figcheck {

struct NormalizedText {
  std::string text;
  // origin[i]: source byte offset of the code point that produced text[i];
  // origin[text.size()] == source size.
  std::vector<uint32_t> origin;
  // Code points that Traditional->Simplified folding changed: a script signal.
  size_t folded_code_points = 0;
  size_t han_code_points = 0;
  // folded[i]: text[i] begins a code point that folding changed (for local script checks).
  std::vector<uint8_t> folded;

  // Source byte span [begin, end) of normalised span [begin, end).
  std::pair<size_t, size_t> SourceSpan(size_t begin, size_t end) const {
    return {origin[begin], origin[end]};
  }
  // True when the text reads as Traditional Chinese (enough folded characters).
  bool LooksTraditional() const { return han_code_points > 0 && folded_code_points * 25 >= han_code_points; }
  // The same judgement on the text within `radius` bytes of `pos`; falls back to
  // the whole text when the neighbourhood has too little Chinese to tell.
  bool LooksTraditionalNear(size_t pos, size_t radius) const;
};

NormalizedText Normalize(std::string_view source);

// Folds a short string (a rule word or pattern) the same way, without a map.
std::string NormalizeString(std::string_view source);

}  // namespace figcheck

#endif  // FIGCHECK_TEXT_NORMALIZE_H_
