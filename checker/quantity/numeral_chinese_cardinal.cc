// ParseChineseCardinal: a left-to-right reader over numeral tokens (digits,
// units, Arabic numbers, 点, vague words), see numeral_chinese_cardinal.h.
//
// The value is kept in four parts so that each unit only touches what it
// governs:   head + last_part + section + pending
//   pending    a digit or Arabic number not yet followed by a unit
//   section    what small units (十百千) built since the last large unit
//   last_part  what the last large unit (万亿兆) built; a consecutive large
//              unit multiplies only this (四万万)
//   head       everything before that
// A token that does not fit ends the numeral; when a unit is refused, a digit
// read just before it is given back too (一万一万 is two numerals 一万).
#include "checker/quantity/numeral_chinese_cardinal.h"

namespace figcheck::numeral_internal {

bool StartsScaleLedUnit(std::string_view text, size_t pos, const NumeralTable& table) {
  return MatchAny(text, pos, table.scale_led_units).has_value();
}

namespace {

enum class TokenKind { kNone, kTooLong, kDigit, kZero, kVagueDigit, kArabic, kSmallUnit, kLargeUnit, kPoint,
                       kVagueInfix, kMultiplier };

struct Token {
  TokenKind kind = TokenKind::kNone;
  size_t end = 0;
  int number = 0;       // digit value, unit power or multiplier
  bool pair = false;    // 七八: this digit or the next one
  ArabicNumber arabic;  // kArabic
  Decimal fraction;     // kPoint: 0.ddd
  int fraction_digits = 0;
};

Token MakeToken(TokenKind kind, size_t end, int number) {
  Token t;
  t.kind = kind;
  t.end = end;
  t.number = number;
  return t;
}

const int* FindDigit(const NumeralTable& table, char32_t c) {
  auto it = table.digits.find(c);
  return it == table.digits.end() ? nullptr : &it->second;
}

bool IsUnitAt(std::string_view text, size_t pos, const NumeralTable& table) {
  size_t len = 0;
  const char32_t c = CodePointAt(text, pos, &len);
  return (table.small_units.count(c) || table.large_units.count(c)) && !StartsScaleLedUnit(text, pos, table);
}

// 点 and the digits after it. Refused before a small unit, because 十二点三十分
// is a time of day, not 12.3; refused before 两, which never follows a point.
Token ReadPoint(std::string_view text, size_t pos, const NumeralTable& table) {
  Token t;
  size_t i = SkipSpaces(text, pos);
  std::string literal = "0.";
  int count = 0;
  for (;;) {
    size_t len = 0;
    const char32_t c = CodePointAt(text, i, &len);
    const int* d = FindDigit(table, c);
    if (!d || Contains(table.count_only_digits, c) || count >= static_cast<int>(Decimal::kMaxDigits)) break;
    literal.push_back(static_cast<char>('0' + *d));
    ++count;
    i += len;
  }
  if (count == 0) return t;
  const size_t next = SkipSpaces(text, i);
  size_t len = 0;
  if (table.small_units.count(CodePointAt(text, next, &len)) && !StartsScaleLedUnit(text, next, table)) return t;
  t.kind = TokenKind::kPoint;
  t.end = i;
  t.fraction = *Decimal::Parse(literal);
  t.fraction_digits = count;
  return t;
}

Token ReadToken(std::string_view text, size_t pos, const NumeralTable& table) {
  Token t;
  size_t len = 0;
  const char32_t c = CodePointAt(text, pos, &len);
  if (len == 0) return t;
  t.end = pos + len;
  if (IsAsciiDigit(c)) {
    const ArabicRead r = ReadArabicNumber(text, pos, false, &t.arabic);
    t.end = t.arabic.end;
    t.kind = r == ArabicRead::kOk ? TokenKind::kArabic : r == ArabicRead::kTooLong ? TokenKind::kTooLong
                                                                                    : TokenKind::kNone;
  } else if (const int* d = FindDigit(table, c)) {
    t.kind = *d == 0 ? TokenKind::kZero : TokenKind::kDigit;
    t.number = *d;
    // 七八, 一两: two adjacent digits mean "this or the next" (七八十 = 70..80).
    size_t next_len = 0;
    size_t after_len = 0;
    const int* next = FindDigit(table, CodePointAt(text, t.end, &next_len));
    if (*d != 0 && next && *next == *d + 1 && !FindDigit(table, CodePointAt(text, t.end + next_len, &after_len))) {
      t.pair = true;
      t.end += next_len;
    }
  } else if (Contains(table.vague_digits, c)) {
    t.kind = TokenKind::kVagueDigit;
  } else if (auto it = table.small_units.find(c); it != table.small_units.end()) {
    if (!StartsScaleLedUnit(text, pos, table)) t = MakeToken(TokenKind::kSmallUnit, pos + len, it->second);
  } else if (auto it = table.large_units.find(c); it != table.large_units.end()) {
    if (!StartsScaleLedUnit(text, pos, table)) t = MakeToken(TokenKind::kLargeUnit, pos + len, it->second);
  } else if (Contains(table.decimal_points, c)) {
    t = ReadPoint(text, pos + len, table);
  } else if (auto it = table.chinese_multipliers.find(c); it != table.chinese_multipliers.end()) {
    // 打 is a verb far more often: 打开, 打算 ... (not_numerals) keep it one.
    if (!MatchAny(text, pos, table.not_numerals)) t = MakeToken(TokenKind::kMultiplier, pos + len, it->second);
  } else if (auto end = MatchAny(text, pos, table.vague_infixes)) {
    t = MakeToken(TokenKind::kVagueInfix, *end, 0);
  }
  if (t.kind == TokenKind::kNone) t.end = pos;
  return t;
}

class CardinalParser {
 public:
  CardinalParser(std::string_view text, const NumeralTable& table) : text_(text), table_(table) {}

