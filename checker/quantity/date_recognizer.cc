#include "checker/quantity/date_recognizer.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/quantity/numeral.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

using Precision = CivilDate::Precision;

// One pattern match with its named groups (those that took part in it).
struct DateMatch {
  const DatePattern* pattern = nullptr;
  size_t begin = 0, end = 0;
  // Group name (owned by the pattern's RE2) -> matched text; a handful per
  // match, so a flat list: Get is called a score of times per date.
  std::vector<std::pair<std::string_view, std::string_view>> groups;

  bool Has(std::string_view name) const {
    return std::any_of(groups.begin(), groups.end(), [&](const auto& g) { return g.first == name; });
  }

  // A group, or its alternate spelling `name_b` (RE2 names must be unique).
  std::string_view Get(std::string_view name) const {
    for (const auto& [n, value] : groups) {
      const bool alternate = n.size() == name.size() + 2 && n.substr(0, name.size()) == name &&
                             n.substr(name.size()) == "_b";
      if ((n == name || alternate) && !value.empty()) return value;
    }
    return {};
  }
};

std::optional<int> SmallNumber(std::string_view text, const NumeralTable& numerals) {
  if (text.empty()) return std::nullopt;
  // Most date parts are ASCII digits (2024, 12): read them here; the numeral
  // scanner (十二, 二〇二四) is for the rest.
  if (text.size() <= 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int value = 0;
    for (char c : text) value = value * 10 + (c - '0');
    return value;
  }
  auto m = ScanNumeral(text, 0, numerals);
  if (!m || m->end != text.size()) return std::nullopt;
  auto v = m->value.ToInt64();
  if (!v || *v < 0 || *v > 9999) return std::nullopt;
  return static_cast<int>(*v);
}

// The span [begin, end) as a match of pattern p, when p matches all of it.
std::optional<DateMatch> MatchWhole(const DatePattern& p, const re2::StringPiece& input, size_t begin, size_t end,
                                    std::vector<re2::StringPiece>* sub) {
  const int n = p.re->NumberOfCapturingGroups();
  sub->assign(static_cast<size_t>(n) + 1, re2::StringPiece());
  if (!p.re->Match(input, begin, end, RE2::ANCHOR_BOTH, sub->data(), n + 1)) return std::nullopt;
  DateMatch m{&p, begin, end, {}};
  for (const auto& [name, index] : p.re->NamedCapturingGroups()) {
    const re2::StringPiece& g = (*sub)[static_cast<size_t>(index)];
    if (g.data() != nullptr) m.groups.emplace_back(name, std::string_view(g.data(), g.size()));
  }
  return m;
}

std::vector<DateMatch> FindMatches(std::string_view text, const DateTable& dates) {
  std::vector<DateMatch> out;
  const re2::StringPiece input(text.data(), text.size());
  std::vector<int> whole;
  std::vector<re2::StringPiece> sub;
  ForEachMatch(*dates.any, text, [&](size_t begin, size_t end) {
    // The combined pattern found the span; the first listed pattern that
    // matches it exactly says what its parts mean. The anchored set names the
    // patterns that match the span on its own in one pass; each is confirmed
    // in the text around it (\b, ^ look past the span). When none is, or the
    // set ran out of memory, every pattern is tried in order.
    whole.clear();
    if (dates.whole->Match(re2::StringPiece(text.data() + begin, end - begin), &whole)) {
      std::sort(whole.begin(), whole.end());
      for (const int i : whole) {
        if (auto m = MatchWhole(dates.patterns[static_cast<size_t>(i)], input, begin, end, &sub)) {
          out.push_back(std::move(*m));
          return;
        }
      }
    }
    for (const auto& p : dates.patterns) {
      if (auto m = MatchWhole(p, input, begin, end, &sub)) {
        out.push_back(std::move(*m));
        return;
      }
    }
  });
  return out;
}

// The year "今年" means: the publication year, except in a January article that
// talks mostly about the year before (a year-in-review dated 1 January).
int ThisYear(std::string_view text, const std::vector<DateMatch>& matches, const CivilDate& published,
             const DateTable& dates, const NumeralTable& numerals) {
  if (published.month != 1) return published.year;
  for (const auto& marker : dates.new_year_markers) {
    if (text.find(marker) != std::string_view::npos) return published.year;
  }
  int same = 0, previous = 0;
  for (const auto& m : matches) {
    auto y = SmallNumber(m.Get("y"), numerals);
    if (!y) continue;
    if (m.pattern->id == "iso" && m.Has("m") && m.Has("d")) {
      auto mo = SmallNumber(m.Get("m"), numerals);
      auto d = SmallNumber(m.Get("d"), numerals);
      if (mo && d && CivilDate::Day(*y, *mo, *d) == published) continue;  // a dateline, not a mention
    }
    same += *y == published.year;
    previous += *y == published.year - 1;
  }
  return previous > same ? published.year - 1 : published.year;
}

