// Decoding bytes to UTF-8: BOMs, BOM-less UTF-16, UTF-8, Big5, GB18030.
//
// ICU does the legacy conversions. Every converter gets a STOP callback, so a
// byte sequence that has no mapping fails the whole conversion instead of
// turning into U+FFFD or U+001A somewhere in the middle of a figure.
#include "checker/document/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>

namespace figcheck {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// The charset detector only needs a sample; running it over 50 MB is waste.
constexpr int32_t kDetectorSample = 1 << 16;
// Big5 versus GB18030 is decided on this much text; only the winner converts it all.
constexpr size_t kLegacySample = 1 << 18;

std::string Named(std::string_view path, std::string_view what) {
  std::string msg(path);
  msg += ": ";
  msg += what;
  return msg;
}

Status BinaryFile(std::string_view path) { return Status::InvalidInput(Named(path, "binary file, not read")); }

int LineOf(std::string_view bytes, size_t offset) {
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + std::min(offset, bytes.size()), '\n'));
}

// True when `text` (UTF-8) has NUL bytes or is more than 1% other C0
// controls: that is a binary file, whatever it decoded as. Tab, newline,
// vertical tab, form feed and carriage return are text.
bool LooksBinary(std::string_view text) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  size_t controls = 0;
  size_t i = 0;
  while (i < text.size()) {
    // Eight bytes at a time while none is below 0x20 or is 0x7F (nearly all of
    // an article: a control byte sets the high bit of its lane; a borrow can
    // only mark lanes above a real one, which the byte loop then reads).
    if (i + 8 <= text.size()) {
      uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
      const uint64_t x = w ^ (kOnes * 0x7F);
      const uint64_t del = (x - kOnes) & ~x & kHighs;
      if ((below_space | del) == 0) {
        i += 8;
        continue;
      }
    }
    const size_t end = std::min(text.size(), i + 8);
    for (; i < end; ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c == 0) return true;
      if ((c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F) ++controls;
    }
  }
  return controls * 100 > text.size();
}

bool IsCjkPunctuationOrHan(UChar32 c) {
  return (c >= 0x2E80 && c <= 0x2FDF) ||   // radicals
         (c >= 0x3000 && c <= 0x303F) ||   // CJK symbols and punctuation
         (c >= 0x3100 && c <= 0x312F) ||   // bopomofo
         (c >= 0x31A0 && c <= 0x31BF) ||   // bopomofo extended
         (c >= 0x3400 && c <= 0x4DBF) ||   // extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||   // unified ideographs
         (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
         (c >= 0xFE30 && c <= 0xFE4F) ||   // compatibility forms
         (c >= 0xFF00 && c <= 0xFFEF) ||   // fullwidth forms
         (c >= 0x2010 && c <= 0x203B) ||   // dashes, quotes, ellipsis used in CJK prose
         (c >= 0x20000 && c <= 0x3FFFF);   // supplementary ideographs
}

// A code point one expects in an article in any script: used to tell BOM-less
// UTF-16 from binary data that happens to have NULs at one parity.
bool IsPlausibleTextCodePoint(UChar32 c) {
  if (c < 0x80) return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
  return (c >= 0xA0 && c <= 0x24F) || (c >= 0x370 && c <= 0x52F) ||  // Latin, Greek, Cyrillic
         (c >= 0x2000 && c <= 0x206F) || (c >= 0x3040 && c <= 0x30FF) ||  // punctuation, kana
         (c >= 0xAC00 && c <= 0xD7AF) || IsCjkPunctuationOrHan(c);
}

struct CloseConverter {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts `bytes` from `charset` to UTF-16, stopping at the first byte
// sequence that is illegal or unmapped. nullopt on any failure.
std::optional<std::u16string> ToUtf16(const char* charset, std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, CloseConverter> cnv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  // Big5, GB18030 and UTF-16 never produce more UTF-16 units than input bytes.
  std::u16string out(bytes.size() + 2, u'\0');
  UChar* target = out.data();
  const char* source = bytes.data();
  ucnv_toUnicode(cnv.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                 nullptr, /*flush=*/true, &status);
  if (U_FAILURE(status) || source != bytes.data() + bytes.size()) return std::nullopt;
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

// UTF-16 -> UTF-8; fails on an unpaired surrogate rather than substituting.
std::optional<std::string> ToUtf8(const std::u16string& units) {
  std::string out(units.size() * 3, '\0');
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &length, units.data(),
              static_cast<int32_t>(units.size()), &status);
  if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) return std::nullopt;
  out.resize(static_cast<size_t>(length));
  return out;
}

struct CjkProfile {
  size_t non_ascii = 0;
  size_t cjk = 0;
  size_t plausible = 0;
  size_t total = 0;
  bool substitution = false;  // U+FFFD or U+001A: a converter's "could not map"
  double cjk_share() const { return non_ascii == 0 ? 0.0 : static_cast<double>(cjk) / non_ascii; }
};

CjkProfile Profile(const std::u16string& units) {
  CjkProfile p;
  for (size_t i = 0; i < units.size();) {
    UChar32 c;
    U16_NEXT(units.data(), i, units.size(), c);
    ++p.total;
    if (c == 0xFFFD || c == 0x1A) p.substitution = true;
    if (IsPlausibleTextCodePoint(c)) ++p.plausible;
    if (c >= 0x80) {
      ++p.non_ascii;
      if (IsCjkPunctuationOrHan(c)) ++p.cjk;
    }
  }
  return p;
}

// What ICU's frequency-based detector thinks of a sample of the bytes.
struct Detection {
  std::string top;         // best-scoring charset name
  int top_confidence = 0;  // 0-100
  int big5 = 0;            // confidence for "Big5", 0 if not listed
  int gb18030 = 0;         // confidence for "GB18030", 0 if not listed
  int For(const char* charset) const { return std::strcmp(charset, "Big5") == 0 ? big5 : gb18030; }
};

Detection Detect(std::string_view bytes) {
  Detection d;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return d;
  const int32_t n = static_cast<int32_t>(std::min<size_t>(bytes.size(), kDetectorSample));
  ucsdet_setText(det, bytes.data(), n, &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const int confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status)) break;
    if (confidence > d.top_confidence) {
      d.top = name;
      d.top_confidence = confidence;
    }
    if (std::strcmp(name, "Big5") == 0) d.big5 = std::max(d.big5, confidence);
    if (std::strcmp(name, "GB18030") == 0) d.gb18030 = std::max(d.gb18030, confidence);
  }
  ucsdet_close(det);
  return d;
}

