#include "checker/quantity/recognizer.h"

#include <algorithm>

#include "checker/quantity/borrowed_unit.h"
#include "checker/quantity/conversion.h"
#include "checker/quantity/declared_currency.h"
#include "checker/quantity/date_recognizer.h"
#include "checker/quantity/numeral.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

using Span = std::pair<size_t, size_t>;

bool Overlaps(const std::vector<Span>& spans, size_t begin, size_t end) {
  // spans sorted by begin; few per document, so a binary search on begin suffices.
  auto it = std::upper_bound(spans.begin(), spans.end(), Span{end, 0});
  while (it != spans.begin()) {
    --it;
    if (it->second > begin && it->first < end) return true;
    if (it->second <= begin && it->first + 256 < begin) break;  // spans are short
  }
  return false;
}

std::vector<Span> ExclusionSpans(std::string_view text, const ExclusionTable& table) {
  std::vector<Span> spans;
  ForEachMatch(*table.any, text, [&](size_t b, size_t e) { spans.emplace_back(b, e); });
  return spans;
}

size_t SkipSpaces(std::string_view text, size_t pos, int max = 2) {
  for (int i = 0; i < max && pos < text.size() && text[pos] == ' '; ++i) ++pos;
  return pos;
}

size_t SkipSpacesBack(std::string_view text, size_t pos, int max = 2) {
  for (int i = 0; i < max && pos > 0 && text[pos - 1] == ' '; ++i) --pos;
  return pos;
}

bool StartsWith(std::string_view text, size_t pos, std::string_view word) {
  return text.substr(pos, word.size()) == word;
}

char32_t CodePointAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  size_t len = 0;
  return utf8::Decode(text, pos, &len);
}

std::string DurationValue(const Decimal& n, const std::string& iso) {
  if (iso == "H") return "PT" + n.ToString() + "H";
  if (iso == "MIN") return "PT" + n.ToString() + "M";
  return "P" + n.ToString() + iso;
}

// Reads the words around one numeral and builds its Quantity.
class MentionBuilder {
 public:
  MentionBuilder(const NormalizedText& normalized, const Rulebook& rules)
      : text_(normalized.text),
        normalized_(normalized),
        rules_(rules),
        declared_(DeclaredCurrencies(normalized.text, rules.units)) {}