bool IsSentenceEnd(char32_t cp) {
  switch (cp) {
    case U'。': case U'；': case U';': case U'！': case U'!': case U'？': case U'?': case U'\n':
      return true;
    default:
      return false;
  }
}

// Inside a quotation on the same line (「…」, “…”, "…"): a relative date there
// is relative to when the speaker spoke, not to the publication date.
bool InsideQuotation(std::string_view text, size_t pos) {
  size_t line_start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  int depth = 0;
  int ascii_quotes = 0;
  for (size_t i = line_start; i < pos;) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(text, i, &len);
    if (cp == U'「' || cp == U'『' || cp == U'“') ++depth;
    if ((cp == U'」' || cp == U'』' || cp == U'”') && depth > 0) --depth;
    if (cp == U'"') ++ascii_quotes;
    i += len;
  }
  return depth > 0 || ascii_quotes % 2 == 1;
}

bool IsRelative(const DateMatch& m) {
  return m.Has("yrel") || m.Has("mrel") || m.Has("drel") || m.Has("unit");
}

// An event word within reach after the date (same clause), a since/until word
// right before it, or an event verb earlier in its sentence ("overtook … in Q4").
bool DatesAnEvent(std::string_view text, const DateMatch& m, const DateTable& dates) {
  size_t back = m.begin;
  while (back > 0 && text[back - 1] == ' ') --back;
  if (dates.event_before.MatchEndingAt(text, back)) return true;
  for (int i = 0; i < dates.event_verb_reach && back > 0; ++i) {
    if (dates.event_verbs_before.MatchEndingAt(text, back)) return true;
    back = utf8::PrevStart(text, back);
    size_t len = 0;
    if (IsSentenceEnd(utf8::Decode(text, back, &len))) break;
  }
  size_t pos = m.end;
  for (int i = 0; i < dates.event_reach && pos < text.size(); ++i) {
    if (dates.event_after.MatchAt(text, pos)) return true;
    size_t len = 0;
    const char32_t cp = utf8::Decode(text, pos, &len);
    if (IsSentenceEnd(cp)) break;
    pos += len;
  }
  return false;
}

struct Resolver {
  std::string_view text;
  const DateTable& dates;
  const NumeralTable& numerals;
  std::optional<CivilDate> published;
  int this_year = 0;
  std::optional<int> last_year;  // last explicit year seen, for month-days without one

  // The month a match names (`second`: the end of a range of months, m2/mname2).
  std::optional<int> Month(const DateMatch& m, bool second = false) const {
    if (auto name = m.Get(second ? "mname2" : "mname"); !name.empty()) {
      auto it = dates.months.find(utf8::AsciiLower(name.substr(0, 3)));
      return it == dates.months.end() ? std::nullopt : std::optional(it->second);
    }
    return SmallNumber(m.Get(second ? "m2" : "m"), numerals);
  }

  std::optional<int> Quarter(const DateMatch& m) const {
    if (auto w = m.Get("qword"); !w.empty()) {
      auto it = dates.quarter_words.find(utf8::AsciiLower(w));
      return it == dates.quarter_words.end() ? std::nullopt : std::optional(it->second);
    }
    return SmallNumber(m.Get("q"), numerals);
  }

