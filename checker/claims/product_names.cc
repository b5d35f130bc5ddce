#include "checker/claims/product_names.h"

#include "checker/util/utf8.h"

namespace figcheck {
namespace {

bool IsCodeByte(char c) { return utf8::IsAsciiAlnum(c) || c == '.'; }

// [p, end) of the Latin word at p: letters, digits and inner dots (V3.1).
size_t WordEnd(std::string_view text, size_t p) {
  size_t e = p;
  while (e < text.size() && IsCodeByte(text[e])) ++e;
  while (e > p && text[e - 1] == '.') --e;  // a sentence's full stop is no part of it
  return e;
}

}  // namespace

std::optional<ProductName> ReadProductOf(std::string_view text, size_t alias_begin, size_t alias_end,
                                         const EntityRule& maker, const DiscoveryTable& rules) {
  if (maker.kind != "company" && maker.kind != "product") return std::nullopt;
  if (alias_end >= text.size()) return std::nullopt;
  size_t p = alias_end;
  std::string separator;
  if (text[p] == '-' || text[p] == ' ') {
    separator = std::string(1, text[p]);
    ++p;
  } else {
    // 輝達H200: no gap, only after a name in Han characters.
    size_t len = 0;
    if (!utf8::IsHan(utf8::Decode(text, utf8::PrevStart(text, alias_end), &len))) return std::nullopt;
    separator = " ";
  }
  const size_t code_end = WordEnd(text, p);
  if (code_end == p || (code_end < text.size() && (text[code_end] == '-' || utf8::IsAsciiAlnum(text[code_end])))) {
    return std::nullopt;
  }
  const std::string_view code = text.substr(p, code_end - p);
  if (!rules.IsModelCode(code)) return std::nullopt;
  ProductName out;
  out.begin = alias_begin;
  out.end = code_end;
  out.canonical = maker.name + separator + std::string(code);
  // R1 Pro, B200 Ultra: tier words join the name.
  while (out.end + 1 < text.size() && text[out.end] == ' ') {
    auto tier = rules.model_tiers.MatchAt(text, out.end + 1);
    if (!tier) break;
    const size_t e = out.end + 1 + tier->length;
    if (e < text.size() && utf8::IsAsciiAlnum(text[e])) break;
    out.canonical += " " + std::string(text.substr(out.end + 1, tier->length));
    out.end = e;
  }
  return out;
}

}  // namespace figcheck