  // `next` is the numeral after this one (for ranges); returns how many numerals were used.
  int Build(const NumeralMatch& n, const NumeralMatch* next, Quantity* q) {
    q->number_begin = q->begin = n.begin;
    q->number_end = q->end = n.end;
    Decimal value = n.value;
    std::optional<Decimal> high;
    int used = 1;
    Qualifier qualifier = n.vague ? Qualifier::kVague : Qualifier::kExact;
    if (n.vague && StartsWith(text_, n.begin, "上")) qualifier = Qualifier::kOver;
    if (n.vague && (Contains(n, "余") || Contains(n, "多"))) qualifier = Qualifier::kOver;

    // 百分之X, 千分之X are units written before the number (units.yaml), not fractions.
    const UnitRule* unit = nullptr;
    Decimal factor = 1;
    size_t pos = n.end;
    // 30多个: 多/余 between the number and its counting word.
    first_unit_ = nullptr;
    if (auto after = rules_.qualifiers.after.MatchAt(text_, pos);
        after && (StartsWith(text_, pos, "多") || StartsWith(text_, pos, "余") || StartsWith(text_, pos, "几"))) {
      qualifier = static_cast<Qualifier>(after->payload);
      pos += after->length;
    }
    // Range: X至Y, X-Y, X~Y, between X and Y (the first may borrow the second's unit and scale).
    if (next != nullptr && unit == nullptr) {
      size_t p = SkipSpaces(text_, pos);
      size_t unit_end = p;
      const UnitRule* first_unit = nullptr;
      if (auto u = rules_.units.after.MatchAt(text_, p)) {
        first_unit = &rules_.units.units[u->payload];
        unit_end = SkipSpaces(text_, p + u->length);
      }
      for (std::string_view conn : {"至", "到", "-", "~", "–", "—", "and", "to"}) {
        if (!StartsWith(text_, unit_end, conn)) continue;
        if ((conn == "and" || conn == "to") && !IsBetween(n.begin)) continue;
        // between $52 billion and $56 billion: the second end may repeat the currency sign.
        size_t second = SkipSpaces(text_, unit_end + conn.size());
        if (auto sign = rules_.units.before.MatchAt(text_, second);
            sign && second != next->begin && SkipSpaces(text_, second + sign->length) == next->begin) {
          second = next->begin;
        }
        // 27%-37%, 520亿-560亿: the numeral reader took the hyphen as the second end's minus sign.
        const bool hyphen_read_as_sign = conn == "-" && next->begin == unit_end && next->value.IsNegative();
        if (second != next->begin && !hyphen_read_as_sign) continue;
        NumeralMatch high_end = *next;
        if (hyphen_read_as_sign) high_end.value = -high_end.value;
        if (!RangeAllowed(n, first_unit, high_end)) break;
        Decimal lo = value;
        // 两至三亿, 520至560亿: the first end borrows the second's scale when it has none.
        if (n.scale_power == 0 && next->scale_power > 0 && first_unit == nullptr &&
            (n.form != NumeralMatch::Form::kArabic || lo < Decimal(1).ScaledByPowerOfTen(next->scale_power))) {
          lo = lo.ScaledByPowerOfTen(next->scale_power);
        }
        value = lo;
        high = high_end.value;
        qualifier = Qualifier::kRange;
        pos = next->end;
        used = 2;
        first_unit_ = first_unit;
        break;
      }
    }
    // Unit after the number.
    size_t end = pos;
    bool counted = false;
    if (unit == nullptr) {
      size_t p = SkipSpaces(text_, pos);
      if (auto u = rules_.units.after.MatchAt(text_, p); u && FollowOk(rules_.units.units[u->payload], p + u->length)) {
        unit = &rules_.units.units[u->payload];
        end = p + u->length;
        if (unit->id == "cheng") end = ReadChengDigit(end, &value);
        // 75折 is already a percentage; 七折 and 8.5折 are tenths.
        if (unit->factor != Decimal(1) && unit->id == "discount" && value >= Decimal(10)) unit = FindUnit("percent");
      } else if (auto c = rules_.counts.classifiers.MatchAt(text_, p)) {
        counted = true;
        end = p + c->length;
        if (auto noun = rules_.counts.nouns.MatchAt(text_, end)) end += noun->length;
      } else if (auto noun = rules_.counts.nouns.MatchAt(text_, p)) {
        counted = true;
        end = p + noun->length;
      }
    }
    // Currency (or 百分之) before the number.
    size_t begin = n.begin;
    size_t b = SkipSpacesBack(text_, n.begin);
    if (auto u = rules_.units.before.MatchEndingAt(text_, b)) {
      const UnitRule& before = rules_.units.units[u->payload];
      if (unit == nullptr || unit->context || unit->dimension == before.dimension) {
        // 新台幣 1.8 億元: the currency named before wins over a bare 元 after.
        if (unit != nullptr && unit->dimension == before.dimension && !unit->context) {
          // The figure names its currency after it: a currency word before it
          // closes the figure before (a table row: 1.89 美元 2.31 美元).
        } else {
          unit = &before;
          if (end == pos && used == 1) end = n.end;  // a range keeps its second end
          begin = b - u->length;
        }
      }
    }
    if (unit != nullptr) factor = unit->factor;

    // Qualifiers before (超过, 约 …), allowing filler words (了, 达, a space) in between.
    size_t qb = begin;
    for (int i = 0; i < 2; ++i) {
      size_t p = SkipSpacesBack(text_, qb, 1);
      if (auto g = rules_.qualifiers.gap.MatchEndingAt(text_, p); g && i == 0) {
        if (auto q2 = rules_.qualifiers.before.MatchEndingAt(text_, p - g->length)) {
          qualifier = qualifier == Qualifier::kRange ? qualifier : static_cast<Qualifier>(q2->payload);
          qb = p - g->length - q2->length;
          break;
        }
      }
      if (auto q2 = rules_.qualifiers.before.MatchEndingAt(text_, p)) {
        if (qualifier != Qualifier::kRange) qualifier = static_cast<Qualifier>(q2->payload);
        qb = p - q2->length;
      }
      break;
    }
    // Qualifiers after (以上, 左右 …).
    if (auto after = rules_.qualifiers.after.MatchAt(text_, end);
        after && !StartsWith(text_, end, "多") && !StartsWith(text_, end, "余") && qualifier != Qualifier::kRange) {
      qualifier = static_cast<Qualifier>(after->payload);
      end += after->length;
    }
    q->begin = qb;
    q->end = end;
    q->qualifier = qualifier;

    // Dimension and canonical value.
    // A range whose ends carry their own units (六個月到兩年) scales each end by its own.
    const UnitRule* low_unit = first_unit_ != nullptr && unit != nullptr && first_unit_->dimension == unit->dimension
                                   ? first_unit_ : unit;
    Decimal scaled = value * (low_unit != nullptr ? low_unit->factor : factor);
    std::optional<Decimal> scaled_high;
    if (high) scaled_high = *high * factor;
    // "down -5.5%": a fall written with its minus sign too is still one fall.
    const bool signed_fall = scaled.IsNegative() && !scaled_high;
    if (unit != nullptr && unit->dimension == Dimension::kPercent && !signed_fall && (Negated(qb) || FallFollows(end))) {
      // 下滑8%至10% is -10 % .. -8 %: the low end stays the low one.
      if (scaled_high) std::swap(scaled, *scaled_high);
      scaled = -scaled;
      if (scaled_high) scaled_high = -*scaled_high;
    }
    if (unit != nullptr) {
      q->dimension = unit->dimension;
      q->unit = unit->context ? ContextCurrency(qb) : unit->unit;
      q->is_claim = unit->claim;
      q->rule = "unit:" + unit->id;
      if (unit->dimension == Dimension::kDuration) {
        q->value = DurationValue(scaled, low_unit->iso);
        if (scaled_high) q->high = DurationValue(*scaled_high, unit->iso);
        if (n.vague && n.high) q->high = DurationValue(*n.high, unit->iso);
        if (n.vague && n.low) q->low = DurationValue(*n.low, unit->iso);
      }
    } else if (counted) {
      q->dimension = Dimension::kCount;
      q->unit = "count";
      q->rule = "count";
    } else if (n.fraction) {
      q->dimension = Dimension::kRatio;  // 十分之一: one tenth of something stated nearby
      q->unit = "x";
      q->rule = "fraction";
    } else {
      q->dimension = Dimension::kNone;
      q->rule = "number";
      // A bare number is a figure when it carries a scale (5亿, 1.9 million) or
      // digit grouping (1,789,226): then it counts something.
      const bool grouped = std::find(text_.begin() + n.begin, text_.begin() + n.end, ',') != text_.begin() + n.end;
      if (n.scale_power >= 4 || HasLargeUnit(n) || (grouped && n.form == NumeralMatch::Form::kArabic && !IsYearLike(n))) {
        q->dimension = Dimension::kCount;
        q->unit = "count";
        q->rule = "scaled-number";
      } else {
        q->is_claim = false;
      }
    }
    // 一家公司, 一个模型, 一年的用电: 一 before a classifier or a duration is the article "a".
    if ((counted || (unit != nullptr && unit->dimension == Dimension::kDuration)) && q->qualifier == Qualifier::kExact &&
        value == Decimal(1) && n.form == NumeralMatch::Form::kChinese) {
      q->is_claim = false;
    }
    // 三分之一的用戶, accounting for one-third, 近一半的需求: a share of a whole, in
    // percent. A fraction in digits (1/2的努力) stays the number it writes.
    const bool part = (n.fraction && n.form != NumeralMatch::Form::kArabic) ||
                      (unit != nullptr && unit->dimension == Dimension::kRatio && unit->factor < Decimal(1));
    if (q->dimension == Dimension::kRatio && part && IsShare(qb, end)) {
      q->dimension = Dimension::kPercent;
      q->unit = "%";
      q->rule = "share:" + q->rule;
      scaled = scaled * Decimal(100);
      if (scaled_high) scaled_high = *scaled_high * Decimal(100);
    }
    if (q->value.empty()) q->value = scaled.ToString();
    if (scaled_high && !q->high) q->high = q->dimension == Dimension::kDuration ? *q->high : scaled_high->ToString();
    if (qualifier == Qualifier::kRange && !q->low) q->low = q->value;
    if (n.vague && q->dimension != Dimension::kDuration) {
      if (n.low) q->low = (*n.low * factor).ToString();
      if (n.high) q->high = (*n.high * factor).ToString();
    }
    // A magnitude word with no digit (千亿投资, 万人) is an order of magnitude, not a figure.
    if (!HasDigitValue(n) && HasLargeUnit(n)) {
      if (q->qualifier == Qualifier::kExact) q->qualifier = Qualifier::kVague;
      if (unit == nullptr && !counted) q->is_claim = false;
    }
    // 这两条路径, 那三个: a demonstrative before a small count points, it does not count.
    if ((counted || (unit != nullptr && unit->dimension == Dimension::kDuration)) && AfterDemonstrative(n.begin)) {
      q->is_claim = false;
    }
    // 第五大: an ordinal rank.
    if (n.begin >= 3 && StartsWith(text_, n.begin - 3, "第")) {
      if (StartsWith(text_, n.end, "大")) {
        q->begin = n.begin - 3;
        q->end = n.end + 3;
        q->dimension = Dimension::kOther;
        q->unit = "rank";
        q->value = value.ToString();
        q->is_claim = true;
        q->rule = "rank";
      } else {
        q->is_claim = false;  // 第一, 第3名: an ordinal, not a quantity
      }
    }
    return used;
  }

