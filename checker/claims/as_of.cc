#include "checker/claims/as_of.h"

#include <algorithm>

#include "checker/quantity/decimal.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

// The first and last month of a period a date names, or nullopt.
std::optional<std::pair<CivilDate, CivilDate>> MonthsOf(const Quantity& date) {
  if (date.ended_months > 0) {  // the quarter ended Oct. 26: August to October
    auto day = CivilDate::ParseIso(date.value);
    if (!day) return std::nullopt;
    const CivilDate last = CivilDate::Month(day->year, day->month);
    return std::pair{last.AddMonths(1 - date.ended_months), last};
  }
  auto lo = CivilDate::ParseIso(date.value);
  auto hi = CivilDate::ParseIso(date.high.value_or(""));
  if (!lo || !hi || lo->precision != CivilDate::Precision::kMonth) return std::nullopt;
  return std::pair{*lo, *hi};
}

// The period a dating date gives its figure: a year, a quarter, a half, a
// month or the year so far (a day dates a statement, not a period).
std::string PeriodOf(const Quantity& date) {
  if (!date.high && date.ended_months == 0) {
    if (date.value.size() == 4) return "year";
    if (date.value.size() == 7) return "month";
    return "";
  }
  const auto months_of = MonthsOf(date);
  if (!months_of) return "";
  const auto& [lo, hi] = *months_of;
  const int months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1;
  if (months == 3) return "quarter";
  if (months == 6) return "half_year";
  if (months == 12 && date.ended_months > 0) return "year";
  // 前三季, 前11月: the year so far, summed (metrics.yaml `year_to_date`).
  if (lo.month == 1 && lo.year == hi.year && months > 1 && months < 12 && date.ended_months == 0) return "year_to_date";
  return "";
}

// The date is the first thing in its clause, but for a preposition (in, 在, 於).
bool OpensClause(std::string_view text, const Quantity& date, const std::vector<size_t>& clauses) {
  const auto it = std::upper_bound(clauses.begin(), clauses.end(), date.begin);
  if (it == clauses.begin()) return false;
  std::string_view gap = text.substr(*std::prev(it), date.begin - *std::prev(it));
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  return gap.size() <= 3 && gap.find(' ') == std::string_view::npos;
}

// 2015至2024年, between 2024 and 2030.
bool SpanOfYears(const Quantity& date) { return date.high && date.value.size() == 4 && *date.high != date.value; }

}  // namespace

AsOf AsOfChooser::Choose(const Quantity& q, const FigureSpan& span, bool wants_period, bool change,
                         bool explain) const {
  const size_t sb = span.sentence_begin, se = span.sentence_end, cb = span.clause_begin, ce = span.clause_end;
  const Quantity* date = nullptr;
  const Quantity* date_in_sentence = nullptr;
  const Quantity* date_after = nullptr;
  const Quantity* date_opening = nullptr;  // in the sentence's first clause: it frames the sentence
  const Quantity* date_reframing = nullptr;  // a later period opening its own clause: it frames the rest
  std::string baseline;
  size_t first_clause_end = se;
  if (span.clauses != nullptr) {
    auto after_first = std::upper_bound(span.clauses->begin(), span.clauses->end(), sb);
    if (after_first != span.clauses->end()) first_clause_end = *after_first;
  }
  for (auto it = FirstQuantityAt(quantities_, sb); it != quantities_.end() && it->begin < se; ++it) {
    const Quantity& d = *it;
    if (d.dimension != Dimension::kDate || d.value.empty() || d.end > se) continue;
    // 比2024年第4季: a point of comparison, not the figure's date.
    const Baseline baseline_of = BaselineOf(d);
    if (baseline_of != Baseline::kNone && !LinkedTo(d, q) &&
        !(baseline_of == Baseline::kOfFigureAfter && DatesBaselineFigure(d, q, cb))) {
      // Before the figure in its sentence, the last one (相較於2025年實際資本支出
      // 409億美元，成長27%至37%), or else after it in its clause (34.28 percent
      // from the third quarter).
      const bool before = d.end <= q.begin;
      const bool after = d.begin >= q.end && d.end <= ce;
      if ((before || (after && baseline.empty())) && d.value.size() >= 4) baseline = d.value.substr(0, 4);
      continue;
    }
    // "between 2024 and 2030, reaching 945 TWh": a span of years dates no single
    // figure, only a change over it (2015至2024年間以年均約12%的速度增長: to 2024).
    if (SpanOfYears(d) && !change) continue;
    const bool period = IsPeriodDate(d);
    if (wants_period && !period) continue;
    if (d.end <= q.begin) {
      if (d.begin >= cb) date = &d;
      date_in_sentence = &d;
      if (d.end <= first_clause_end && period && date_opening == nullptr) date_opening = &d;
      if (d.begin >= first_clause_end && period && span.clauses != nullptr && OpensClause(text_, d, *span.clauses)) {
        date_reframing = &d;  // 今年3月完成融資，估值3000億；10月初股票出售後，估值升至5000億
      }
    } else if (d.begin >= q.end && d.end <= ce && date_after == nullptr && !HeadsFigure(d, ce)) {
      date_after = &d;
    }
  }
  const auto column = table_cells_.find(q.begin);  // a table's cell: its column's date, before any other
  if (column != table_cells_.end()) date = column->second;
  if (date == nullptr) date = date_after;
  if (date == nullptr) date = date_reframing != nullptr ? date_reframing : date_opening != nullptr ? date_opening : date_in_sentence;
  const bool carried = date == nullptr;
  if (carried) date = LastPeriodBefore(q, wants_period ? 0 : span.paragraph_begin);
  AsOf out;
  out.baseline = std::move(baseline);
  if (date != nullptr) {
    // The recogniser writes a date as ISO text at its precision.
    out.value = CivilDate::ParseIso(SpanOfYears(*date) ? *date->high : date->value);
    if (date->ended_months > 0) {
      if (auto months = MonthsOf(*date)) out.value = months->first;
    }
    out.stated = true;
    out.date = date;
    if (explain) {
      out.how = "as of " + date->value + (column != table_cells_.end() ? ": its column's date in the table's header"
                                          : carried                    ? ": the period named last before it"
                                                                       : ": a date in its sentence");
    }
    if (auto moved = SinceDate(*date, q)) {
      out.value = *moved;
      if (explain) out.how += ", moved on by the duration counted from it";
    } else {
      out.period = PeriodOf(*date);  // 2024年營收: a year's figure; 第4季交車: a quarter's
      // The year ended Dec. 31, 2024 is the year 2024.
      if (out.period == "year" && out.value && out.value->month == 1) out.value = CivilDate::Year(out.value->year);
    }
    if (explain) out.how += ". ";
    return out;
  }
  if (published_) {
    out.value = published_;
    if (explain) out.how = "as of the publication date. ";
  }
  return out;
}

