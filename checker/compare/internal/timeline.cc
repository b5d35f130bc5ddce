// Timeline arithmetic.
//
// before-founding: a dated event of an entity (a claim of a date metric,
// attributed to an entity with `founded:` in entities.yaml) that ends before
// the entity was founded: DeepSeek's release in 2005 is a typo. The finding
// also cites up to three possible dates the same document gives for it.
//
// elapsed-time: "N months after L" in one sentence with the date it reached:
// a date L, then a duration N (years or months) followed within a few bytes
// by a word of `after_words` (後, after, later), then a date T: T must meet
// L + N, widened by `slack_days`.
#include <algorithm>

#include "checker/compare/internal/checks.h"
#include "checker/util/civil_date.h"

namespace figcheck {
namespace {

// Whole months of an ISO duration of years or months (P17M, P1Y, P1Y6M); nullopt otherwise.
std::optional<int> Months(const std::string& iso) {
  if (iso.size() < 3 || iso[0] != 'P') return std::nullopt;
  int months = 0;
  size_t i = 1;
  while (i < iso.size()) {
    size_t j = i;
    while (j < iso.size() && std::isdigit(static_cast<unsigned char>(iso[j]))) ++j;
    // No duration of news is 10,000 years long: more digits are not a span to date by.
    if (j == i || j == iso.size() || j - i > 4) return std::nullopt;
    const int n = std::stoi(iso.substr(i, j - i));  // at most 4 digits: cannot throw
    if (iso[j] == 'Y') months += 12 * n;
    else if (iso[j] == 'M') months += n;
    else return std::nullopt;
    i = j + 1;
  }
  return months;
}

// Possible dates of the same event cited next to an impossible one: enough to
// show the typo, few enough that a finding stays readable.
constexpr size_t kCited = 3;

std::optional<DayInterval> Days(const Claim& c, const CheckContext& context) {
  if (c.dimension != Dimension::kDate) return std::nullopt;
  return DateInterval(c, context.rules.checks);
}

}  // namespace

void CheckBeforeFounding(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                         std::vector<Finding>* out) {
  for (const Claim& c : index.all) {
    if (c.dimension != Dimension::kDate || c.entity.empty() || c.metric.empty()) continue;
    const EntityRule* entity = context.rules.entities.Find(c.entity);
    if (entity == nullptr || !entity->founded) continue;
    const CivilDate founded = entity->founded_month > 0 ? CivilDate::Month(*entity->founded, entity->founded_month)
                                                        : CivilDate::Year(*entity->founded);
    auto d = Days(c, context);
    if (!d || d->hi >= founded.DaysSinceEpoch()) continue;
    std::vector<const Claim*> claims{&c};
    std::string others;
    for (const Claim& o : index.all) {
      if (claims.size() > kCited) break;
      if (&o == &c || o.doc != c.doc || o.entity != c.entity || o.metric != c.metric) continue;
      auto od = Days(o, context);
      if (!od || od->hi < founded.DaysSinceEpoch()) continue;
      claims.push_back(&o);
      others += (others.empty() ? "" : "; ") + Describe(o);
    }
    out->push_back(MakeFinding(rule, claims,
                               c.entity + " " + c.metric + ": " + Describe(c) + " is before " + c.entity +
                                   " was founded (" + founded.ToIso() + ")" +
                                   (others.empty() ? "" : "; elsewhere it is given as " + others)));
  }
}

void CheckElapsedTime(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                      std::vector<Finding>* out) {
  const long slack = rule.Number("slack_days", 31).ToInt64().value_or(31);
  for (const Passage& p : index.passages) {
    for (size_t i = 0; i + 2 < p.size(); ++i) {
      const Claim& start = *p[i];
      const std::optional<CivilDate>& from = start.value.date();
      if (start.dimension != Dimension::kDate || !from) continue;
      for (size_t j = i + 1; j + 1 < p.size(); ++j) {
        const Claim& span = *p[j];
        if (span.dimension != Dimension::kDuration || span.qualifier != Qualifier::kExact) continue;
        auto months = Months(span.value.Text());
        if (!months || !ContainsAny(After(span, 9), rule.Words("after_words"))) continue;
        const Claim& reached = *p[j + 1];
        auto end = Days(reached, context);
        if (!end) continue;
        const CivilDate last = (start.high && start.high->date() ? *start.high->date() : *from).LastDay();
        const DayInterval expected{from->AddMonths(*months).DaysSinceEpoch() - slack,
                                   last.AddMonths(*months).LastDay().DaysSinceEpoch() + slack};
        if (Meet(expected, *end)) continue;
        out->push_back(MakeFinding(rule, {&reached, &start, &span},
                                   Describe(span) + " after " + Describe(start) + " is " +
                                       from->AddMonths(*months).ToIso() + ", but the text dates it " +
                                       Describe(reached)));
      }
    }
  }
}

}  // namespace figcheck
