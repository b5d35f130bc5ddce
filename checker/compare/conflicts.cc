#include "checker/compare/conflicts.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <tuple>

#include "checker/compare/finding_confidence.h"
#include "checker/compare/interval.h"
#include "checker/util/civil_date.h"

namespace figcheck {
namespace {

// How a claim reads in a message: "800000000 (over) at 004_….txt:7, as of 2024-04".
std::string Describe(const Claim& c) {
  std::string s = c.value.Text();
  if (c.high) s += ".." + c.high->Text();
  s += " " + c.unit;
  if (c.qualifier != Qualifier::kExact) s += " (" + std::string(QualifierName(c.qualifier)) + ")";
  s += " at " + std::filesystem::path(c.doc).filename().string() + ":" + std::to_string(c.line);
  if (c.as_of) s += ", as of " + c.as_of->ToIso();
  return s;
}

// The stated value, for merging pairs that say the same two things.
std::string Signature(const Claim& c) {
  return c.value.Text() + "|" + (c.high ? c.high->Text() : "") + "|" + std::string(QualifierName(c.qualifier));
}

enum class Time { kSame, kDifferent, kUnknown };

// The days a claim's as-of covers: its date at its precision, and for a
// quarter's or a half-year's figure dated by its first month, the whole
// period (a fiscal third quarter from 2025-08 runs to October; "the period
// ending Oct. 26" lies in it).
std::pair<long, long> AsOfDays(const Claim& c) {
  CivilDate last = c.as_of->LastDay();
  if (c.as_of->precision == CivilDate::Precision::kMonth) {
    for (const Aspect& a : c.aspects) {
      if (a.kind != Aspect::Kind::kWord) continue;
      if (a.name == "quarter") last = c.as_of->AddMonths(2).LastDay();
      if (a.name == "half_year") last = c.as_of->AddMonths(5).LastDay();
    }
  }
  return {c.as_of->DaysSinceEpoch(), last.DaysSinceEpoch()};
}

// As-of dates are the same time when one's period contains the other's (2025
// and 2025-05-12; a quarter and a day in it).
Time CompareTime(const Claim& a, const Claim& b) {
  if (!a.as_of || !b.as_of) return Time::kUnknown;
  const auto [a0, a1] = AsOfDays(a);
  const auto [b0, b1] = AsOfDays(b);
  const bool contains = (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1);
  return contains ? Time::kSame : Time::kDifferent;
}

// The year of an as-of date ("2024-10" -> 2024), or 0.
int YearOf(const std::optional<CivilDate>& as_of) { return as_of ? as_of->year : 0; }

// A deal's figure is a fact of the pair, whichever party an article names
// first ("Amazon, with OpenAI" and "OpenAI, with Amazon"): the two names, sorted.
std::string DealPair(const Claim& c, const Aspect& party) {
  return std::min(c.entity, party.name) + " & " + std::max(c.entity, party.name);
}

// What a claim's facts are grouped by: its entity, or the pair of a deal.
std::string SubjectOf(const Claim& c) {
  for (const Aspect& a : c.aspects) {
    if (a.kind == Aspect::Kind::kParty) return DealPair(c, a);
  }
  return c.entity;
}

// What narrows a fact beyond its entity and metric, as one key: places,
// segments, powertrains, vehicle classes, measures (not the period, what a
// change is of or against, nor flags). A rise stated for a segment or for
// battery-electric cars is not the total's.
std::string ScopeOf(const Claim& c, const MetricTable& metrics) {
  std::string out;
  for (const auto& a : c.aspects) {
    const std::string family = FamilyOf(a, metrics);
    if (IsFlag(a, metrics) || family == "period" || family == "subject" || family == "base") continue;
    out += a.Text() + ";";
  }
  return out;
}

// A change stated for a quarter, half or month with no year it is measured
// against: quarter on quarter, not a rise from one year to the next.
bool OfAPartOfTheYear(const Claim& c, const MetricTable& metrics) {
  bool part = false;
  for (const Aspect& a : c.aspects) {
    if (a.kind == Aspect::Kind::kBase) return false;
    part = part || (FamilyOf(a, metrics) == "period" && a.name != "year");
  }
  return part;
}

// Rises the corpus states: positive changes with a subject and a stated date
// (美國資料中心用電量……年均約12%的速度增長, as of 2024), by entity, subject and
// places. A later level below an earlier one contradicts them.
class StatedRises {
 public:
  StatedRises(const std::vector<Claim>& claims, const MetricTable& metrics) : metrics_(metrics) {
    for (const Claim& c : claims) {
      const MetricRule* m = metrics.Find(c.metric);
      if (m == nullptr || !m->change || !c.as_of_stated || YearOf(c.as_of) == 0 || c.entity.empty()) continue;
      const std::optional<Decimal>& low = c.value.number();
      if (!low || low->IsNegative() || low->IsZero()) continue;
      if (OfAPartOfTheYear(c, metrics)) continue;  // 較前一季成長22%: a quarter's rise, not the year's
      for (const auto& a : c.aspects) {
        if (a.kind == Aspect::Kind::kSubject) by_key_[Key(c.entity, a.name, ScopeOf(c, metrics))].push_back(&c);
      }
    }
  }

