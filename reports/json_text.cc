#include "reports/json_text.h"

#include <unicode/utf8.h>

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace figcheck {
namespace {

// Well-formed UTF-8 as nlohmann's decoder reads it (no overlong forms, no
// surrogates, nothing past U+10FFFF): ICU's strict U8_NEXT.
bool IsWellFormedUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  if (text.size() > static_cast<size_t>(INT32_MAX) || !IsWellFormedUtf8(text)) {
    *out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        *out += "\\u00";
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 0xF]);
    }
  }
  out->append(text.data() + run, text.size() - run);
  out->push_back('"');
}

void AppendJsonDouble(double value, std::string* out) {
  if (!std::isfinite(value)) {
    *out += "null";
    return;
  }
  // Both write the shortest digits; they differ only in when to use an
  // exponent (nlohmann outside 1e-4..1e15; std::to_chars wherever it is
  // shorter: 1e+05 for 100000). Within 1e-3..1e5 both write fixed notation;
  // the rest is nlohmann's. Confidences, the one double in a claim, are 0..1.
  const double magnitude = std::fabs(value);
  if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5)) {
    *out += nlohmann::json(value).dump();
    return;
  }
  char buffer[32];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string_view text(buffer, static_cast<size_t>(end - buffer));
  *out += text;
  if (text.find_first_of(".e") == std::string_view::npos) *out += ".0";
}

}  // namespace figcheck