// The last period named in [from, q) that dates figures (not a baseline).
const Quantity* AsOfChooser::LastPeriodBefore(const Quantity& q, size_t from) const {
  constexpr int kLook = 400;  // quantities to look back over, at most
  auto it = FirstQuantityAt(quantities_, q.begin);
  for (int n = 0; it != quantities_.begin() && n < kLook; ++n) {
    const Quantity& d = *--it;
    if (d.begin < from) break;
    if (IsPeriodDate(d) && BaselineOf(d) == Baseline::kNone && !SpanOfYears(d)) {
      if (InForecastSentence(d, q)) return nullptr;  // "expects $65 billion for the fourth quarter": not the next figures
      if (CountedFrom(d)) continue;  // 自5月底以來, since May: a start, not the period later figures are of
      return &d;
    }
  }
  return nullptr;
}

// 毛利率73.4％（第二季72.4％）: a date written right before a figure of its own
// (a link word apart) is that figure's, not the one before it.
bool AsOfChooser::HeadsFigure(const Quantity& date, size_t clause_end) const {
  constexpr size_t kReach = 8;  // bytes: 的, 為, a space
  for (auto it = FirstQuantityAt(quantities_, date.end); it != quantities_.end() && it->begin < clause_end; ++it) {
    if (it->begin - date.end > kReach) return false;
    if (it->is_claim && it->dimension != Dimension::kDate) return true;
  }
  return false;
}

// The date stands in a sentence before q's that holds a forecast word. Asked
// for every figure after the date that looks back to it: its sentence is read once.
bool AsOfChooser::InForecastSentence(const Quantity& date, const Quantity& q) const {
  auto it = forecast_sentences_.find(date.begin);
  if (it == forecast_sentences_.end()) {
    const auto [b, e] = sentences_->Around(date.begin);
    const WordMatcher& words = rules_.dates.forecast_words;
    size_t after = date.end;
    while (after < text_.size() && text_[after] == ' ') ++after;
    bool forecast = false;
    for (size_t p = b; p < e && !forecast; ++p) forecast = words.MayStartAt(text_, p) && words.MatchAt(text_, p);
    // "posted third-quarter results and guidance": the period reported.
    if (forecast && rules_.dates.results_words.MatchAt(text_, after)) forecast = false;
    it = forecast_sentences_.emplace(date.begin, std::make_pair(e, forecast)).first;
  }
  const auto [sentence_end, forecast] = it->second;
  return forecast && q.begin >= sentence_end;  // q's own sentence dates it there, not by carrying
}