  std::optional<ChineseCardinal> Parse(size_t pos, size_t* resume);

 private:
  enum class Last { kStart, kPrefix, kDigit, kZero, kArabic, kSmallUnit, kLargeUnit, kPoint, kVagueInfix,
                    kMultiplier };
  enum class Pending { kNone, kDigit, kElided, kLeadingZero, kArabic, kDecimal };

  bool Accept(const Token& t, bool spaced);
  bool AcceptDigit(const Estimate& digit, const Token& t);
  bool AcceptZero(const Token& t);
  bool AcceptArabic(const Token& t, bool spaced);
  bool AcceptSmallUnit(const Token& t);
  bool AcceptLargeUnit(const Token& t);
  bool AcceptPoint(const Token& t);
  bool AcceptVagueInfix(const Token& t);
  bool AcceptMultiplier(const Token& t);

  void SetPending(Estimate value, Pending kind);
  bool GiveBackPending();  // always false: the refused token ends the numeral
  void Commit(size_t end, Last last, int unit_power = 0);
  Estimate Total() const;
  static Estimate Zero() { return Estimate::Exact(Decimal()); }

  std::string_view text_;
  const NumeralTable& table_;
  Estimate head_ = Zero(), last_part_ = Zero(), section_ = Zero();
  std::optional<Estimate> pending_;
  Pending pending_kind_ = Pending::kNone;
  ArabicNumber pending_arabic_;
  struct Undo {  // the state to restore when a pending number is given back
    size_t end = 0;
    bool committed = false, has_arabic = false;
    int fraction_digits = 0, tokens = 0;
  } undo_;
  Last last_ = Last::kStart;
  size_t end_ = 0;
  bool committed_ = false;
  int last_small_ = 1000;  // small units descend within a section
  int last_large_ = 0;     // power of the latest large unit run
  int max_large_ = 0;
  int unit_run_ = 0;       // power of the latest unit run (elision: 两千四百五)
  int unit_chain_ = 0;     // powers of the unit characters just read in a row (千万 = 7)
  bool chain_has_large_ = false;
  bool zero_since_unit_ = false;
  bool infix_after_large_ = false;
  bool finished_ = false;
  bool needs_unit_ = false;  // a prefix or 半 must be followed by a unit
  bool saw_unit_ = false;
  int tokens_ = 0;
  int leading_unit_power_ = 0;  // 百 or 千 read first with no digit
  bool has_arabic_ = false, has_chinese_ = false;
  int fraction_digits_ = 0;
};

std::optional<ChineseCardinal> CardinalParser::Parse(size_t pos, size_t* resume) {
  size_t p = pos;
  size_t len = 0;
  const char32_t c = CodePointAt(text_, p, &len);
  bool negative = false;
  if (Contains(table_.negative_signs, c)) {
    negative = true;
    p += len;
  } else if (IsMinus(c) && !IsAsciiAlnum(CodePointBefore(text_, pos))) {
    size_t next_len = 0;
    if (!IsAsciiDigit(CodePointAt(text_, p + len, &next_len))) return std::nullopt;
    negative = true;
    p += len;
  }
  end_ = p;
  if (!negative) {
    for (const std::string& prefix : table_.vague_prefixes) {
      if (!StartsWithAt(text_, p, prefix)) continue;
      auto b = table_.vague_prefix_bounds.find(prefix);
      const VagueBounds bounds = b == table_.vague_prefix_bounds.end() ? VagueBounds{} : b->second;
      SetPending(Estimate{Decimal(1), Decimal(bounds.low), Decimal(bounds.high), bounds.high == 0, true},
                 Pending::kDigit);
      p += prefix.size();
      last_ = Last::kPrefix;
      needs_unit_ = true;
      has_chinese_ = true;
      break;
    }
    if (last_ == Last::kStart && Contains(table_.half_digits, c)) {
      SetPending(Estimate::Exact(*Decimal::Parse("0.5")), Pending::kDigit);
      p += len;
      last_ = Last::kPrefix;
      needs_unit_ = true;
      has_chinese_ = true;
    }
  }
  while (!finished_) {
    const size_t q = (last_ == Last::kStart || last_ == Last::kPrefix) ? p : SkipSpaces(text_, p);
    const Token t = ReadToken(text_, q, table_);
    if (t.kind == TokenKind::kTooLong && last_ == Last::kStart) *resume = t.end;
    if (t.kind == TokenKind::kNone || t.kind == TokenKind::kTooLong) break;
    if (last_ == Last::kPrefix && t.kind != TokenKind::kSmallUnit && t.kind != TokenKind::kLargeUnit) break;
    if (last_ == Last::kVagueInfix && t.kind != TokenKind::kLargeUnit) break;
    if (!Accept(t, q != p)) break;
    p = t.end;
  }
  if (!committed_ || (needs_unit_ && !saw_unit_)) return std::nullopt;
  if (tokens_ == 1 && leading_unit_power_ >= 2) return std::nullopt;  // 百姓, 千克: a bare 百 or 千
  ChineseCardinal out;
  out.end = end_;
  out.estimate = negative ? Total().Negated() : Total();
  out.has_arabic = has_arabic_;
  out.has_chinese = has_chinese_ || negative;
  out.scale_power = chain_has_large_ && (last_ == Last::kLargeUnit || last_ == Last::kSmallUnit) ? unit_chain_ : 0;
  out.fraction_digits = fraction_digits_;
  return out;
}

bool CardinalParser::Accept(const Token& t, bool spaced) {
  switch (t.kind) {
    case TokenKind::kDigit: {
      const Decimal d(t.number);
      Estimate e = Estimate::Exact(d);
      if (t.pair) e = Estimate{d, d, Decimal(t.number + 1), false, true};
      return AcceptDigit(e, t);
    }
    case TokenKind::kVagueDigit:
      return AcceptDigit(Estimate{Decimal(0), Decimal(1), Decimal(9), false, true}, t);
    case TokenKind::kZero: return AcceptZero(t);
    case TokenKind::kArabic: return AcceptArabic(t, spaced);
    case TokenKind::kSmallUnit: return AcceptSmallUnit(t);
    case TokenKind::kLargeUnit: return AcceptLargeUnit(t);
    case TokenKind::kPoint: return AcceptPoint(t);
    case TokenKind::kVagueInfix: return AcceptVagueInfix(t);
    case TokenKind::kMultiplier: return AcceptMultiplier(t);
    default: return false;
  }
}

bool CardinalParser::AcceptDigit(const Estimate& digit, const Token& t) {
  if (pending_) return false;
  // Elision: 两千四百五 = 2450, 一万三 = 13000. After 十 the digit is a plain
  // units digit, which leaves 十二点五万 free to read as 12.5万.
  const bool after_unit = last_ == Last::kSmallUnit || last_ == Last::kLargeUnit;
  if (after_unit && unit_run_ >= 2 && !zero_since_unit_ && !IsUnitAt(text_, SkipSpaces(text_, t.end), table_)) {
    SetPending(digit.ScaledByPowerOfTen(unit_run_ - 1), Pending::kElided);
  } else {
    SetPending(digit, Pending::kDigit);
  }
  has_chinese_ = true;
  Commit(t.end, Last::kDigit);
  return true;
}

bool CardinalParser::AcceptZero(const Token& t) {
  if (pending_) return pending_kind_ == Pending::kLeadingZero;  // 零零
  if (last_ == Last::kStart) {
    SetPending(Zero(), Pending::kLeadingZero);  // 零点五, 零十
    has_chinese_ = true;
    Commit(t.end, Last::kZero);
    return true;
  }
  zero_since_unit_ = true;  // a gap: 一千零一; not committed, so a trailing 零 is left out
  last_ = Last::kZero;
  return true;
}

bool CardinalParser::AcceptArabic(const Token& t, bool spaced) {
  if (pending_) return false;
  const ArabicNumber& a = t.arabic;
  if (last_ != Last::kStart) {
    if (last_ != Last::kSmallUnit && last_ != Last::kLargeUnit && last_ != Last::kZero) return false;
    const bool unit_follows = IsUnitAt(text_, SkipSpaces(text_, a.end), table_);
    // 42万3000, 1千零20, 1兆933.6億 (a decimal scaled by the unit after it); but
    // 10万 2019年 is two numerals, and 1億2345.6 ends at 億.
    if ((!a.is_integer && !unit_follows) || (spaced && !unit_follows)) return false;
    if (!unit_follows && a.value >= Decimal(1).ScaledByPowerOfTen(unit_run_)) return false;
  }
  SetPending(Estimate::Exact(a.value), Pending::kArabic);
  pending_arabic_ = a;
  has_arabic_ = true;
  fraction_digits_ = a.fraction_digits;
  Commit(a.end, Last::kArabic);
  return true;
}

bool CardinalParser::AcceptSmallUnit(const Token& t) {
  if (pending_kind_ == Pending::kElided || pending_kind_ == Pending::kDecimal) return GiveBackPending();
  if (t.number >= last_small_ || (last_large_ > 0 && t.number >= last_large_)) return GiveBackPending();
  const bool no_multiplier = !pending_ || pending_kind_ == Pending::kLeadingZero;
  const Estimate multiplier = no_multiplier ? Estimate::Exact(Decimal(1)) : *pending_;
  if (last_ == Last::kStart) leading_unit_power_ = t.number;
  section_ = section_ + multiplier.ScaledByPowerOfTen(t.number);
  pending_.reset();
  pending_kind_ = Pending::kNone;
  last_small_ = t.number;
  unit_run_ = t.number;
  has_chinese_ = true;
  Commit(t.end, Last::kSmallUnit, t.number);
  return true;
}

bool CardinalParser::AcceptLargeUnit(const Token& t) {
  const int power = t.number;
  if (last_ == Last::kStart || last_ == Last::kZero || pending_kind_ == Pending::kElided) return GiveBackPending();
  const bool consecutive = last_ == Last::kLargeUnit || (last_ == Last::kVagueInfix && infix_after_large_);
  if (consecutive) {
    if (unit_run_ + power > kMaxScalePower) return false;
    last_part_ = last_part_.ScaledByPowerOfTen(power);
    unit_run_ += power;
  } else {
    if (section_.value.IsZero() && section_.High().IsZero() && !pending_) return false;
    const Estimate part = pending_ ? section_ + *pending_ : section_;
    if (power > max_large_) {
      last_part_ = (head_ + last_part_ + part).ScaledByPowerOfTen(power);
      head_ = Zero();
    } else if (power < last_large_) {
      head_ = head_ + last_part_;
      last_part_ = part.ScaledByPowerOfTen(power);
    } else {
      return GiveBackPending();  // 一万二万: not one numeral
    }
    unit_run_ = power;
  }
  last_large_ = unit_run_;
  max_large_ = std::max(max_large_, unit_run_);
  section_ = Zero();
  pending_.reset();
  pending_kind_ = Pending::kNone;
  last_small_ = 1000;
  has_chinese_ = true;
  Commit(t.end, Last::kLargeUnit, power);
  return true;
}

bool CardinalParser::AcceptPoint(const Token& t) {
  if (Total().vague) return false;
  const Estimate f = Estimate::Exact(t.fraction);
  if (pending_kind_ == Pending::kDigit || pending_kind_ == Pending::kLeadingZero) {
    SetPending(*pending_ + f, Pending::kDecimal);  // 三点五, and 三点五万 may follow
  } else if (pending_kind_ == Pending::kElided || (!pending_ && (last_ == Last::kSmallUnit ||
                                                                 last_ == Last::kLargeUnit))) {
    pending_ = pending_ ? *pending_ + f : f;  // 两千三点一, 两千万点五: the point ends the numeral
    finished_ = true;
  } else {
    return false;
  }
  has_chinese_ = true;
  fraction_digits_ = t.fraction_digits;
  Commit(t.end, Last::kPoint);
  return true;
}

bool CardinalParser::AcceptVagueInfix(const Token& t) {
  // 余/多 add one step of the last unit to the ceiling: 十余 is 10..20, 500余 is 500..600.
  if (pending_kind_ == Pending::kArabic && pending_arabic_.is_integer && pending_arabic_.trailing_zeros > 0) {
    pending_->RaiseHigh(Decimal(1).ScaledByPowerOfTen(pending_arabic_.trailing_zeros));
    infix_after_large_ = false;
  } else if (!pending_ && last_ == Last::kSmallUnit) {
    section_.RaiseHigh(Decimal(1).ScaledByPowerOfTen(unit_run_));
    infix_after_large_ = false;
  } else if (!pending_ && last_ == Last::kLargeUnit) {
    last_part_.RaiseHigh(Decimal(1).ScaledByPowerOfTen(unit_run_));
    infix_after_large_ = true;
  } else {
    return false;
  }
  Commit(t.end, Last::kVagueInfix);
  return true;
}

bool CardinalParser::AcceptMultiplier(const Token& t) {
  if (last_ == Last::kStart || last_ == Last::kPrefix || last_ == Last::kZero || last_ == Last::kPoint) return false;
  head_ = Total().Times(Decimal(t.number));
  last_part_ = section_ = Zero();
  pending_.reset();
  pending_kind_ = Pending::kNone;
  finished_ = true;
  Commit(t.end, Last::kMultiplier);
  return true;
}

void CardinalParser::SetPending(Estimate value, Pending kind) {
  if (!pending_) undo_ = Undo{end_, committed_, has_arabic_, fraction_digits_, tokens_};
  pending_ = std::move(value);
  pending_kind_ = kind;
}

bool CardinalParser::GiveBackPending() {
  if (pending_ && last_ != Last::kPrefix) {
    pending_.reset();
    pending_kind_ = Pending::kNone;
    end_ = undo_.end;
    committed_ = undo_.committed;
    has_arabic_ = undo_.has_arabic;
    fraction_digits_ = undo_.fraction_digits;
    tokens_ = undo_.tokens;
  }
  return false;
}

void CardinalParser::Commit(size_t end, Last last, int unit_power) {
  const bool unit = last == Last::kSmallUnit || last == Last::kLargeUnit;
  if (unit) {
    // The unit characters read in a row give scale_power: 千万 = 7, 万亿 = 12.
    const bool run_continues = last_ == Last::kSmallUnit || last_ == Last::kLargeUnit;
    unit_chain_ = (run_continues ? unit_chain_ : 0) + unit_power;
    chain_has_large_ = (run_continues && chain_has_large_) || last == Last::kLargeUnit;
    saw_unit_ = true;
    zero_since_unit_ = false;
  }
  end_ = end;
  last_ = last;
  committed_ = true;
  ++tokens_;
}

Estimate CardinalParser::Total() const {
  Estimate total = head_ + last_part_ + section_;
  return pending_ ? total + *pending_ : total;
}

}  // namespace

bool StartsCardinalToken(std::string_view text, size_t pos, const NumeralTable& table) {
  return ReadToken(text, pos, table).kind != TokenKind::kNone;
}

std::optional<ChineseCardinal> ParseChineseCardinal(std::string_view text, size_t pos, const NumeralTable& table,
                                                    size_t* resume) {
  return CardinalParser(text, table).Parse(pos, resume);
}

}  // namespace figcheck::numeral_internal