  // A rise of `late`'s fact stated for `late`'s year, when `early` is of the year before.
  const Claim* Between(const Claim& early, const Claim& late) const {
    const int year = YearOf(late.as_of);
    if (by_key_.empty() || year == 0 || YearOf(early.as_of) != year - 1) return nullptr;
    const std::string scope = ScopeOf(late, metrics_);
    for (const Aspect& subject : {Aspect::Subject(late.metric), Aspect::Subject(late.metric, late.unit)}) {
      auto it = by_key_.find(Key(late.entity, subject.name, scope));
      if (it == by_key_.end()) continue;
      for (const Claim* rise : it->second) {
        if (YearOf(rise->as_of) == year) return rise;
      }
    }
    return nullptr;
  }

 private:
  static std::string Key(const std::string& entity, const std::string& subject, const std::string& scope) {
    return entity + "\x1f" + subject + "\x1f" + scope;
  }
  const MetricTable& metrics_;
  std::map<std::string, std::vector<const Claim*>> by_key_;
};

class ConflictFinder {
 public:
  ConflictFinder(const MetricTable& metrics, const CheckSettings& settings, const StatedRises& rises)
      : metrics_(metrics), settings_(settings), rises_(rises) {}

  void Compare(const Claim& a, const Claim& b) {
    if (a.doc == b.doc && a.line == b.line) return;
    if (!SameFacet(a, b)) return;
    if (a.dimension == Dimension::kDate) {
      CompareDates(a, b);
    } else {
      CompareValues(a, b);
    }
  }

  void UnitMismatch(const Claim& c) {
    const CheckRule* rule = settings_.Enabled("unit-mismatch");
    const MetricRule* metric = metrics_.Find(c.metric);
    if (rule == nullptr || metric == nullptr) return;
    Finding f = Make(*rule, c, c);
    f.claims = {c};
    f.message = Subject(c) + ": " + c.text + " (" + Describe(c) + ") is " + std::string(DimensionName(c.dimension)) +
                ", but " + c.metric + " is " + std::string(DimensionName(metric->dimension)) +
                ": the figure is stated in the wrong kind of unit";
    findings_.emplace(std::make_pair(rule->id, c.doc + ":" + std::to_string(c.line) + ":" + c.value.Text()), std::move(f));
  }

  std::vector<Finding> Take() {
    std::vector<Finding> out;
    for (auto& [key, f] : findings_) out.push_back(std::move(f));
    // Scored pair by pair, before merging: a doubtful pair never lowers a
    // sure one it shares a claim with, nor is raised by it.
    ScoreFindings(metrics_, settings_, &out);
    out = MergeSharingClaims(std::move(out));
    WeighScatter(metrics_, settings_, &out);
    for (Finding& f : out) f.identity = SharedIdentity(f);
    OrderFindings(&out);
    return out;
  }

 private:
  static std::string Subject(const Claim& c) { return c.entity + " " + c.metric; }