  // Fills q's value/high/qualifier; false when the match cannot be resolved.
  bool Resolve(const DateMatch& m, Quantity* q) {
    auto set_range = [&](const CivilDate& lo, const CivilDate& hi) {
      q->value = lo.ToIso();
      q->high = hi.ToIso();
      q->qualifier = Qualifier::kRange;
    };
    if (auto d = SmallNumber(m.Get("decade"), numerals)) {
      set_range(CivilDate::Year(*d), CivilDate::Year(*d + 9));
      return true;
    }
    if (auto drel = m.Get("drel"); !drel.empty()) {
      auto it = dates.relative_days.find(utf8::AsciiLower(drel));
      if (!published || it == dates.relative_days.end()) return false;
      q->value = published->AddDays(it->second).ToIso();
      return true;
    }
    if (auto unit = m.Get("unit"); !unit.empty()) {
      auto it = dates.ago_units.find(utf8::AsciiLower(unit));
      if (!published || it == dates.ago_units.end()) return false;
      std::string_view n = m.Get("n");
      std::optional<int> count = (n == "a" || n == "A") ? 1 : SmallNumber(n, numerals);
      int months = 0;
      if (n == "半") { count = 1; months = it->second == "Y" ? 6 : 0; }
      if (!count) return false;
      CivilDate when = *published;
      if (it->second == "Y" && months == 0) months = 12 * *count;
      else if (it->second == "M") months = *count;
      if (months > 0) {
        when = when.AddMonths(-months);
        when.precision = Precision::kMonth;
      } else {
        when = when.AddDays(-(it->second == "W" ? 7 : 1) * *count);
      }
      q->value = when.ToIso();
      q->qualifier = Qualifier::kAbout;
      return true;
    }
    if (auto wday = m.Get("wday"); !wday.empty()) {
      // The latest such weekday on or before publication ("on Thursday", 週四).
      auto it = dates.weekdays.find(utf8::AsciiLower(wday));
      if (!published || it == dates.weekdays.end()) return false;
      const long days = published->DaysSinceEpoch();
      const int today = static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;  // 1970-01-01 was a Thursday (4)
      q->value = published->AddDays(-((today - it->second + 7) % 7)).ToIso();
      return true;
    }
    if (auto mrel = m.Get("mrel"); !mrel.empty()) {  // 本月初, last month
      auto it = dates.relative_months.find(utf8::AsciiLower(mrel));
      if (!published || it == dates.relative_months.end()) return false;
      const CivilDate month = CivilDate::Month(published->year, published->month).AddMonths(it->second);
      const std::string part(m.Get("part"));
      if (auto p = dates.month_parts.find(part); !part.empty() && p != dates.month_parts.end()) {
        const int last = std::min(p->second.second, CivilDate::DaysInMonth(month.year, month.month));
        set_range(CivilDate::Day(month.year, month.month, p->second.first), CivilDate::Day(month.year, month.month, last));
        return true;
      }
      q->value = month.ToIso();
      return true;
    }
    std::optional<int> year = SmallNumber(m.Get("y"), numerals);
    if (auto roc = SmallNumber(m.Get("roc"), numerals)) year = *roc + 1911;  // 民國115年: 2026
    if (auto yrel = m.Get("yrel"); !yrel.empty()) {
      auto it = dates.relative_years.find(utf8::AsciiLower(yrel));
      if (!published || it == dates.relative_years.end()) return false;
      year = this_year + it->second;
    }
    if (auto y2 = SmallNumber(m.Get("y2"), numerals); y2 && year) {
      set_range(CivilDate::Year(*year), CivilDate::Year(*y2));
      return true;
    }
    std::optional<int> month = Month(m);
    std::optional<int> first = SmallNumber(m.Get("first_m"), numerals);
    if (auto quarters = SmallNumber(m.Get("first_q"), numerals); quarters && *quarters >= 1 && *quarters <= 4) {
      first = 3 * *quarters;  // 前三季: January to September
    }
    if (first && *first >= 1 && *first <= 12) {
      const int y = year ? *year : InferYear(*first).value_or(0);  // 前11月: January to November
      if (y == 0) return false;
      set_range(CivilDate::Month(y, 1), CivilDate::Month(y, *first));
      return true;
    }
    const std::optional<int> quarter_alone = year ? std::nullopt : Quarter(m);
    if (!year && !month && quarter_alone && *quarter_alone >= 1 && *quarter_alone <= 4) {
      year = InferYear(3 * *quarter_alone - 2);
    }
    if (!year && !month && m.Has("d") && published) {
      // 15日電, 2日公布: a day of the publication month (or of the month before).
      auto day = SmallNumber(m.Get("d"), numerals);
      if (!day) return false;
      CivilDate base = *day > published->day ? published->AddMonths(-1) : *published;
      if (!CivilDate::IsValid(base.year, base.month, *day)) return false;
      q->value = CivilDate::Day(base.year, base.month, *day).ToIso();
      return true;
    }
    if (!year && month) year = InferYear(*month);
    if (!year) return false;
    if (m.Has("y") || m.Has("y_b")) last_year = year;
    const std::string part(m.Get("part"));
    const std::string mpart(m.Get("mpart"));
    if (month) {
      if (*month < 1 || *month > 12) return false;
      if (auto last = Month(m, true)) {  // July-September, 7至9月: the months between
        if (*last < *month || *last > 12) return false;
        set_range(CivilDate::Month(*year, *month), CivilDate::Month(*year, *last));
        return true;
      }
      std::optional<int> day = SmallNumber(m.Get("d"), numerals);
      if (!day && !m.Get("ended").empty()) day = CivilDate::DaysInMonth(*year, *month);  // 截至6月底的季度
      if (day) {
        if (!CivilDate::IsValid(*year, *month, *day)) return false;
        q->value = CivilDate::Day(*year, *month, *day).ToIso();
        // "the quarter ended Oct. 26", 截至9月30日止三个月: the figures it dates
        // are the period's that ended that day.
        if (auto span = dates.ended_spans.find(utf8::AsciiLower(m.Get("ended"))); span != dates.ended_spans.end()) {
          q->ended_months = static_cast<uint8_t>(std::clamp(span->second, 1, 120));
        }
        return true;
      }
      const std::string& p = part.empty() ? mpart : part;
      if (auto it = dates.month_parts.find(p); !p.empty() && it != dates.month_parts.end()) {
        const int last = std::min(it->second.second, CivilDate::DaysInMonth(*year, *month));
        set_range(CivilDate::Day(*year, *month, it->second.first), CivilDate::Day(*year, *month, last));
        return true;
      }
      q->value = CivilDate::Month(*year, *month).ToIso();
      return true;
    }
    if (auto quarter = Quarter(m)) {
      if (*quarter < 1 || *quarter > 4) return false;
      set_range(CivilDate::Month(*year, 3 * *quarter - 2), CivilDate::Month(*year, 3 * *quarter));
      return true;
    }
    if (auto it = dates.year_parts.find(utf8::AsciiLower(part)); !part.empty() && it != dates.year_parts.end()) {
      set_range(CivilDate::Month(*year, it->second.first), CivilDate::Month(*year, it->second.second));
      return true;
    }
    q->value = CivilDate::Year(*year).ToIso();
    return true;
  }

