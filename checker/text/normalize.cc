#include "checker/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>
#include <unordered_map>

#include "checker/util/utf8.h"

namespace figcheck {
namespace {

// What one source code point becomes, cached per thread: ICU calls cost
// microseconds, and an article uses a few thousand distinct characters.
struct Folding {
  std::string utf8;
  bool folded_script = false;  // changed by Traditional->Simplified folding
};

// A cached folding as the normaliser reads it.
struct FoldView {
  std::string_view utf8;
  bool folded_script = false;
};

class CodePointFolder {
 public:
  CodePointFolder() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_ = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) nfkc_ = nullptr;
    status = U_ZERO_ERROR;
    hant_hans_.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) hant_hans_.reset();
  }

  FoldView Fold(char32_t cp) {
    // Most text is in the BMP: a flat table of packed foldings answers with
    // one load (a folding of up to kInlineBytes bytes is stored in place).
    if (cp < kBmp) {
      if (bmp_.empty()) bmp_.resize(kBmp);
      Packed& p = bmp_[cp];
      if (p.state == Packed::kUnknown) Pack(Compute(cp), &p);
      if (p.state == Packed::kInline) return {std::string_view(p.bytes, p.len), p.folded_script};
      const Folding& f = long_[p.long_index];
      return {f.utf8, f.folded_script};
    }
    auto it = cache_.find(cp);
    if (it == cache_.end()) it = cache_.emplace(cp, Compute(cp)).first;
    return {it->second.utf8, it->second.folded_script};
  }

 private:
  static constexpr char32_t kBmp = 0x10000;

  struct Packed {
    static constexpr uint8_t kUnknown = 0, kInline = 1, kLong = 2;
    static constexpr size_t kInlineBytes = 12;
    uint8_t state = kUnknown;
    uint8_t len = 0;
    bool folded_script = false;
    uint32_t long_index = 0;  // into long_, for a folding longer than kInlineBytes (ﷺ)
    char bytes[kInlineBytes] = {};
  };

  void Pack(Folding f, Packed* p) {
    p->folded_script = f.folded_script;
    if (f.utf8.size() <= Packed::kInlineBytes) {
      p->state = Packed::kInline;
      p->len = static_cast<uint8_t>(f.utf8.size());
      std::copy(f.utf8.begin(), f.utf8.end(), p->bytes);
      return;
    }
    p->state = Packed::kLong;
    p->long_index = static_cast<uint32_t>(long_.size());
    long_.push_back(std::move(f));
  }

  Folding Compute(char32_t cp) {
    Folding f;
    // Typographic apostrophes (Wall Street’s, ‘90s) are the ASCII one: NFKC keeps
    // them, and rule words are written with ' .
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {
      f.utf8 = "'";
      return f;
    }
    icu::UnicodeString s(static_cast<UChar32>(cp));
    if (nfkc_ != nullptr) {
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString n = nfkc_->normalize(s, status);
      if (U_SUCCESS(status)) s = n;
    }
    if (hant_hans_ && utf8::IsHan(cp)) {
      icu::UnicodeString before = s;
      hant_hans_->transliterate(s);
      f.folded_script = s != before;
    }
    s.toUTF8String(f.utf8);
    return f;
  }

  const icu::Normalizer2* nfkc_ = nullptr;
  std::unique_ptr<icu::Transliterator> hant_hans_;
  std::unordered_map<char32_t, Folding> cache_;  // outside the BMP
  std::vector<Packed> bmp_;                       // by code point; empty until first use
  std::deque<Folding> long_;                      // deque: views into it stay valid as it grows
};

CodePointFolder& ThreadFolder() {
  thread_local CodePointFolder folder;
  return folder;
}

template <typename Sink>
void Walk(std::string_view source, Sink&& sink) {
  CodePointFolder& folder = ThreadFolder();
  size_t pos = 0;
  while (pos < source.size()) {
    const auto c = static_cast<unsigned char>(source[pos]);
    if (c < 0x80) {
      sink(pos, std::string_view(&source[pos], 1), false, false);
      ++pos;
      continue;
    }
    size_t len = 0;
    const char32_t cp = utf8::Decode(source, pos, &len);
    const FoldView f = folder.Fold(cp);
    sink(pos, std::string_view(f.utf8), f.folded_script, utf8::IsHan(cp));
    pos += len;
  }
}

}  // namespace

NormalizedText Normalize(std::string_view source) {
  NormalizedText out;
  // Written through indexes into pre-sized buffers: this loop touches every
  // byte of every document, and push_back's bookkeeping showed in profiles.
  size_t cap = source.size() + 16;
  out.text.resize(cap);
  out.origin.resize(cap + 1);
  out.folded.resize(cap);
  size_t n = 0;
  auto reserve = [&](size_t extra) {
    if (n + extra <= cap) return;
    cap = std::max(cap * 2, n + extra);
    out.text.resize(cap);
    out.origin.resize(cap + 1);
    out.folded.resize(cap);
  };
  CodePointFolder& folder = ThreadFolder();
  size_t pos = 0;
  while (pos < source.size()) {
    const auto c = static_cast<unsigned char>(source[pos]);
    if (c < 0x80) {  // ASCII is its own normal form: the common case, kept tight
      reserve(1);
      out.text[n] = static_cast<char>(c);
      out.origin[n] = static_cast<uint32_t>(pos);
      out.folded[n] = 0;
      ++n;
      ++pos;
      continue;
    }
    size_t len = 0;
    const char32_t cp = utf8::Decode(source, pos, &len);
    const FoldView f = folder.Fold(cp);
    const size_t m = f.utf8.size();
    reserve(m);
    for (size_t i = 0; i < m; ++i) {
      out.text[n + i] = f.utf8[i];
      out.origin[n + i] = static_cast<uint32_t>(pos);
      out.folded[n + i] = i == 0 && f.folded_script;
    }
    n += m;
    out.folded_code_points += f.folded_script;
    out.han_code_points += utf8::IsHan(cp);
    pos += len;
  }
  out.text.resize(n);
  out.folded.resize(n);
  out.origin.resize(n + 1);
  out.origin[n] = static_cast<uint32_t>(source.size());
  return out;
}

bool NormalizedText::LooksTraditionalNear(size_t pos, size_t radius) const {
  // The neighbourhood stops at line ends: a line is a paragraph in most articles.
  size_t begin = pos > radius ? pos - radius : 0;
  size_t end = std::min(text.size(), pos + radius);
  if (size_t nl = text.rfind('\n', pos == 0 ? 0 : pos - 1); nl != std::string::npos && nl >= begin && nl < pos) begin = nl + 1;
  if (size_t nl = text.find('\n', pos); nl != std::string::npos && nl < end) end = nl;
  size_t han = 0, changed = 0;
  for (size_t i = begin; i < end;) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(text, i, &len);
    han += utf8::IsHan(cp);
    changed += folded[i];
    i += len;
  }
  if (changed > 0) return true;
  return han >= 4 ? false : LooksTraditional();
}

std::string NormalizeString(std::string_view source) {
  std::string out;
  Walk(source, [&](size_t, std::string_view piece, bool, bool) { out.append(piece); });
  return out;
}

}  // namespace figcheck
