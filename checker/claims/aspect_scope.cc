#include "checker/claims/aspect_scope.h"

#include <algorithm>

#include "checker/claims/figure_adjacency.h"
#include "checker/text/segment.h"

namespace figcheck {
namespace {

// A word ends just before the figure (spaces and a qualifier may stand
// between), with no level word after it: 提升 170 個基點, up 35%.
bool StandsRightBefore(std::string_view text, const WordMatcher& level_words, const Mention& m, const Quantity& q) {
  constexpr size_t kReach = 9;  // bytes: a space and a two-character qualifier (超過, 約)
  if (m.end > q.begin || q.begin - m.end > kReach) return false;
  for (size_t p = m.end; p < q.begin; ++p) {
    if (level_words.MatchAt(text, p)) return false;
  }
  return true;
}

// 若剔除該影響，調整後EPS為7.25美元，淨利潤達186億美元; "Excluding the charge,
// net income was …": a word that opens a clause stating no figure frames the
// clauses after it in its sentence (not one inside a clause: 公布第3季財報及
// 第4季財測目標，第3季稅後純益… reports results).
bool FramesFromAnOpeningClause(const Mention& m, const FigureClause& where) {
  constexpr size_t kOpens = 4;  // bytes before the word in its clause: a space, a comma's trail
  if (m.end > where.clause_begin) return false;
  const auto [wb, we] = RangeAround(*where.clauses, m.begin);
  return m.begin - wb <= kOpens && !FigureBetween(*where.quantities, wb, std::min(we, where.clause_begin));
}

// 符合財測指引(毛利率57%-59%,營益率47%-49%): a frame word right before a
// parenthesis frames every figure inside it.
bool OpensParenthesesAround(std::string_view text, const Mention& m, const Quantity& q) {
  constexpr size_t kReach = 200;  // bytes inside the parenthesis
  size_t p = m.end;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p >= text.size() || text[p] != '(' || q.begin < p || q.begin - p > kReach) return false;
  return text.substr(p, q.begin - p).find(')') == std::string_view::npos;
}

// "For the full fiscal year, Apple posted revenue of …", 全年來看，營收達…: a
// period word near the start of a sentence's first clause, a clause that
// states no figure, is the period of the whole sentence.
bool PeriodOpensTheSentence(const Mention& m, const FigureClause& where) {
  constexpr size_t kOpens = 12;  // bytes before the word: "For the ", "In the ", 就, 對於
  const std::vector<size_t>& clauses = *where.clauses;
  if (clauses.size() < 2 || m.end > clauses[1] || m.begin < clauses[0] || m.begin - clauses[0] > kOpens) return false;
  return where.clause_begin >= clauses[1] && !FigureBetween(*where.quantities, clauses[0], clauses[1]);
}

}  // namespace

bool AspectWordHolds(const AspectRule& aspect, const Mention& m, const Quantity& q, const FigureClause& where,
                     const MetricTable& metrics, bool changes_named_metric, bool figure_is_change) {
  const size_t cb = where.clause_begin, ce = where.clause_end;
  switch (aspect.scope) {
    case AspectRule::Scope::kFigure:
      // A word right before the figure says it is a change, which a change
      // metric (a growth) says already: 成長27% and 年增幅達23.8% are one fact.
      return !changes_named_metric && StandsRightBefore(where.text, metrics.level_words, m, q);
    case AspectRule::Scope::kFrame:
      // A frame word closes the clause before this one: 分析師原本預估，第4季交車量為…
      if (m.end <= cb && cb - m.end <= 4) return true;
      if (OpensParenthesesAround(where.text, m, q)) return true;
      if (FramesFromAnOpeningClause(m, where)) return true;
      [[fallthrough]];
    case AspectRule::Scope::kClause:
      if (aspect.family == "period" && PeriodOpensTheSentence(m, where)) return true;
      return m.begin >= cb && m.end <= ce;
    case AspectRule::Scope::kPreceding:
      // "(versus $62 billion consensus)": right after the figure, unless the
      // word has a figure of its own (營收57億美元，市場預期為54.9億美元).
      return (m.begin >= cb && m.end <= q.begin && !FigureBetween(*where.quantities, m.end, q.begin)) ||
             (FollowsRightAfter(where.text, q, m) &&
              !FigureBetween(*where.quantities, m.end, RangeAround(*where.clauses, m.begin).second));
    case AspectRule::Scope::kLevel:
      return !figure_is_change && m.begin >= cb && m.end <= ce &&
             (LinksTo(m, q) || FollowsRightAfter(where.text, q, m));
  }
  return false;
}

}  // namespace figcheck