  std::optional<int> InferYear(int month) const {
    if (published) {
      // 第4季 in an article of early January is the last quarter of last year.
      // A month well after the publication month is last year's (an article of
      // January about "12月" speaks of the December before).
      return month > published->month + 2 ? published->year - 1 : published->year;
    }
    return last_year;
  }
};

// 昨天（12月23日）: a date restated in brackets right after another is one mention.
void MergeBracketRestatements(std::string_view text, std::vector<Quantity>* out) {
  std::vector<Quantity> merged;
  for (auto& q : *out) {
    if (!merged.empty()) {
      Quantity& prev = merged.back();
      size_t p = prev.end;
      while (p < q.begin && text[p] == ' ') ++p;
      if (p < text.size() && text[p] == '(' && p + 1 == q.begin && q.end < text.size() && text[q.end] == ')') {
        prev.end = q.end + 1;
        if (!q.value.empty()) {
          prev.value = q.value;
          prev.high = q.high;
          prev.qualifier = q.qualifier;
        }
        prev.is_claim = prev.is_claim || q.is_claim;
        continue;
      }
    }
    merged.push_back(std::move(q));
  }
  *out = std::move(merged);
}

}  // namespace

std::vector<Quantity> RecognizeDates(std::string_view text, const DateTable& dates, const NumeralTable& numerals,
                                     const std::optional<CivilDate>& published) {
  const std::vector<DateMatch> matches = FindMatches(text, dates);
  Resolver resolver{text, dates, numerals, published, 0, std::nullopt};
  if (published) resolver.this_year = ThisYear(text, matches, *published, dates, numerals);
  std::vector<Quantity> out;
  for (const auto& m : matches) {
    Quantity q;
    q.begin = q.number_begin = m.begin;
    q.end = q.number_end = m.end;
    q.dimension = Dimension::kDate;
    q.unit = "date";
    q.rule = "date:" + m.pattern->id;
    const bool resolved = resolver.Resolve(m, &q);
    if (!resolved) q.value.clear();
    q.is_claim = resolved && (m.pattern->always_claim || DatesAnEvent(text, m, dates));
    if (IsRelative(m) && InsideQuotation(text, m.begin)) q.is_claim = false;
    // A full date equal to the publication date is the article's own dateline.
    if (published && m.pattern->id == "iso" && q.value == published->ToIso()) q.is_claim = false;
    out.push_back(std::move(q));
  }
  MergeBracketRestatements(text, &out);
  return out;
}

}  // namespace figcheck
