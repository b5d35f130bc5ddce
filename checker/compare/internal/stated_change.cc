// stated-change: a change stated next to its two ends must match them.
//
// Two ways a sentence states a change of a level from A to B:
//  - in words: A, a word of `to_words` (至, 到, to) within `max_gap` bytes
//    and B, of one unit, with a word of `from_words` before A or between them
//    (從 140 萬成長至 700 萬, from $10 million to $30 million); the stated
//    change is the first percentage or multiplier after B, when it reads as
//    a change (a multiplier, a metric of `change_metrics`, or after a word of
//    `change_words`) and stands within 2 x max_gap bytes of B;
//  - by date: a year-over-year growth (a metric of `yoy_metrics`, or after a
//    word of `yoy_words`: 年增 23.8 %, 同比下滑 8.6% 至 B) of a level B of
//    year Y (the figure it leads to, else the nearest level before it); A is
//    the same entity's same metric, in the same unit, stated for year Y-1
//    anywhere in the documents checked (a corpus checked a document at a
//    time asks AnswerYearOverYear, with CheckContext::questions).
// A percentage g reads as B/A = 1 + g/100; a multiplier k as B/A = k, and
// after a word of `increase_words` (增五倍, 成長5倍) as either k or k+1 (the
// Chinese wording is ambiguous). The ratio of the two ends' intervals must
// meet the stated ratio widened by `tolerance`. Neither reading fits: a
// finding of this rule; only one of two readings fits: a finding of
// `stated-change-ambiguous` naming both.
#include <algorithm>
#include <map>

#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

bool IsLevel(const Claim& c) {
  switch (c.dimension) {
    case Dimension::kCurrency: case Dimension::kCount: case Dimension::kEnergy: case Dimension::kPower:
    case Dimension::kPercent: case Dimension::kNone: return true;
    default: return false;
  }
}

bool IsChange(const Claim& c) { return c.dimension == Dimension::kPercent || c.unit == "x"; }

int YearOf(const Claim& c) {
  return c.as_of && c.as_of->precision == CivilDate::Precision::kYear ? c.as_of->year : 0;
}

struct Reading {
  std::string name;
  ValueInterval ratio;  // stated B/A
};

// What the stated change says B/A is: one reading, or two for 增五倍.
std::vector<Reading> Readings(const Claim& change, bool falling, const CheckRule& rule, const CheckContext& context) {
  auto v = Interval(change, context);
  if (!v) return {};
  const Decimal one = 1, hundred = 100;
  const Decimal t = rule.Number("tolerance", *Decimal::Parse("0.01"));
  if (change.unit == "x") {
    std::vector<Reading> out{{"x" + change.value.Text(), Widen(*v, t)}};
    if (ContainsAny(Before(change, 12), rule.Words("increase_words"))) {
      const Decimal k = change.value.number().value_or(v->lo);
      out.push_back({"+" + Show(k * hundred) + " % (x" + Show(k + one) + ")",
                     Widen(ValueInterval{v->lo + one, v->hi + one}, t)});
    }
    return out;
  }
  auto lo = v->lo.DividedBy(hundred, 12), hi = v->hi.DividedBy(hundred, 12);
  if (!lo || !hi) return {};
  // A fall whose sign the text left to the words (降至 B，減少 20 %).
  if (falling && !lo->IsNegative()) return {{"-" + change.value.Text() + " %", Widen({one - *hi, one - *lo}, t)}};
  return {{change.value.Text() + " %", Widen({one + *lo, one + *hi}, t)}};
}