  // Both name a member of one aspect family, and not the same one (a quarter vs
  // a year); or only one names a member of a strict family (a place); or one names several members (a quarter and a year), so which
  // fact it states is open: not the same fact, precision first.
  using Facets = std::map<std::string, std::set<std::string>>;  // family -> the members a claim names

  // A claim's facets are read once, not once a pair.
  const Facets& FacetsOf(const Claim& c) {
    auto it = facets_.find(&c);
    if (it != facets_.end()) return it->second;
    Facets f;
    for (const auto& x : c.aspects) {
      if (!IsFlag(x, metrics_)) f[FamilyOf(x, metrics_)].insert(x.kind == Aspect::Kind::kParty ? DealPair(c, x) : x.Text());
    }
    return facets_.emplace(&c, std::move(f)).first->second;
  }

  bool SameFacet(const Claim& a, const Claim& b) {
    const Facets& fa = FacetsOf(a);
    const Facets& fb = FacetsOf(b);
    auto strict_only_in = [&](const auto& x, const auto& y) {
      return std::any_of(x.begin(), x.end(),
                         [&](const auto& f) { return metrics_.IsStrictFamily(f.first) && !y.count(f.first); });
    };
    if (strict_only_in(fa, fb) || strict_only_in(fb, fa)) return false;
    for (const auto& [family, xs] : fa) {
      auto it = fb.find(family);
      if (it == fb.end()) continue;
      if (xs != it->second && (xs.size() > 1 || it->second.size() > 1)) return false;
      bool shared = false;
      for (const auto& x : xs) shared = shared || it->second.count(x) > 0;
      if (!shared) return false;
    }
    return true;
  }

  // Where a claim stands: two claims at one place are the same claim. Findings
  // keep a set of these, so a finding citing thousands of claims (one draft
  // figure against a large ledger) is still extended in logarithmic time.
  using Place = std::tuple<std::string, int, int>;
  static Place PlaceOf(const Claim& c) { return {c.doc, c.line, c.column}; }
  static std::set<Place> PlacesOf(const Finding& f) {
    std::set<Place> places;
    for (const auto& c : f.claims) places.insert(PlaceOf(c));
    return places;
  }

  // 158萬 vs 178.9万 and 158萬 vs 1.79 million are one disagreement: findings of
  // one rule about one fact that share a claim become one finding.
  static std::vector<Finding> MergeSharingClaims(std::vector<Finding> in) {
    std::vector<Finding> out;
    std::vector<std::set<Place>> places;  // of out[i]
    for (auto& f : in) {
      size_t into = out.size();
      for (size_t g = 0; g < out.size() && into == out.size(); ++g) {
        if (out[g].rule != f.rule || out[g].entity != f.entity || out[g].metric != f.metric ||
            out[g].severity != f.severity) {
          continue;
        }
        for (const auto& a : f.claims) into = places[g].count(PlaceOf(a)) > 0 ? g : into;
      }
      if (into == out.size()) {
        places.push_back(PlacesOf(f));
        out.push_back(std::move(f));
        continue;
      }
      for (auto& c : f.claims) {
        if (places[into].insert(PlaceOf(c)).second) out[into].claims.push_back(std::move(c));
      }
    }
    return out;
  }

  void CompareDates(const Claim& a, const Claim& b) {
    const auto& x = DaysOf(a);
    const auto& y = DaysOf(b);
    if (!x || !y || Meet(*x, *y)) return;
    const long gap = std::max(y->lo - x->hi, x->lo - y->hi);
    const bool far = gap >= 365;
    const CheckRule* rule = settings_.Enabled(far ? "date-conflict-far" : "date-conflict");
    if (rule == nullptr) return;
    Add(*rule, a, b, [&] {
      return Subject(a) + ": " + Describe(a) + " vs " + Describe(b) + ": the dates do not overlap" +
             (far ? " and are more than a year apart" : "");
    });
  }

