// English numerals: number words (two, twenty-one, a dozen, one hundred and
// five, three million), word fractions (one-third, two thirds, a quarter of),
// and the scale after digits (40k, 1.9B, 5.6 million).
//
// Words match case-insensitively and only whole: "one" in "someone" is no
// numeral. Words are separated by one space or hyphen.
#include <cctype>
#include <string>

#include "checker/quantity/numeral_scan.h"

namespace figcheck::numeral_internal {
namespace {

// Longest word a table could hold; a longer letter run is no number word.
constexpr size_t kMaxWordLength = 16;

struct Word {
  std::string lower;
  size_t begin = 0;
  size_t end = 0;
};

// The whole ASCII-letter word at pos, lower-cased.
std::optional<Word> ReadWord(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i < text.size() && IsAsciiLetter(text[i]) && i - pos <= kMaxWordLength) ++i;
  if (i == pos || i - pos > kMaxWordLength) return std::nullopt;
  Word w{std::string(text.substr(pos, i - pos)), pos, i};
  for (char& c : w.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

// The next word after one separator (space or hyphen) at pos.
std::optional<Word> ReadNextWord(std::string_view text, size_t pos) {
  if (pos >= text.size() || (text[pos] != ' ' && text[pos] != '-')) return std::nullopt;
  return ReadWord(text, pos + 1);
}

template <typename Map>
const typename Map::mapped_type* Find(const Map& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

// What the last word read was: it decides which word may follow.
enum class Last { kStart, kArticle, kUnit, kTeen, kTens, kHundred, kDozen, kScale, kAnd };

bool HoldsNumber(Last last) {
  return last == Last::kUnit || last == Last::kTeen || last == Last::kTens || last == Last::kHundred ||
         last == Last::kDozen;
}

}  // namespace

std::optional<std::pair<int, size_t>> MatchEnglishScale(std::string_view text, size_t pos,
                                                        const NumeralTable& table) {
  size_t i = pos;
  const bool spaced = i < text.size() && text[i] == ' ';
  if (spaced) ++i;
  auto w = ReadWord(text, i);
  if (!w) return std::nullopt;
  size_t len = 0;
  if (IsAsciiDigit(CodePointAt(text, w->end, &len))) return std::nullopt;
  const int* power = Find(table.english_scales, w->lower);
  if (!power) return std::nullopt;
  if (table.english_scale_abbreviations.count(w->lower) && w->lower.size() == 1 && spaced &&
      !std::isupper(static_cast<unsigned char>(text[i]))) {
    return std::nullopt;  // "100 m" is a hundred metres, "-2.5 M" is minus 2.5 million
  }
  return std::make_pair(*power, w->end);
}

std::optional<NumeralMatch> ScanEnglishNumeral(std::string_view text, size_t pos, const NumeralTable& table) {
  if (IsAsciiLetter(CodePointBefore(text, pos))) return std::nullopt;
  Decimal total;    // closed by scale words
  Decimal current;  // below the next scale word
  Last last = Last::kStart;
  int last_scale = 1000;
  NumeralMatch m;
  m.begin = pos;
  m.form = NumeralMatch::Form::kEnglish;
  bool committed = false;
  std::optional<Word> w = ReadWord(text, pos);
  for (; w; w = ReadNextWord(text, w->end)) {
    const std::string& s = w->lower;
    if (const int* v = Find(table.english_words, s)) {
      if (last == Last::kTens && *v >= 1 && *v <= 9) {
        current += Decimal(*v);
        last = Last::kUnit;
      } else if (last == Last::kStart || last == Last::kHundred || last == Last::kScale || last == Last::kAnd) {
        current += Decimal(*v);
        last = *v < 10 ? Last::kUnit : *v < 20 ? Last::kTeen : Last::kTens;
      } else {
        break;
      }
    } else if (const int* mult = Find(table.english_multipliers, s)) {
      const bool hundred = *mult == 100;
      if (last == Last::kArticle) {
        current = Decimal(*mult);
      } else if (last == Last::kUnit || last == Last::kTeen || (last == Last::kTens && !hundred) ||
                 (last == Last::kHundred && !hundred)) {
        current *= Decimal(*mult);
      } else {
        break;
      }
      last = hundred ? Last::kHundred : Last::kDozen;
    } else if (const int* power = Find(table.english_scales, s);
               power && !table.english_scale_abbreviations.count(s)) {
      if (last == Last::kArticle) current = Decimal(1);
      else if (!HoldsNumber(last) || *power >= last_scale) break;
      total += current.ScaledByPowerOfTen(*power);
      current = Decimal();
      last = Last::kScale;
      last_scale = *power;
    } else if (const int* den = Find(table.english_fraction_words, s)) {
      // "one-third", "two thirds"; after an article only "a third of" (not "a third time").
      const bool numerator = last == Last::kUnit || last == Last::kTeen || last == Last::kTens;
      auto next = ReadNextWord(text, w->end);
      const bool article_of = last == Last::kArticle && next && next->lower == "of";
      if (!numerator && !article_of) break;
      const Decimal top = article_of ? Decimal(1) : total + current;
      auto value = top.DividedBy(Decimal(*den));
      if (!value) break;
      m.value = *value;
      m.end = w->end;
      m.fraction = true;
      m.scale_power = 0;
      return m;
    } else if ((s == "a" || s == "an") && last == Last::kStart) {
      last = Last::kArticle;
      continue;  // "a" alone is no numeral
    } else if (s == "and" && (last == Last::kHundred || last == Last::kScale)) {
      last = Last::kAnd;
      continue;  // only kept when a number word follows
    } else {
      break;
    }
    committed = true;
    m.end = w->end;
    m.value = total + current;
    m.scale_power = last == Last::kScale ? last_scale : 0;
  }
  if (!committed) return std::nullopt;
  return m;
}

}  // namespace figcheck::numeral_internal