// Other double-byte CJK encodings whose bytes GB18030 (and often Big5) would
// also accept, turning Japanese or Korean into plausible-looking Han.
bool IsOtherCjkCharset(std::string_view name) {
  return name == "Shift_JIS" || name == "EUC-JP" || name == "EUC-KR" || name.substr(0, 8) == "ISO-2022";
}

// Decodes UTF-16 `bytes` (BOM already removed) in the byte order `charset` names.
Result<DecodedText> DecodeUtf16(std::string_view path, std::string_view bytes, const char* charset,
                                bool require_plausible) {
  std::optional<std::u16string> units = ToUtf16(charset, bytes);
  if (!units) return Status::InvalidInput(Named(path, std::string("not valid ") + charset));
  if (require_plausible) {
    const CjkProfile p = Profile(*units);
    if (p.plausible * 10 < p.total * 9) return BinaryFile(path);
  }
  std::optional<std::string> text = ToUtf8(*units);
  if (!text) return Status::InvalidInput(Named(path, std::string("not valid ") + charset));
  if (LooksBinary(*text)) return BinaryFile(path);
  return DecodedText{std::move(*text), charset};
}

// The UTF-16 byte order that NUL bytes point to, or nullptr. ASCII in UTF-16LE
// puts its zero high byte at odd offsets; a CJK unit only has a zero byte when
// it is U+xx00, so a clear majority at one parity is the signal.
const char* Utf16OrderFromNuls(std::string_view bytes) {
  if (bytes.size() % 2 != 0) return nullptr;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') (i % 2 == 0 ? even : odd) += 1;
  }
  if (odd > 4 * even) return "UTF-16LE";
  if (even > 4 * odd) return "UTF-16BE";
  return nullptr;
}

// A prefix of about kLegacySample bytes ending at a newline (0x0A is never a
// trail byte in Big5 or GB18030, so no character is cut), or all of `bytes`.
std::string_view LegacySample(std::string_view bytes) {
  if (bytes.size() <= kLegacySample) return bytes;
  const size_t nl = bytes.rfind('\n', kLegacySample);
  return nl == kNpos ? bytes : bytes.substr(0, nl + 1);
}

// How well `bytes` read as `charset`: nullopt if the conversion fails or
// substitutes, else the share of CJK among non-ASCII characters.
std::optional<double> CjkShareAs(const char* charset, std::string_view bytes) {
  std::optional<std::u16string> units = ToUtf16(charset, bytes);
  if (!units) return std::nullopt;
  const CjkProfile p = Profile(*units);
  if (p.substitution || p.cjk == 0) return std::nullopt;
  return p.cjk_share();
}