  // Both state one point value with at least three significant digits (415 TWh;
  // not 45%, not 600萬, not "under 6 million"): a coincidence across two dates
  // is unlikely, a misdated copy is not.
  static bool SameSpecificFigure(const Claim& a, const Claim& b) {
    auto point = [](const Claim& c) {
      return (c.qualifier == Qualifier::kExact || c.qualifier == Qualifier::kAbout) && !c.high && c.resolution;
    };
    if (a.value != b.value || !point(a) || !point(b)) return false;
    const std::optional<Decimal>& value = a.value.number();
    const std::optional<Decimal>& unit = a.resolution;
    if (!value || !unit || unit->IsZero()) return false;
    auto written = (value->IsNegative() ? -*value : *value).DividedBy(*unit);  // 415, 1808581, 600
    if (!written) return false;
    std::string digits = written->ToString();
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
    return digits.size() >= 3;
  }

  // Both are ranges (60 %-80 %, 70 %-80 %) whose low or high ends differ by
  // more than their last digits allow: a range quoted from one statement has
  // one pair of bounds, even where the two overlap.
  static bool BoundsDiffer(const Claim& a, const Claim& b) {
    if (a.qualifier != Qualifier::kRange || b.qualifier != Qualifier::kRange || !a.resolution || !b.resolution) return false;
    auto differ = [&](const std::optional<FigureValue>& x, const std::optional<FigureValue>& y) {
      const std::optional<Decimal> u = x ? x->number() : std::nullopt, v = y ? y->number() : std::nullopt;
      if (!u || !v) return false;
      const Decimal gap = *u < *v ? *v - *u : *u - *v;
      return *a.resolution < gap && *b.resolution < gap;
    };
    return differ(a.low, b.low) || differ(a.high, b.high);
  }

  // The corpus states that the later figure's fact rose by at least r % in
  // its year: the year before's figure is at most later / (1 + r). 180 TWh in
  // 2024 after growth of about 12 % a year (at least 10.8 %) allows at most
  // about 163 TWh in 2023, not "approximately 200".
  bool AgainstStatedRise(const Claim& a, const Claim& b, const ValueInterval& x, const ValueInterval& y) {
    if (a.aspects != b.aspects) return false;  // one fact, or the rise may be another's
    const bool a_first = *a.as_of < *b.as_of;
    const Claim& early = a_first ? a : b;
    const Claim& late = a_first ? b : a;
    const Claim* rise = rises_.Between(early, late);
    if (rise == nullptr) return false;
    const auto& r = ValueOf(*rise);
    if (!r || r->lo.IsNegative() || r->lo.IsZero()) return false;
    const ValueInterval& li = a_first ? y : x;
    const ValueInterval& ei = a_first ? x : y;
    auto bound = (li.hi * Decimal(100)).DividedBy(Decimal(100) + r->lo);
    if (!bound || !(*bound < ei.lo)) return false;
    const CheckRule* rule = settings_.Enabled("against-stated-rise");
    if (rule == nullptr) return false;
    Add(*rule, early, late, [&] {
      return Subject(a) + ": " + Describe(early) + " vs " + Describe(late) + ": " + rise->text + " (" +
             Describe(*rise) + ") states a rise in the later year, which allows at most about " +
             (li.hi * Decimal(100)).DividedBy(Decimal(100) + r->lo, 3)->ToString() + " " + late.unit + " the year before";
    }, rise);
    return true;
  }