void Judge(const Claim& from, const Claim& to, const Claim& change, const std::vector<const Claim*>& cited,
           const CheckRule& rule, const CheckContext& context, std::vector<Finding>* out, bool* fits) {
  auto a = Interval(from, context), b = Interval(to, context);
  if (!a || !b) return;
  auto actual = Quotient(*b, *a);
  if (!actual) return;
  const auto readings = Readings(change, actual->hi < Decimal(1), rule, context);
  if (readings.empty()) return;
  std::vector<const Reading*> fitting;
  for (const auto& r : readings) if (Meet(r.ratio, *actual)) fitting.push_back(&r);
  if (fits != nullptr) {
    *fits = *fits || !fitting.empty();
    return;
  }
  if (fitting.size() == readings.size()) return;
  std::vector<const Claim*> claims{&change, &to, &from};
  claims.insert(claims.end(), cited.begin(), cited.end());
  const std::string ratio = Show(*actual);
  if (fitting.empty()) {
    std::string stated;
    for (const auto& r : readings) stated += (stated.empty() ? "" : " or ") + r.name + " (x" + Show(r.ratio) + ")";
    out->push_back(MakeFinding(rule, claims,
                               "the stated change " + Describe(change) + " does not match its ends: from " +
                                   Describe(from) + " to " + Describe(to) + " is x" + ratio + ", the text says " +
                                   stated));
    return;
  }
  if (const CheckRule* ambiguous = context.rules.checks.Enabled("stated-change-ambiguous")) {
    out->push_back(MakeFinding(*ambiguous, claims,
                               Describe(change) + " reads as " + readings[0].name + " or as " + readings[1].name +
                                   "; from " + Describe(from) + " to " + Describe(to) + " is x" + ratio +
                                   ", which fits only " + fitting[0]->name));
  }
}