struct LegacyResult {
  const char* charset = nullptr;  // nullptr: neither reads cleanly
  std::string text;
  std::string looks_like;  // a different encoding the detector is confident about
};

// Big5 or GB18030, whichever converts cleanly and reads as CJK. The choice is
// made on a sample; only the winner converts the whole text.
LegacyResult DecodeLegacyCjk(std::string_view bytes) {
  LegacyResult result;
  const Detection detection = Detect(bytes);
  const std::string_view sample = LegacySample(bytes);
  const char* order[2] = {"Big5", "GB18030"};
  std::optional<double> share[2] = {CjkShareAs(order[0], sample), CjkShareAs(order[1], sample)};
  // "Mostly CJK": Big5 read as GB18030 (or the reverse) comes out as kana,
  // Cyrillic and private-use characters rather than Han.
  for (auto& s : share) {
    if (s && *s < 0.6) s.reset();
  }
  if (share[0] && share[1]) {
    // Both read (short texts can): the clearly more CJK one goes first, else
    // the one the detector is more confident about.
    const bool gb_first = *share[1] > *share[0] + 0.02 ||
                          (*share[1] >= *share[0] - 0.02 && detection.gb18030 > detection.big5);
    if (gb_first) std::swap(order[0], order[1]);
  } else if (!share[0] && share[1]) {
    std::swap(order[0], order[1]);
  } else if (!share[0] && !share[1]) {
    return result;
  }
  const int candidates = share[0] && share[1] ? 2 : 1;
  for (int i = 0; i < candidates; ++i) {
    const char* charset = order[i];
    if (IsOtherCjkCharset(detection.top) && detection.top_confidence >= 50 &&
        detection.top_confidence > detection.For(charset)) {
      result.looks_like = detection.top;  // Japanese or Korean, not Chinese
      return result;
    }
    std::optional<std::u16string> units = ToUtf16(charset, bytes);
    if (!units || Profile(*units).substitution) continue;
    std::optional<std::string> text = ToUtf8(*units);
    if (!text) continue;
    result.charset = charset;
    result.text = std::move(*text);
    return result;
  }
  return result;
}

}  // namespace

size_t FirstInvalidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;        // overlong
      else if (c == 0xED) hi = 0x9F;   // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;        // overlong
      else if (c == 0xF4) hi = 0x8F;   // above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return kNpos;
}

Result<DecodedText> DecodeBytes(std::string_view path, std::string_view bytes) {
  if (bytes.empty()) return DecodedText{"", "UTF-8"};

  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    std::string_view rest = bytes.substr(3);
    const size_t bad = FirstInvalidUtf8(rest);
    if (bad != kNpos) {
      return Status::InvalidInput(Named(path, "not valid UTF-8 despite its byte-order mark (first bad byte at line " +
                                                  std::to_string(LineOf(rest, bad)) + ")"));
    }
    if (LooksBinary(rest)) return BinaryFile(path);
    return DecodedText{std::string(rest), "UTF-8"};
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") return DecodeUtf16(path, bytes.substr(2), "UTF-16LE", false);
  if (bytes.substr(0, 2) == "\xFE\xFF") return DecodeUtf16(path, bytes.substr(2), "UTF-16BE", false);

  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    const char* order = Utf16OrderFromNuls(bytes);
    if (order == nullptr) return BinaryFile(path);
    Result<DecodedText> r = DecodeUtf16(path, bytes, order, /*require_plausible=*/true);
    if (!r.ok()) return BinaryFile(path);  // NULs that are not UTF-16
    return r;
  }

  const size_t bad = FirstInvalidUtf8(bytes);
  if (bad == kNpos) {
    if (LooksBinary(bytes)) return BinaryFile(path);
    return DecodedText{std::string(bytes), "UTF-8"};
  }

  LegacyResult legacy = DecodeLegacyCjk(bytes);
  if (legacy.charset != nullptr) {
    if (LooksBinary(legacy.text)) return BinaryFile(path);
    return DecodedText{std::move(legacy.text), legacy.charset};
  }
  std::string why = "not valid UTF-8, UTF-16, Big5 or GB18030 (first bad byte at line " +
                    std::to_string(LineOf(bytes, bad));
  if (!legacy.looks_like.empty()) why += "; it looks like " + legacy.looks_like;
  return Status::InvalidInput(Named(path, why + ")"));
}

}  // namespace figcheck