  void CompareValues(const Claim& a, const Claim& b) {
    // 數千億美元, "hundreds of billions": a figure that names no value
    // contradicts none.
    if (a.qualifier == Qualifier::kVague || b.qualifier == Qualifier::kVague) return;
    const auto& x = ValueOf(a);
    const auto& y = ValueOf(b);
    if (!x || !y) return;
    if (CompareTime(a, b) == Time::kDifferent && AgainstStatedRise(a, b, *x, *y)) return;
    if (Meet(*x, *y)) {
      if (CompareTime(a, b) == Time::kSame && BoundsDiffer(a, b)) {
        if (const CheckRule* rule = settings_.Enabled("range-bounds-differ")) {
          Add(*rule, a, b, [&] {
            return Subject(a) + ": " + Describe(a) + " vs " + Describe(b) +
                   ": one fact's range is given with other bounds; one of them is misquoted";
          });
        }
        return;
      }
      // Dated by a statement, not by an article's day: two articles of
      // different days may well copy one figure. Only a figure summed over a
      // period belongs to one date; a deal's amount is dated by when it was
      // agreed, paid or reported, and may carry each.
      const MetricRule* metric = metrics_.Find(a.metric);
      if (CompareTime(a, b) == Time::kDifferent && a.as_of_stated && b.as_of_stated && metric != nullptr &&
          metric->per_period && SameSpecificFigure(a, b)) {
        if (const CheckRule* rule = settings_.Enabled("same-figure-other-date")) {
          Add(*rule, a, b, [&] {
            return Subject(a) + ": " + Describe(a) + " vs " + Describe(b) +
                   ": the same figure, to its last digit, is dated differently; one of the dates is likely wrong";
          });
        }
      }
      return;
    }
    const Time time = CompareTime(a, b);
    if (time == Time::kSame || time == Time::kUnknown) {
      const CheckRule* rule = settings_.Enabled(time == Time::kSame ? "value-conflict" : "value-conflict-undated");
      if (rule == nullptr) return;
      Add(*rule, a, b, [&] {
        return Subject(a) + ": " + Describe(a) + " vs " + Describe(b) +
               (time == Time::kSame ? ": both cannot hold at the same time"
                                    : ": they disagree, and one states no date to tell them apart");
      });
      return;
    }
    const bool a_first = *a.as_of < *b.as_of;
    const Claim& early = a_first ? a : b;
    const Claim& late = a_first ? b : a;
    const ValueInterval& ei = a_first ? *x : *y;
    const ValueInterval& li = a_first ? *y : *x;
    const MetricRule* metric = metrics_.Find(a.metric);
    if (metric != nullptr && metric->increasing && li.hi < ei.lo) {
      if (const CheckRule* rule = settings_.Enabled("growth-reversal")) {
        Add(*rule, early, late, [&] {
          return Subject(a) + ": " + Describe(early) + " vs " + Describe(late) + ": " + a.metric +
                 " only grows, yet the later figure is smaller";
        });
      }
      return;
    }

    if (const CheckRule* rule = settings_.Enabled("changed-over-time")) {
      Add(*rule, early, late,
          [&] { return Subject(a) + ": " + Describe(early) + " then " + Describe(late) + ": a change over time"; });
    }
  }

  // Intervals are read once a claim, not once a pair: a group of n copies of
  // one figure is n parses, not n².
  const std::optional<ValueInterval>& ValueOf(const Claim& c) {
    auto it = values_.find(&c);
    if (it == values_.end()) it = values_.emplace(&c, NumericInterval(c, settings_)).first;
    return it->second;
  }
  const std::string& SignatureOf(const Claim& c) {
    auto it = signatures_.find(&c);
    if (it == signatures_.end()) it = signatures_.emplace(&c, Signature(c)).first;
    return it->second;
  }
  const std::optional<DayInterval>& DaysOf(const Claim& c) {
    auto it = days_.find(&c);
    if (it == days_.end()) it = days_.emplace(&c, DateInterval(c, settings_)).first;
    return it->second;
  }

  Finding Make(const CheckRule& rule, const Claim& a, const Claim&) const {
    Finding f;
    f.rule = rule.id;
    f.kind = rule.kind;
    f.severity = rule.severity;
    f.entity = a.entity;
    f.metric = a.metric;
    return f;
  }

  // `message()` is only called for a new finding: a pair merged into one made
  // before (the same two stated values) costs no text.
  template <typename Message>
  void Add(const CheckRule& rule, const Claim& a, const Claim& b, const Message& message,
           const Claim* because = nullptr) {
    const std::string& sa = SignatureOf(a);
    const std::string& sb = SignatureOf(b);
    const bool swap = sb < sa;
    auto key = std::make_pair(rule.id, a.entity + "|" + a.metric + "|" + a.unit + "|" + (swap ? sb + "|" + sa : sa + "|" + sb));
    auto it = findings_.find(key);
    if (it == findings_.end()) {
      Finding f = Make(rule, a, b);
      f.message = message();
      it = findings_.emplace(key, std::move(f)).first;
    }
    // Every claim compared is one object of the input: its address is its place.
    std::set<const Claim*>& added = added_[key];
    for (const Claim* c : {&a, &b, because}) {
      if (c != nullptr && added.insert(c).second) it->second.claims.push_back(*c);
    }
  }