AsOfChooser::Baseline AsOfChooser::BaselineOf(const Quantity& date) const {
  auto skip_spaces_back = [&](size_t p) {
    while (p > 0 && text_[p - 1] == ' ') --p;
    return p;
  };
  size_t p = skip_spaces_back(date.begin);
  if (rules_.dates.comparison_words.MatchEndingAt(text_, p)) return Baseline::kOfFigureAfter;
  // "from $(0.38) in Q2 2024": the date of the figure before it, compared against.
  // The link word stands before the date or opens it (a date read as "in 2023").
  size_t link_begin = date.begin;
  if (auto link = rules_.dates.figure_date_links.MatchEndingAt(text_, p)) {
    link_begin = p - link->length;
  } else if (!rules_.dates.figure_date_links.MatchAt(text_, date.begin)) {
    return Baseline::kNone;
  }
  const size_t figure_end = skip_spaces_back(link_begin);
  p = figure_end;
  while (p > 0 && text_[p - 1] == ')') p = skip_spaces_back(p - 1);  // $(0.38): the figure's closing bracket
  const auto next = FirstQuantityAt(quantities_, p);
  if (next == quantities_.begin()) return Baseline::kNone;
  const Quantity& figure = *std::prev(next);
  if (figure.end < p || figure.end > figure_end || !figure.is_claim || figure.dimension == Dimension::kDate) {
    return Baseline::kNone;
  }
  size_t b = skip_spaces_back(figure.begin);
  while (b > 0 && (text_[b - 1] == '(' || text_[b - 1] == '$')) b = skip_spaces_back(b - 1);
  return rules_.dates.comparison_words.MatchEndingAt(text_, b) ? Baseline::kOfFigureBefore : Baseline::kNone;
}

// "$0.38 in Q2 2024": only brackets, spaces and a figure_date_links word between q and the date.
bool AsOfChooser::LinkedTo(const Quantity& date, const Quantity& q) const {
  if (date.begin < q.end) return false;
  size_t p = q.end;
  while (p < date.begin && (text_[p] == ' ' || text_[p] == ')')) ++p;
  if (p == date.begin) return rules_.dates.figure_date_links.MatchAt(text_, p).has_value();  // the date reads "in 2024"
  auto link = rules_.dates.figure_date_links.MatchAt(text_, p);
  if (!link) return false;
  p += link->length;
  while (p < date.begin && text_[p] == ' ') ++p;
  return p == date.begin;
}

bool AsOfChooser::DatesBaselineFigure(const Quantity& date, const Quantity& q, size_t clause_begin) const {
  if (date.begin < clause_begin || date.end > q.begin) return false;
  for (auto it = FirstQuantityAt(quantities_, date.end); it != quantities_.end() && it->begin < q.begin; ++it) {
    if (it->is_claim && it->dimension != Dimension::kDate) return false;  // q is not the first figure after it
  }
  for (size_t p = date.end; p < q.begin; ++p) {
    if (rules_.changes.changes.MatchAt(text_, p) || rules_.changes.falls.MatchAt(text_, p)) return false;
  }
  return true;
}

// A since word right after the date (自5月底以來) or right before it ("since
// May"): a time counted from.
bool AsOfChooser::CountedFrom(const Quantity& date) const {
  size_t p = date.end;
  while (p < text_.size() && text_[p] == ' ') ++p;
  if (rules_.dates.since_words.MatchAt(text_, p)) return true;
  size_t b = date.begin;
  while (b > 0 && text_[b - 1] == ' ') --b;
  return b > 0 && rules_.dates.since_words.MatchEndingAt(text_, b).has_value();
}

// 自2022年11月推出以來，僅17個月內: the date plus the duration between it and the figure.
std::optional<CivilDate> AsOfChooser::SinceDate(const Quantity& date, const Quantity& q) const {
  if (date.end > q.begin) return std::nullopt;
  bool since = false;
  for (size_t p = date.end; p < std::min(q.begin, date.end + 24) && !since;) {
    since = rules_.dates.since_words.MatchAt(text_, p).has_value();
    size_t len = 0;
    utf8::Decode(text_, p, &len);
    p += len;
  }
  if (!since) return std::nullopt;
  for (auto it = FirstQuantityAt(quantities_, date.end); it != quantities_.end() && it->begin < q.begin; ++it) {
    const Quantity& d = *it;
    if (d.dimension != Dimension::kDuration || d.end > q.begin) continue;
    auto base = CivilDate::ParseIso(date.value);
    if (!base || d.value.size() < 3 || d.value[0] != 'P' || d.value[1] == 'T') return std::nullopt;
    const char unit = d.value.back();
    auto n = Decimal::Parse(std::string_view(d.value).substr(1, d.value.size() - 2));
    auto count = n ? n->ToInt64() : std::nullopt;
    if (!count || *count < 0 || *count > 12000) return std::nullopt;  // beyond any span a date moves by
    if (unit == 'M') return base->AddMonths(static_cast<int>(*count));
    if (unit == 'Y') return base->AddYears(static_cast<int>(*count));
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace figcheck
