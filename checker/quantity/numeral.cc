// ScanNumeral and FindNumerals: choose among the three numeral families, and
// the small text helpers the family scanners share (numeral_scan.h).
#include "checker/quantity/numeral.h"

#include "checker/quantity/numeral_scan.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace numeral_internal {

char32_t CodePointAt(std::string_view text, size_t pos, size_t* len) {
  if (pos >= text.size()) {
    *len = 0;
    return 0;
  }
  return utf8::Decode(text, pos, len);
}

char32_t CodePointBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  size_t len = 0;
  return utf8::Decode(text, utf8::PrevStart(text, pos), &len);
}

size_t SkipSpaces(std::string_view text, size_t pos) {
  for (size_t n = 0; n < kMaxSpaces; ++n) {
    size_t len = 0;
    if (!IsSpace(CodePointAt(text, pos, &len))) break;
    pos += len;
  }
  return pos;
}

bool StartsWithAt(std::string_view text, size_t pos, std::string_view word) {
  return !word.empty() && pos <= text.size() && text.substr(pos).starts_with(word);
}

std::optional<size_t> MatchLoosely(std::string_view text, size_t pos, std::string_view word) {
  size_t w = 0;
  while (w < word.size()) {
    size_t wlen = 0;
    size_t tlen = 0;
    const char32_t want = CodePointAt(word, w, &wlen);
    if (w > 0) pos = SkipSpaces(text, pos);
    if (CodePointAt(text, pos, &tlen) != want || tlen == 0) return std::nullopt;
    pos += tlen;
    w += wlen;
  }
  if (word.empty()) return std::nullopt;
  return pos;
}

std::optional<size_t> MatchAny(std::string_view text, size_t pos, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (StartsWithAt(text, pos, w)) return pos + w.size();
  }
  return std::nullopt;
}

Estimate Estimate::operator+(const Estimate& o) const {
  if (!vague && !o.vague) return Exact(value + o.value);
  return Estimate{value + o.value, Low() + o.Low(), High() + o.High(), open_high || o.open_high, true};
}

Estimate Estimate::ScaledByPowerOfTen(int power) const {
  if (!vague) return Exact(value.ScaledByPowerOfTen(power));
  return Estimate{value.ScaledByPowerOfTen(power), low.ScaledByPowerOfTen(power), high.ScaledByPowerOfTen(power),
                  open_high, true};
}

Estimate Estimate::Times(const Decimal& factor) const {
  if (!vague) return Exact(value * factor);
  return Estimate{value * factor, low * factor, high * factor, open_high, true};
}

Estimate Estimate::Negated() const {
  if (!vague) return Exact(-value);
  return Estimate{-value, -high, -low, open_high, true};
}

void Estimate::RaiseHigh(const Decimal& step) {
  if (!vague) low = high = value;
  high = high + step;
  vague = true;
}

bool IsInsideNonNumeralWord(std::string_view text, size_t begin, size_t end, const NumeralTable& table) {
  // 肆, 陆 ... alone, or after nothing but a sign or vague prefix (上拾取).
  size_t first = begin;
  size_t len = 0;
  if (Contains(table.negative_signs, CodePointAt(text, first, &len))) first += len;
  if (auto after_prefix = MatchAny(text, first, table.vague_prefixes)) first = *after_prefix;
  if (first < end && Contains(table.never_alone, CodePointAt(text, first, &len)) && first + len == end) return true;
  // A word covering the numeral's first character holds that character at
  // some byte offset o, and then starts o bytes before the numeral.
  const char32_t head = CodePointAt(text, begin, &len);
  auto it = table.not_numeral_positions.find(head);
  if (it == table.not_numeral_positions.end()) return false;
  for (const auto& [index, o] : it->second) {
    const std::string& word = table.not_numerals[index];
    if (o > begin) continue;
    const size_t s = begin - o;
    if (!StartsWithAt(text, s, word)) continue;
    // A word that began earlier owns the numeral's first character (统一,
    // 收拾一下); one that begins here blocks only a numeral ending inside it,
    // so 十分 blocks 十 in 十分重要 but not 十分之一.
    if (o > 0 || end <= s + word.size()) return true;
  }
  return false;
}

}  // namespace numeral_internal

namespace {

using numeral_internal::CodePointAt;

std::optional<NumeralMatch> ScanAt(std::string_view text, size_t pos, const NumeralTable& table, size_t* resume) {
  if (pos >= text.size()) return std::nullopt;
  size_t len = 0;
  if (numeral_internal::IsAsciiLetter(CodePointAt(text, pos, &len))) {
    return numeral_internal::ScanEnglishNumeral(text, pos, table);
  }
  std::optional<NumeralMatch> best = numeral_internal::ScanArabicNumeral(text, pos, table, resume);
  // 2024年, 12.5%, 300 people: an Arabic number that no Chinese numeral part
  // follows is all the Chinese reader would find too (it wins only when
  // longer), and it costs several times the Arabic reader: it is skipped.
  if (best && numeral_internal::IsAsciiDigit(CodePointAt(text, pos, &len))) {
    numeral_internal::ArabicNumber arabic;
    if (numeral_internal::ReadArabicNumber(text, pos, false, &arabic) == numeral_internal::ArabicRead::kOk &&
        arabic.end <= best->end && !numeral_internal::ChineseNumeralMayContinue(text, arabic.end, table)) {
      return best;
    }
  }
  std::optional<NumeralMatch> chinese = numeral_internal::ScanChineseNumeral(text, pos, table, resume);
  if (chinese && (!best || chinese->end > best->end)) best = std::move(chinese);
  return best;
}

}  // namespace

std::optional<NumeralMatch> ScanNumeral(std::string_view text, size_t pos, const NumeralTable& table) {
  size_t resume = pos;
  return ScanAt(text, pos, table, &resume);
}

std::vector<NumeralMatch> FindNumerals(std::string_view text, const NumeralTable& table) {
  std::vector<NumeralMatch> found;
  size_t pos = 0;
  const bool filter = !table.may_start.empty();
  while (pos < text.size()) {
    if (filter) {
      // Skip what cannot begin a numeral: most characters, and letters inside a word.
      size_t len = 0;
      const char32_t cp = CodePointAt(text, pos, &len);
      const bool letter = numeral_internal::IsAsciiLetter(cp);
      const bool starts = letter ? !(pos > 0 && numeral_internal::IsAsciiLetter(static_cast<unsigned char>(text[pos - 1])))
                                 : cp >= 0x10000 || table.may_start[cp];
      if (!starts) {
        pos += std::max<size_t>(len, 1);
        continue;
      }
      // 上, 数, 几 begin a numeral only before a numeral character (上千万, 数亿, 几十).
      if (!letter && cp < 0x10000 && table.prefix_only[cp]) {
        size_t next_len = 0;
        const char32_t next = CodePointAt(text, numeral_internal::SkipSpaces(text, pos + len), &next_len);
        if (next_len == 0 || next >= 0x10000 || !table.may_start[next]) {
          pos += len;
          continue;
        }
      }
    }
    size_t resume = pos;
    std::optional<NumeralMatch> m = ScanAt(text, pos, table, &resume);
    if (m && m->end > pos) {
      pos = m->end;
      found.push_back(std::move(*m));
      continue;
    }
    size_t len = 0;
    CodePointAt(text, pos, &len);
    // A run too long to be a figure is skipped whole, never rescanned from
    // each of its characters.
    pos = std::max(resume, pos + std::max<size_t>(len, 1));
  }
  return found;
}

}  // namespace figcheck
