// parts-of-whole: percentages one sentence gives as the shares of one whole
// (4.5 %, 18 % and the rest 77.5 %) must sum to 100 %.
//
// Precision first: a sentence counts as a breakdown only when it holds at
// least `min_parts` percentages that may be shares (no metric, or one listed
// in `part_metrics`: a margin or a growth is a rate of its own, not a part;
// negative values are left out), none open-ended
// (over, under, vague), and a word of `cue_words` that says the list is
// complete (其餘, the rest …; not 分別, which may pair a partial list) stands
// after the first of them. Then the sum of the parts' intervals must
// reach 100 % within `slack` percentage points, and each end of a stated
// range must be reachable: 60 %-80 % + 10 % + 10 %-20 % can sum to 100 %,
// but not with 60 %, so the range's low end is flagged. A semicolon ends a
// breakdown (製程別 23%、37%……；應用別 57%、30%……: two wholes), so does a
// share after a `total_words` word (合計……74%): then at least `min_parts`
// parts before it must hold a run of two or more that sums to that total
// (within `slack`); a share of another date than the first (較第2季的35%)
// is left out as a comparison, and a share
// stated for several parts at once (物聯網、車用電子各5%, 5% each) makes the
// list unreadable as parts.
#include <algorithm>

#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

bool IsPart(const Claim& c, const CheckRule& rule) {
  if (c.dimension != Dimension::kPercent || c.unit != "%") return false;
  switch (c.qualifier) {
    case Qualifier::kExact: case Qualifier::kAbout: case Qualifier::kRange: break;
    default: return false;
  }
  const auto& shares = rule.Words("part_metrics");
  return c.metric.empty() || std::find(shares.begin(), shares.end(), c.metric) != shares.end();
}

// 各5%, "5% each": one share stated for several parts.
bool SharedByParts(const Claim& c) {
  const std::string_view before = std::string_view(c.context).substr(0, c.context_begin);
  const std::string_view after = std::string_view(c.context).substr(std::min(c.context_end, c.context.size()));
  return before.substr(before.size() - std::min<size_t>(before.size(), 4)).find("各") != std::string_view::npos ||
         after.substr(0, 5) == " each";
}

// The breakdowns of one sentence: its percentages, split where a semicolon
// stands between two of them.
std::vector<Passage> Breakdowns(const Passage& passage) {
  std::vector<Passage> out;
  const Claim* last = nullptr;
  for (const Claim* c : passage) {
    if (c->dimension != Dimension::kPercent) continue;
    bool split = out.empty();
    if (last != nullptr) {
      if (last->context != c->context || last->context_end > c->context_begin) {
        split = true;  // a long sentence seen through two windows: keep them apart
      } else {
        const std::string_view gap =
            std::string_view(c->context).substr(last->context_end, c->context_begin - last->context_end);
        split = gap.find(';') != std::string_view::npos;
      }
    }
    if (split) out.emplace_back();
    out.back().push_back(c);
    last = c;
  }
  return out;
}

std::string List(const Passage& parts) {
  std::string s;
  for (const Claim* c : parts) s += (s.empty() ? "" : "; ") + Describe(*c);
  return s;
}

// One breakdown: at least `min_parts` shares, a cue word after the first,
// and parts that can sum to 100 %.
void CheckBreakdown(const Passage& breakdown, const CheckRule& rule, const CheckContext& context,
                    std::vector<Finding>* out) {
  const Decimal hundred = 100;
  const Decimal slack = rule.Number("slack", 1);
  const size_t min_parts = static_cast<size_t>(rule.Number("min_parts", 3).ToInt64().value_or(3));
  Passage parts;
  std::vector<ValueInterval> spans;
  const auto& totals = rule.Words("total_words");
  const Claim* stated_total = nullptr;
  for (const Claim* c : breakdown) {
    // 合計先進製程佔74%, "combined, 74%": the sum of the parts before it ends them.
    if (!parts.empty() && c->context == parts.back()->context && parts.back()->context_end <= c->context_begin &&
        ContainsAny(std::string_view(c->context).substr(parts.back()->context_end,
                                                        c->context_begin - parts.back()->context_end),
                    totals)) {
      stated_total = c;
      break;
    }
    // 消費智能產品占比約37%，較第2季的35%略增，…: a share of another period set
    // against a part is no part of this whole.
    if (!parts.empty() && c->as_of != parts.front()->as_of) continue;
    auto v = Interval(*c, context);
    if (!IsPart(*c, rule) || !v || v->lo.IsNegative() || hundred < v->hi || SharedByParts(*c)) {
      return;  // a change or an open-ended share: not a clean breakdown
    }
    parts.push_back(c);
    spans.push_back(*v);
  }
  ValueInterval sum{0, 0};
  for (const auto& v : spans) sum = {sum.lo + v.lo, sum.hi + v.hi};
  // 3納米佔24%，5納米及7納米分別佔36%與14%，合計74%: the parts of a stated
  // total sum to it, not to 100 %.
  if (stated_total != nullptr) {
    const auto total = Interval(*stated_total, context);
    if (parts.size() < min_parts || !total || stated_total->qualifier == Qualifier::kRange) return;
    // Which parts a total sums is not always all of them (74%，其中24%、36%、
    // 14%，3/5纳米合计60%): any run of two or more that reaches it will do.
    for (size_t i = 0; i < spans.size(); ++i) {
      ValueInterval run = spans[i];
      for (size_t j = i + 1; j < spans.size(); ++j) {
        run = {run.lo + spans[j].lo, run.hi + spans[j].hi};
        if (total->lo - slack <= run.hi && run.lo <= total->hi + slack) return;
      }
    }
    Passage cited = parts;
    cited.push_back(stated_total);
    out->push_back(MakeFinding(rule, cited,
                               "the parts in this sentence sum to " + Show(sum) + " %, but the total stated with them is " +
                                   stated_total->text + ": " + List(cited)));
    return;
  }
  if (parts.size() < min_parts) return;
  const Claim& first = *parts.front();
  if (!ContainsAny(std::string_view(first.context).substr(first.context_begin), rule.Words("cue_words"))) return;
  if (hundred < sum.lo - slack || sum.hi + slack < hundred) {
    out->push_back(MakeFinding(rule, parts,
                               "the shares of one whole in this sentence sum to " + Show(sum) + " %, not 100 %: " +
                                   List(parts)));
    return;
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i]->qualifier != Qualifier::kRange) continue;
    const ValueInterval others{sum.lo - spans[i].lo, sum.hi - spans[i].hi};
    const bool low_short = spans[i].lo + others.hi + slack < hundred;
    const bool high_over = hundred < spans[i].hi + others.lo - slack;
    if (!low_short && !high_over) continue;
    const std::string end = low_short ? parts[i]->low.value_or(parts[i]->value).Text()
                                      : (parts[i]->high ? parts[i]->high->Text() : "");
    const Decimal total = low_short ? spans[i].lo + others.hi : spans[i].hi + others.lo;
    out->push_back(MakeFinding(
        rule, parts,
        "the " + std::string(low_short ? "low" : "high") + " end of " + parts[i]->text + " cannot be a share of " +
            "the same whole as the others: at " + end + " % the parts sum to " +
            (low_short ? "at most " : "at least ") + Show(total) + " %, not 100 %: " + List(parts)));
    return;
  }
}

}  // namespace

void CheckPartsOfWhole(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                       std::vector<Finding>* out) {
  for (const Passage& sentence : index.passages) {
    for (const Passage& breakdown : Breakdowns(sentence)) CheckBreakdown(breakdown, rule, context, out);
  }
}

}  // namespace figcheck