// Both are estimates or both are results: the flags of checks.yaml's
// `confidence.forecast_aspects` and `market_estimate_aspects` (expected,
// consensus) one carries and the other does not make two facts (目標由550萬
// 下調至460萬輛，最終達標，惟7.73%的按年增幅: a target's two ends, the actual's growth).
bool SameStanding(const Claim& x, const Claim& y, const ConfidenceModel& model) {
  auto flags = [&](const Claim& c) {
    std::vector<std::string> out;
    for (const auto& a : c.aspects) {
      const bool estimate = std::count(model.forecast_aspects.begin(), model.forecast_aspects.end(), a.name) > 0 ||
                            std::count(model.market_estimate_aspects.begin(), model.market_estimate_aspects.end(),
                                       a.name) > 0;
      if (a.kind == Aspect::Kind::kWord && estimate) out.push_back(a.name);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  return flags(x) == flags(y);
}

// "from A to B" in words, within one sentence.
void InWords(const Passage& p, const CheckRule& rule, const CheckContext& context, std::vector<Finding>* out) {
  const size_t max_gap = static_cast<size_t>(rule.Number("max_gap", 24).ToInt64().value_or(24));
  for (size_t i = 0; i + 1 < p.size(); ++i) {
    const Claim& a = *p[i];
    const Claim& b = *p[i + 1];
    if (!IsLevel(a) || a.unit != b.unit || a.dimension != b.dimension || a.qualifier == Qualifier::kVague) continue;
    const std::string_view gap = Between(a, b);
    if (gap.size() > max_gap || !ContainsAny(gap, rule.Words("to_words"))) continue;
    if (!ContainsAny(gap, rule.Words("from_words")) && !ContainsAny(Before(a, 12), rule.Words("from_words"))) continue;
    // The change follows B closely and reads as one: a multiplier, a growth
    // metric, or a word of `change_words` just before it (not 佔 40 %).
    const auto& growth = rule.Words("change_metrics");
    for (size_t k = i + 2; k < p.size(); ++k) {
      const Claim& g = *p[k];
      if (!IsChange(g)) continue;
      const bool reads_as_change = g.unit == "x" || std::find(growth.begin(), growth.end(), g.metric) != growth.end() ||
                                   ContainsAny(Before(g, 15), rule.Words("change_words"));
      if (reads_as_change && Between(b, g).size() <= 2 * max_gap && SameStanding(b, g, context.rules.checks.confidence)) {
        Judge(a, b, g, {}, rule, context, out, nullptr);
      }
      break;
    }
  }
}

// Levels by entity, metric, unit, aspects and as-of year: where ByDate looks up last year.
using LevelsByYear = std::map<std::string, std::vector<const Claim*>>;

// Flags (expected, cumulative) are left out: this year's plan grows on last year's actual.
std::string YearKey(const Claim& c, int year, const MetricTable& metrics) {
  std::string key = c.entity + "\x1f" + c.metric + "\x1f" + c.unit + "\x1f" + std::to_string(year);
  for (const auto& a : c.aspects) {
    if (!IsFlag(a, metrics)) key += "\x1f" + a.Text();
  }
  return key;
}

LevelsByYear IndexLevels(const std::vector<Claim>& claims, const MetricTable& metrics) {
  LevelsByYear out;
  for (const Claim& c : claims) {
    if (!c.entity.empty() && !c.metric.empty() && YearOf(c) != 0) out[YearKey(c, YearOf(c), metrics)].push_back(&c);
  }
  return out;
}

// The level a year-over-year growth p[k] is about: the next figure when a word
// of `to_words` joins them (下滑 8.6% 至 160 萬), else the nearest level before it.
const Claim* GrownLevel(const Passage& p, size_t k, const CheckRule& rule) {
  auto level = [](const Claim& c) { return c.dimension != Dimension::kPercent && IsLevel(c) && !c.metric.empty(); };
  const size_t max_gap = static_cast<size_t>(rule.Number("max_gap", 24).ToInt64().value_or(24));
  if (k + 1 < p.size() && level(*p[k + 1])) {
    const std::string_view gap = Between(*p[k], *p[k + 1]);
    if (gap.size() <= max_gap && ContainsAny(gap, rule.Words("to_words"))) return p[k + 1];
  }
  for (size_t j = k; j-- > 0;) {
    if (level(*p[j])) return p[j];
  }
  return nullptr;
}

// The growth names a period (a quarter) its level does not: it is the
// growth of a part of the level's period, not of the level.
bool NamesAnotherPeriod(const Claim& growth, const Claim& level, const MetricTable& metrics) {
  for (const Aspect& a : growth.aspects) {
    if (FamilyOf(a, metrics) != "period") continue;
    if (std::find(level.aspects.begin(), level.aspects.end(), a) == level.aspects.end()) return true;
  }
  return false;
}

// Growth g of level b against b's fact of the year before, when `levels` holds it.
void Answer(const LevelsByYear& levels, const Claim& g, const Claim& b, const CheckRule& rule,
            const CheckContext& context, std::vector<Finding>* out) {
  auto found = levels.find(YearKey(b, YearOf(b) - 1, context.rules.metrics));
  if (found == levels.end()) return;
  const std::vector<const Claim*>& bases = found->second;
  bool fits = false;
  for (const Claim* a : bases) Judge(*a, b, g, {}, rule, context, out, &fits);
  if (!fits) Judge(*bases.front(), b, g, bases, rule, context, out, nullptr);
}

// A year-over-year growth (a metric of `yoy_metrics`, or a percentage after a
// word of `yoy_words`) against last year's level of the same fact.
void ByDate(const LevelsByYear& levels, const Passage& p, const CheckRule& rule, const CheckContext& context,
            std::vector<Finding>* out) {
  const auto& yoy = rule.Words("yoy_metrics");
  for (size_t k = 0; k < p.size(); ++k) {
    const Claim& g = *p[k];
    if (g.dimension != Dimension::kPercent) continue;
    if (std::find(yoy.begin(), yoy.end(), g.metric) == yoy.end() && !ContainsAny(Before(g, 15), rule.Words("yoy_words"))) {
      continue;
    }
    const Claim* b = GrownLevel(p, k, rule);
    if (b == nullptr || b->entity.empty() || YearOf(*b) == 0) continue;
    if (NamesAnotherPeriod(g, *b, context.rules.metrics)) continue;  // 全年…160萬輛，其中四季度…下降15.6%
    if (context.questions != nullptr) {
      context.questions->push_back({g, *b});
    } else {
      Answer(levels, g, *b, rule, context, out);
    }
  }
}

}  // namespace

void CheckStatedChange(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                       std::vector<Finding>* out) {
  const LevelsByYear levels =
      context.questions != nullptr ? LevelsByYear{} : IndexLevels(index.all, context.rules.metrics);
  for (const Passage& p : index.passages) {
    InWords(p, rule, context, out);
    ByDate(levels, p, rule, context, out);
  }
}

std::vector<std::vector<Finding>> AnswerYearOverYear(const std::vector<YearOverYearQuestion>& questions,
                                                     const std::vector<Claim>& levels, const CheckContext& context) {
  std::vector<std::vector<Finding>> out(questions.size());
  const CheckRule* rule = context.rules.checks.Enabled("stated-change");
  if (rule == nullptr || questions.empty()) return out;
  const LevelsByYear index = IndexLevels(levels, context.rules.metrics);
  for (size_t i = 0; i < questions.size(); ++i) Answer(index, questions[i].growth, questions[i].level, *rule, context, &out[i]);
  return out;
}

}  // namespace figcheck