  const MetricTable& metrics_;
  const CheckSettings& settings_;
  const StatedRises& rises_;
  std::map<std::pair<std::string, std::string>, Finding> findings_;
  std::map<std::pair<std::string, std::string>, std::set<const Claim*>> added_;  // the claims of findings_
  std::unordered_map<const Claim*, std::string> signatures_;
  std::unordered_map<const Claim*, std::optional<ValueInterval>> values_;
  std::unordered_map<const Claim*, std::optional<DayInterval>> days_;
  std::unordered_map<const Claim*, Facets> facets_;
};

bool HasSubject(const Claim& c, const MetricTable& metrics) {
  return std::any_of(c.aspects.begin(), c.aspects.end(),
                     [&](const Aspect& a) { return a.kind == Aspect::Kind::kSubject; });
}

bool HasPart(const Claim& c) {
  return std::any_of(c.aspects.begin(), c.aspects.end(), [](const Aspect& a) { return a.kind == Aspect::Kind::kPart; });
}

// Compares the pairs of each group in which at least one claim is in focus
// (all pairs without a focus), the earlier claim first.
std::vector<Finding> Find(const std::vector<Claim>& claims, const std::vector<bool>* focus, const MetricTable& metrics,
                          const CheckSettings& settings) {
  auto focused = [&](size_t i) { return focus == nullptr || (*focus)[i]; };
  const StatedRises rises(claims, metrics);
  ConflictFinder finder(metrics, settings, rises);
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.unit_mismatch) {
      if (focused(i)) finder.UnitMismatch(c);
      continue;
    }
    if (c.entity.empty() || c.metric.empty()) continue;
    const MetricRule* metric = metrics.Find(c.metric);
    if (metric == nullptr || !metric->compare) continue;
    if (metric->change && !HasSubject(c, metrics)) continue;  // a growth of what?
    if (metric->of_a_whole && !(HasSubject(c, metrics) && HasPart(c))) continue;  // what part of what?
    // A period's total with no period stated (only the publication date) says
    // nothing comparable: 918,556 "during the period" is not a year's figure.
    if (metric->per_period && !c.as_of_stated) continue;
    std::string key = SubjectOf(c) + "\x1f" + metric->ComparedAs() + "\x1f" + c.unit;
    for (const auto& aspect : c.aspects) {
      if (IsFlag(aspect, metrics)) key += "\x1f" + aspect.Text();  // flags split groups; families are checked per pair
    }
    groups[key].push_back(i);
  }
  for (const auto& [key, members] : groups) {
    for (size_t x = 0; x < members.size(); ++x) {
      if (!focused(members[x])) continue;
      // Pairs of two focused claims are compared once, from the earlier one.
      for (size_t y = 0; y < members.size(); ++y) {
        if (y == x || (y < x && focused(members[y]))) continue;
        finder.Compare(claims[members[std::min(x, y)]], claims[members[std::max(x, y)]]);
      }
    }
  }
  return finder.Take();
}

}  // namespace

void OrderFindings(std::vector<Finding>* findings) {
  std::stable_sort(findings->begin(), findings->end(), [](const Finding& x, const Finding& y) {
    if (x.severity != y.severity) return x.severity > y.severity;
    const Claim& a = x.claims.front();
    const Claim& b = y.claims.front();
    return std::tie(a.doc, a.line, a.column) < std::tie(b.doc, b.line, b.column);
  });
}

std::vector<Finding> FindConflicts(const std::vector<Claim>& claims, const MetricTable& metrics,
                                   const CheckSettings& settings) {
  return Find(claims, nullptr, metrics, settings);
}

std::vector<Finding> FindConflicts(const std::vector<Claim>& claims, const std::vector<bool>& focus,
                                   const MetricTable& metrics, const CheckSettings& settings) {
  return Find(claims, &focus, metrics, settings);
}

}  // namespace figcheck