  // Remember explicit currencies so a later bare 元 takes the nearest one.
  void NoteCurrency(const Quantity& q) {
    if (q.dimension == Dimension::kCurrency && q.rule != "unit:bare_yuan") {
      last_currency_ = q.unit;
      last_currency_at_ = q.end;
    }
  }

 private:
  bool Contains(const NumeralMatch& n, std::string_view what) const {
    return text_.substr(n.begin, n.end - n.begin).find(what) != std::string_view::npos;
  }

  // True when the numeral has a digit (一, 5, 两); false for a bare magnitude (千亿, 万).
  bool HasDigitValue(const NumeralMatch& n) const {
    size_t pos = n.begin;
    while (pos < n.end) {
      size_t len = 0;
      const char32_t cp = utf8::Decode(text_, pos, &len);
      if ((cp >= U'0' && cp <= U'9') || rules_.numerals.digits.count(cp)) return true;
      if (cp < 0x80 && ((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'))) return true;  // English words
      pos += len;
    }
    return false;
  }

  // 42万3000: a large unit inside the numeral makes it a scaled figure too.
  bool HasLargeUnit(const NumeralMatch& n) const {
    for (size_t pos = n.begin; pos < n.end;) {
      size_t len = 0;
      if (rules_.numerals.large_units.count(utf8::Decode(text_, pos, &len))) return true;
      pos += len;
    }
    return false;
  }

  bool AfterDemonstrative(size_t begin) const {
    for (const auto& d : rules_.counts.demonstratives) {
      if (begin >= d.size() && text_.substr(begin - d.size(), d.size()) == d) return true;
    }
    return false;
  }

  bool IsYearLike(const NumeralMatch& n) const { return n.end - n.begin == 4 && !Contains(n, ","); }

  // Right after a range opener (between, in the range of), a currency sign allowed between.
  bool IsBetween(size_t begin) const {
    size_t p = SkipSpacesBack(text_, begin, 1);
    if (auto sign = rules_.units.before.MatchEndingAt(text_, p)) p = SkipSpacesBack(text_, p - sign->length, 1);  // between $52
    return rules_.changes.range_openers.MatchEndingAt(text_, p).has_value();
  }

  const UnitRule* FindUnit(std::string_view id) const {
    for (const auto& u : rules_.units.units) if (u.id == id) return &u;
    return nullptr;
  }

  bool FollowOk(const UnitRule& unit, size_t end) const {
    if (unit.not_followed_by.empty()) return true;
    for (const auto& w : unit.not_followed_by) if (StartsWith(text_, end, w)) return false;
    return true;
  }

  // 三成五 = 35 %: a digit right after 成 is the next tenth; 三成半 = 35 %.
  size_t ReadChengDigit(size_t end, Decimal* value) const {
    const char32_t cp = CodePointAt(text_, end);
    if (cp == U'半') {
      *value = *value + Decimal(5).ScaledByPowerOfTen(-1);
      return end + 3;
    }
    auto it = rules_.numerals.digits.find(cp);
    if (it == rules_.numerals.digits.end()) return end;
    size_t len = 0;
    utf8::Decode(text_, end, &len);
    const char32_t after = CodePointAt(text_, end + len);
    if (rules_.numerals.digits.count(after) || rules_.numerals.small_units.count(after)) return end;
    *value = *value + Decimal(it->second).ScaledByPowerOfTen(-1);
    return end + len;
  }

  // X至Y is a range unless it reads "from X to Y": after a from-word (從10%升至21%,
  // 營收由5億增加到8億), or after a change verb when the ends measure different
  // things (下滑8.6%至160万辆) or lie too far apart to be one estimate (毛利率下滑3%至45%:
  // by 3 points to 45 %). 成長27%至37% is a change of 27 % to 37 %: a range.
  bool RangeAllowed(const NumeralMatch& n, const UnitRule* first_unit, const NumeralMatch& next) const {
    if (PrecededBy(rules_.changes.from_words, n.begin) && !IsBetween(n.begin)) return false;
    const bool after_change = PrecededBy(rules_.changes.falls, n.begin) || PrecededBy(rules_.changes.changes, n.begin);
    if (after_change && !WithinChangeRange(n.value, next.value)) return false;
    if (first_unit == nullptr) return true;
    const size_t p = SkipSpaces(text_, next.end);
    auto u = rules_.units.after.MatchAt(text_, p);
    return u && rules_.units.units[u->payload].dimension == first_unit->dimension;
  }

  // The high end is at most `range_max_ratio` times the low one (27 and 37, not 3 and 45).
  bool WithinChangeRange(const Decimal& low, const Decimal& high) const {
    if (low.IsZero() || low.IsNegative() || high < low) return false;
    return !(low * Decimal(rules_.changes.range_max_ratio) < high);
  }

  bool PrecededBy(const WordMatcher& words, size_t begin) const {
    size_t p = SkipSpacesBack(text_, begin);
    for (int i = 0; i <= rules_.changes.reach && p > 0; ++i) {
      if (words.MatchEndingAt(text_, p)) return true;
      p = utf8::PrevStart(text_, p);
    }
    return false;
  }

  bool IsShare(size_t begin, size_t end) const {
    const size_t before = SkipSpacesBack(text_, begin);
    if (rules_.units.ratio_before.MatchEndingAt(text_, before)) return false;
    return rules_.units.share_before.MatchEndingAt(text_, before).has_value() ||
           rules_.units.share_after.MatchAt(text_, SkipSpaces(text_, end)).has_value();
  }

  // "1% less than", "20 percent lower": a fall word right after the figure.
  bool FallFollows(size_t end) const {
    return rules_.changes.falls_after.MatchAt(text_, SkipSpaces(text_, end)).has_value();
  }

  // A fall word stands right before the figure, no other figure between
  // (下滑3%至45%: the fall is 3 %'s; 45 % is the level it fell to).
  bool Negated(size_t begin) const {
    size_t p = begin;
    for (int i = 0; i <= rules_.changes.reach && p > 0; ++i) {
      if (rules_.changes.falls.MatchEndingAt(text_, p)) return true;
      p = utf8::PrevStart(text_, p);
      if (text_[p] >= '0' && text_[p] <= '9') return false;
    }
    return false;
  }

  std::string ContextCurrency(size_t at) const {
    // The nearest explicit currency in the same paragraph (a line), else the
    // one the article declared (人民幣，下同), else the script's own.
    if (!last_currency_.empty() && last_currency_at_ <= at &&
        text_.substr(last_currency_at_, at - last_currency_at_).find('\n') == std::string_view::npos) {
      return last_currency_;
    }
    if (std::string declared = CurrencyDeclaredAt(declared_, at); !declared.empty()) return declared;
    return normalized_.LooksTraditionalNear(at, 300) ? "TWD" : "CNY";
  }

  std::string_view text_;
  const NormalizedText& normalized_;
  const Rulebook& rules_;
  const UnitRule* first_unit_ = nullptr;  // the first end's own unit in a range
  std::string last_currency_;
  size_t last_currency_at_ = 0;
  std::vector<CurrencyDeclaration> declared_;
};

}  // namespace

std::vector<Quantity> RecognizeQuantities(const NormalizedText& normalized, const Rulebook& rules,
                                          const RecognizeContext& context) {
  std::string_view text = normalized.text;
  std::vector<Quantity> out = RecognizeDates(text, rules.dates, rules.numerals, context.published);
  std::vector<Span> taken;
  for (const auto& q : out) taken.emplace_back(q.begin, q.end);
  std::vector<Span> excluded = ExclusionSpans(text, rules.exclusions);

  std::vector<NumeralMatch> numerals = FindNumerals(text, rules.numerals);
  MentionBuilder builder(normalized, rules);
  std::vector<Quantity> found;
  size_t last_end = 0;  // mentions never overlap: 三成五 swallows the numeral 五
  for (size_t i = 0; i < numerals.size(); ++i) {
    const NumeralMatch& n = numerals[i];
    if (n.begin < last_end) continue;
    if (Overlaps(taken, n.begin, n.end) || Overlaps(excluded, n.begin, n.end)) continue;
    const NumeralMatch* next = i + 1 < numerals.size() && !Overlaps(taken, numerals[i + 1].begin, numerals[i + 1].end)
                                   ? &numerals[i + 1] : nullptr;
    Quantity q;
    const int used = builder.Build(n, next, &q);
    // Words read around this numeral must not swallow a date found earlier.
    if (Overlaps(taken, q.begin, q.end)) {
      q.begin = n.begin;
      q.end = std::max(n.end, q.end);
      if (Overlaps(taken, q.begin, q.end)) q.end = n.end;
    }
    builder.NoteCurrency(q);
    last_end = q.end;
    found.push_back(std::move(q));
    i += used - 1;
  }
  // Dates and numerals are each in text order already: merge, do not sort.
  const auto middle = static_cast<std::ptrdiff_t>(out.size());
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  std::inplace_merge(out.begin(), out.begin() + middle, out.end(),
                     [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
  BorrowUnits(text, rules, &out);
  MarkConversions(text, &out);
  return out;
}

}  // namespace figcheck
