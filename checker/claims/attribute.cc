#include "checker/claims/attribute.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <limits>
#include <map>

#include "checker/claims/as_of.h"
#include "checker/claims/aspect_scope.h"
#include "checker/claims/claim.h"
#include "checker/claims/cue_context.h"
#include "checker/claims/entity_candidates.h"
#include "checker/claims/entity_mentions.h"
#include "checker/claims/figure_adjacency.h"
#include "checker/claims/figure_subject.h"
#include "checker/claims/fiscal_period.h"
#include "checker/claims/open_metric.h"
#include "checker/claims/open_segment.h"
#include "checker/claims/paragraph_scan.h"
#include "checker/claims/respectively.h"
#include "checker/text/segment.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

// What one sentence holds, prepared once for all the claims in it.
struct SentenceScan {
  size_t begin = SIZE_MAX;
  std::vector<size_t> clauses;
  std::vector<Mention> cues;
  std::vector<Mention> aspects;
};


class Attributor {
 public:
  Attributor(const NormalizedText& text, const std::vector<Quantity>& quantities, const Rulebook& rules,
             const std::optional<CivilDate>& published, bool explain, const DocumentEntities* found)
      : text_(text.text),
        found_(found),
        quantities_(quantities),
        rules_(rules),
        explain_(explain),
        sentences_(text.text),
        names_(text.text, rules, found),
        as_of_(text.text, quantities, rules, published, &sentences_),
        published_(published) {}

  Attribution Attribute(const Quantity& q) {
    Attribution a;
    const auto [sb, se] = sentences_.Around(q.number_begin);
    a.sentence_begin = sb;
    a.sentence_end = se;
    SentenceScan& sentence = Sentence(sb, se);
    const std::vector<size_t>& clauses = sentence.clauses;
    const auto [cb, ce] = RangeAround(clauses, q.number_begin);
    ChooseMetric(q, sb, se, cb, ce, &a);
    const bool listed_part = a.metric.empty() && InheritComparedMetric(q, sb, &a);
    if (a.metric.empty()) InheritTopicMetric(q, sb, se, cb, &a);
    if (a.metric.empty()) {
      size_t pb = 0;
      a.metric = OpenMetricBefore(text_, q, cb, rules_.metrics, ParagraphEntities(q.number_begin, &pb), quantities_);
      if (!a.metric.empty() && explain_) a.how += "metric " + a.metric + ": the words before it (no metric names them). ";
    }
    if (!a.metric.empty()) previous_[q.dimension] = {sb, q.end, a.metric, listed_part};
    const MetricRule* metric = rules_.metrics.Find(a.metric);
    change_subject_ = {};
    if (metric != nullptr && metric->change) {
      change_subject_ = ChangedMetricOf(text_, q, sb, Sentence(sb, se).cues, quantities_, rules_.metrics);
    } else if (metric != nullptr && metric->of_a_whole) {  // 約70%的資本支出將投入先進製程: of capex, part 先进制程
      SharePart part = SharePartOf(text_, q, cb, ce, rules_.metrics, quantities_);
      const std::string& earlier = last_share_.first == sb ? last_share_.second : std::string();
      change_subject_.metric = WholeOfShare(q, sb, cb, ce, part, earlier, Sentence(sb, se).cues, rules_.metrics);
      if (!change_subject_.metric.empty()) last_share_ = {sb, change_subject_.metric};
      if (!part.name.empty()) part_aspect_ = Aspect::Part(std::move(part.name));
    }
    ChooseEntity(q, sb, se, cb, ce, &a);
    if (a.entity.empty() && !a.metric.empty() && UnnamedSubjectBefore(sb, q.begin)) {
      a.entity = EntityTable::kUnnamedSubject;  // 該公司員工1.5萬人, in an article naming no firm
      a.confidence = 1;
      if (explain_) a.how += "entity: the article's unnamed subject (the company it never names). ";
    }
    ReadSectorAsSegment(q, sb, se, cb, metric, &a);
    RollUpProduct(metric, &a);
    if (q.dimension != Dimension::kDate) ChooseAsOf(q, sb, se, cb, ce, &a);
    ChooseAspects(q, sb, se, cb, ce, &a);
    NameSectorByPlace(&a);
    if (metric != nullptr && !metric->change) last_level_ = {sb, a.metric, a.aspects};
    return a;
  }

 private:
  // The last figure with a metric, per dimension: a figure set against it
  // (低於分析師預期的44萬輛) measures the same thing.
  struct PreviousFigure {
    size_t sentence = std::string_view::npos;
    size_t end = 0;
    std::string metric;
    bool part = false;  // a part listed after its total: the figures listed after it are parts too
  };

  // The figure before may stand in the sentence before, when this one opens
  // with a demonstrative that refers back to it ("… to $52-56 billion. This
  // marks a rise from the $41 billion spent in 2025").
  // True when it took the metric as a part listed after its total.
  bool InheritComparedMetric(const Quantity& q, size_t sb, Attribution* a) {
    auto it = previous_.find(q.dimension);
    if (it == previous_.end()) return false;
    const bool same_sentence = it->second.sentence == sb;
    const bool refers_back = !same_sentence && it->second.end <= sb && it->second.end >= Paragraph(sb).first &&
                             rules_.metrics.demonstrative_openers.MatchAt(text_, sb).has_value();
    if (!same_sentence && !refers_back) return false;
    if (same_sentence && it->second.part) {  // 其中純電動車型225.7萬輛，插電混動車型234.5萬輛
      a->metric = it->second.metric;
      if (explain_) a->how += "metric " + a->metric + ": listed with the part before it. ";
      return true;
    }
    // A part listed after its total (其中純電動車型225.7萬輛, of which 2.26 million)
    // measures what the total does, in its own sentence.
    const WordMatcher& words = rules_.metrics.comparison_words;
    const WordMatcher& parts = rules_.entities.part_openers;
    for (size_t p = same_sentence ? it->second.end : sb; p < q.begin; ++p) {
      const bool compared = words.MayStartAt(text_, p) && words.MatchAt(text_, p);
      if (!compared && !(same_sentence && parts.MayStartAt(text_, p) && parts.MatchAt(text_, p))) continue;
      a->metric = it->second.metric;
      if (explain_) a->how += "metric " + a->metric + (compared ? ": set against the figure before it. " : ": a part of the figure before it. ");
      return !compared;
    }
    return false;
  }

  // 今年資本支出將再寫下歷史新高，估計將高達520億美元: a clause that names a metric
  // but states no figure of its own is the topic of the figure in the next one.
  void InheritTopicMetric(const Quantity& q, size_t sb, size_t se, size_t cb, Attribution* a) {
    if (cb <= sb) return;
    const auto [pb, pe] = RangeAround(Sentence(sb, se).clauses, cb - 1);
    a->metric = TopicMetricOfClause(quantities_, Sentence(sb, se).cues, pb, pe, q.dimension, rules_.metrics);
    if (!a->metric.empty() && explain_) a->how += "metric " + a->metric + ": the topic of the clause before it. ";
  }

  SentenceScan& Sentence(size_t sb, size_t se) {
    if (sentence_.begin != sb) {
      sentence_.begin = sb;
      sentence_.clauses = ClauseBounds(text_, sb, se);
      const ParagraphScan& para = Scanned(sb);
      sentence_.cues = Within(para.cues, sb, se);
      sentence_.aspects = Within(para.aspects, sb, se);
    }
    return sentence_;
  }

  // The line around pos. Claims come in text order, so the last answer is
  // usually right again: a 50 MB one-line document is searched once, not per claim.
  std::pair<size_t, size_t> Paragraph(size_t pos) {
    if (pos >= paragraph_.first && pos < paragraph_.second) return paragraph_;
    size_t pb = text_.rfind('\n', pos == 0 ? 0 : pos - 1);
    pb = (pb == std::string_view::npos || pb >= pos) ? 0 : pb + 1;
    size_t pe = text_.find('\n', pos);
    paragraph_ = {pb, pe == std::string_view::npos ? text_.size() : pe};
    return paragraph_;
  }

  // The paragraph (line) around pos, scanned once: its possessor-free entity
  // mentions, anaphors, cues and aspect words.
  const ParagraphScan& Scanned(size_t pos) {
    const auto [pb, pe] = Paragraph(pos);
    auto it = paragraphs_.find(pb);
    if (it != paragraphs_.end()) return it->second;
    std::vector<std::pair<size_t, size_t>> dates;
    auto q = FirstQuantityAt(quantities_, pb);
    for (; q != quantities_.end() && q->begin < pe; ++q) {
      if (q->dimension == Dimension::kDate) dates.emplace_back(q->begin, q->end);
    }
    ParagraphScan scan = ScanParagraph(text_, pb, pe, rules_, dates, found_ != nullptr ? &found_->mentions : nullptr);
    scan.entities = names_.DropPossessors(std::move(scan.entities));
    return paragraphs_.emplace(pb, std::move(scan)).first->second;
  }

  const std::vector<Mention>& ParagraphEntities(size_t pos, size_t* para_begin) {
    *para_begin = Paragraph(pos).first;
    return Scanned(pos).entities;
  }

  // Every reading of the sentence offers a candidate (entity_candidates.h);
  // the weights of rules/attribution.yaml choose among them.
  void ChooseEntity(const Quantity& q, size_t sb, size_t se, size_t cb, size_t ce, Attribution* a) {
    size_t pb = 0;
    const std::vector<Mention>& ms = ParagraphEntities(q.number_begin, &pb);
    entity_mention_.reset();
    const std::vector<size_t>& clauses = Sentence(sb, se).clauses;
    const size_t clause_before = cb > sb ? RangeAround(clauses, cb - 1).first : cb;
    CandidateContext context{text_, &names_, &ms, pb, sb, se, cb, ce, clause_before, SubjectFrom(ms, sb, se, q.begin),
                             names_.SubjectFrom(sb, q.begin, clauses), HasAnaphor(sb, q.begin, ce),
                             &metric_cue_ends_, topic_, [&] { return LastNameBefore(pb); }};
    const EntityMentions::DealParties deal = names_.PartiesOfDeal(ms, cb, q.begin, q.end, ce);
    context.deal_party = deal.first;
    std::vector<Candidate> candidates = GatherCandidates(q, context);
    if (candidates.empty()) return;
    const CandidateChoice choice = ChooseCandidate(&candidates, rules_.attribution);
    a->confidence = choice.confidence;
    for (const Candidate& c : candidates) a->candidates.push_back({c.entity, c.score, c.features});
    const Candidate& chosen = candidates[choice.index];
    a->entity = chosen.entity;
    if (explain_) {
      a->how += "entity " + a->entity + ": " + chosen.how + " (confidence " + ThreeDecimals(a->confidence) + "; candidates:";
      for (const Candidate& c : candidates) a->how += " " + c.entity + " " + ThreeDecimals(c.score);
      a->how += "). ";
    }
    ReadDealPartner(deal, a);
    if (chosen.mention == nullptr) return;  // the topic carried over: it stays the topic
    const Mention* m = chosen.mention;
    // What the text is about next: the subject of the part of the sentence the
    // figure stands in (up to a semicolon), else what this figure was given.
    const size_t part_begin = SubjectFrom(ms, sb, se, q.begin);
    const size_t part_end = std::min(se, text_.find(';', q.end));
    const Mention* subject = names_.FirstBefore(ms, part_begin, part_end);
    if (subject != nullptr) topic_ = names_.Entity(*subject).name;
    entity_mention_ = *m;
    if (subject == nullptr && !IsWeak(names_.Entity(*m))) topic_ = a->entity;
    if (explain_) {
      if (std::string found = names_.HowFound(*m); !found.empty()) a->how += "(" + found + ") ";
    }
  }

  // A deal's figure is a fact of its parties: the chosen one's, "with" the other.
  void ReadDealPartner(const EntityMentions::DealParties& deal, Attribution* a) {
    if (deal.second == nullptr) return;
    const std::string& second = names_.Entity(*deal.second).name;
    const std::string& first = deal.first != nullptr ? names_.Entity(*deal.first).name : a->entity;
    if (a->entity == first && second != first) {
      party_aspect_ = Aspect::Party(second);
    } else if (a->entity == second && deal.first != nullptr) {
      party_aspect_ = Aspect::Party(first);
    } else {
      return;
    }
    if (explain_) a->how += "a deal's figure: " + party_aspect_->Text() + ". ";
  }

  // 數據中心業務營收512億美元, "Data center revenue jumped 66%": a sector written
  // as a line of business is the company's segment, not the sector. The
  // company is the strong name nearest before it in its paragraph, else what
  // the text is about; the segment is an aspect, so the figure never meets the
  // company's total.
  void ReadSectorAsSegment(const Quantity& q, size_t sb, size_t se, size_t cb, const MetricRule* metric,
                           Attribution* a) {
    size_t pb = 0;
    const std::vector<Mention>& ms = ParagraphEntities(q.number_begin, &pb);
    // The segment: the name the figure was given, or one written before it in
    // its clause, or the subject of an earlier clause of a firm's figure.
    const Mention* segment = entity_mention_ && names_.NamesSegment(*entity_mention_) ? &*entity_mention_ : nullptr;
    const Mention* last_before = nullptr;  // the last name before the figure in its sentence
    for (const auto& m : ms) {
      if (segment == nullptr && m.begin >= cb && m.end <= q.begin && names_.NamesSegment(m)) segment = &m;
      if (m.begin >= sb && m.end <= q.begin) last_before = &m;
    }
    if (segment == nullptr && last_before != nullptr && last_before->end <= cb && OfAFirm(metric) &&
        names_.SegmentSubject(*last_before, RangeAround(Sentence(sb, se).clauses, last_before->begin).first)) {
      segment = last_before;  // 資料中心仍是主要成長來源，營收512億美元
    }
    if (segment == nullptr) return;
    const std::string sector = names_.Entity(*segment).name;
    if (!entity_mention_ || !IsSector(names_.Entity(*entity_mention_))) {
      if (a->entity.empty()) return;
      segment_aspect_ = Aspect::Segment(sector);  // 微軟……，資料中心業務營收: Microsoft's already
      return;
    }
    const Mention* company = names_.NearestBefore(ms, pb, segment->begin);
    std::string name = company != nullptr && !IsWeak(names_.Entity(*company)) ? names_.Entity(*company).name : topic_;
    if (name.empty()) {
      if (const Mention* last = LastNameBefore(pb)) name = names_.Entity(*last).name;
    }
    if (name.empty()) return;
    segment_aspect_ = Aspect::Segment(sector);
    a->entity = name;
    if (explain_) a->how += "entity " + name + ": the company whose line of business (" + segment_aspect_->Text() + ") it is. ";
    entity_mention_.reset();
  }

  // A firm's metric (revenue), or a change of one (its growth).
  bool OfAFirm(const MetricRule* metric) const {
    if (metric != nullptr && !metric->change) return metric->of_a_firm;
    const MetricRule* changed = rules_.metrics.Find(change_subject_.metric);
    return changed != nullptr && changed->of_a_firm;
  }

  // 其中Model 3/Y交付47.19萬輛: a product's figure of a metric its maker
  // reports by product line (metrics.yaml `of_the_maker`) is the maker's, for
  // that line; a model's training cost stays the model's.
  void RollUpProduct(const MetricRule* metric, Attribution* a) {
    if (metric == nullptr || !metric->of_the_maker || !entity_mention_ || segment_aspect_) return;
    const EntityRule& product = names_.Entity(*entity_mention_);
    if (product.of.empty()) return;
    const EntityRule& maker = rules_.entities.Maker(product);
    if (&maker == &product) return;
    segment_aspect_ = Aspect::Segment(product.name);
    a->entity = maker.name;
    if (explain_) a->how += "entity " + maker.name + ": the maker of " + product.name + ", whose line it is (" + metric->id + " is the maker's). ";
  }

  bool IsChange(const std::string& metric) const {
    const MetricRule* rule = rules_.metrics.Find(metric);
    return rule != nullptr && rule->change;
  }

  // The subject of the last sentence naming a company or product in the few
  // paragraphs before `pos` (a paragraph start): what the text is about when
  // no figure has said so yet (特斯拉公布了去年的交付數據。 / 根據數據，全年銷量為
  // 179萬輛; "BYD outpaced Tesla in the quarter." / "The Chinese firm …").
  const Mention* LastNameBefore(size_t pos) {
    constexpr int kParagraphs = 3;  // non-empty lines to look back over
    for (int n = 0; n < kParagraphs && pos > 0;) {
      const auto [pb, pe] = Paragraph(pos - 1);
      if (pe > pb) ++n;
      const std::vector<Mention>& ms = Scanned(pb).entities;
      for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
        if (IsWeak(names_.Entity(*it))) continue;
        const auto [sb, se] = sentences_.Around(it->begin);
        const Mention* subject = names_.FirstBefore(ms, std::max(sb, pb), std::min(se, pe));
        return subject != nullptr ? subject : &*it;
      }
      pos = pb;
    }
    return nullptr;
  }

  // Where the subject of a figure at `pos` stands: after a concessive opener
  // or a semicolon (SubjectFrom), and after a reporting verb with a name after it.
  size_t SubjectFrom(const std::vector<Mention>& ms, size_t sb, size_t se, size_t pos) {
    return names_.AfterReportingVerb(ms, names_.SubjectFrom(sb, pos, Sentence(sb, se).clauses), pos);
  }

  bool UnnamedSubjectBefore(size_t from, size_t to) const {
    const WordMatcher& words = rules_.entities.unnamed_subjects;
    for (size_t p = from; p < to; ++p) {
      if (words.MayStartAt(text_, p) && words.MatchAt(text_, p)) return true;
    }
    return false;
  }

  bool HasAnaphor(size_t from, size_t to, size_t head_to) {
    return !Within(Scanned(from).anaphors, from, to).empty() || names_.HasDescriptiveAnaphor(from, to, head_to);
  }

  void ChooseMetric(const Quantity& q, size_t sb, size_t se, size_t cb, size_t ce, Attribution* a) {
    const MetricTable& table = rules_.metrics;
    const std::vector<Mention>& cues = Sentence(sb, se).cues;
    if (const int paired = q.dimension == Dimension::kDate ? -1 : PairedMetric(text_, q, sb, se, cues, quantities_, table);
        paired >= 0) {
      a->metric = table.metrics[paired].id;  // 毛利率、營益率分別為58.6%、49.6%
      if (explain_) a->how += "metric " + a->metric + ": paired in order with a list of metrics (respectively). ";
      return;
    }
    // Per metric: nearest cue distance in the clause, and whether `requires` holds in the sentence.
    struct Candidate {
      long distance = std::numeric_limits<long>::max();
      bool required_seen = false;
      long required_distance = std::numeric_limits<long>::max();  // 每周 … 4亿, 月活跃 … 6亿: the nearer decides
    };
    std::vector<Candidate> c(table.metrics.size());
    for (const auto& cue : cues) {
      for (const auto& [metric, required] : table.cue_uses[cue.index]) {
        if (required) {
          c[metric].required_seen = true;
          const long d = cue.end <= q.begin ? static_cast<long>(q.begin - cue.end)
                                             : static_cast<long>(cue.begin >= q.end ? cue.begin - q.end : 0);
          c[metric].required_distance = std::min(c[metric].required_distance, d);
          continue;
        }
        // Dates name their event after them, often in the next clause (今年初，…推出).
        const size_t lo = q.dimension == Dimension::kDate ? std::min(cb, q.begin) : cb;
        const size_t hi = q.dimension == Dimension::kDate ? se : ce;
        if (cue.begin < lo || cue.end > hi) continue;
        if (cue.begin < q.number_end && cue.end > q.number_begin) continue;  // inside the number itself
        if (q.dimension == Dimension::kDate && table.metrics[metric].dimension == Dimension::kDate &&
            NamesAReport(text_, cue.end, se, rules_.dates.results_words)) {
          continue;  // 今日發布第二季度財報: the day a report came out, no launch
        }
        if (cue.end <= q.begin &&
            CueOfTheFigureBefore(text_, quantities_, cue, table.metrics[metric].dimension)) {
          continue;  // $2.6 per share on $33 billion
        }
        if (table.metrics[metric].change && cue.end <= q.begin && WordBetween(text_, cue.end, q.begin, table.to_words)) {
          continue;
        }
        long d = 0;  // a counted noun inside the figure (5億用戶) is as near as a cue gets
        if (cue.end <= q.begin) d = static_cast<long>(q.begin - cue.end);
        else if (cue.begin >= q.end) d = static_cast<long>(cue.begin - q.end) * 2 + 1;
        c[metric].distance = std::min(c[metric].distance, d);
      }
    }
    auto better = [&](int x, int y) {  // is metric x a better choice than y?
      const auto& mx = table.metrics[x];
      const auto& my = table.metrics[y];
      // 同比大涨65%，环比亦增长21%: the specific change cue in the clause (环比)
      // names the change; the generic word after it (增长, growth) only says it rose.
      if (mx.change && my.change && mx.generic != my.generic) return my.generic;
      if (mx.has_requires != my.has_requires) return mx.has_requires;
      if (mx.has_requires && c[x].required_distance != c[y].required_distance) {
        return c[x].required_distance < c[y].required_distance;
      }
      return c[x].distance < c[y].distance;
    };
    int same = -1, confusable = -1;
    for (int i = 0; i < static_cast<int>(table.metrics.size()); ++i) {
      const auto& m = table.metrics[i];
      if (c[i].distance == std::numeric_limits<long>::max()) continue;
      if (m.has_requires && !c[i].required_seen) continue;
      if (m.dimension == q.dimension) {
        if (same < 0 || better(i, same)) same = i;
      } else if (table.Confusable(m.dimension, q.dimension)) {
        if (confusable < 0 || c[i].distance < c[confusable].distance) confusable = i;
      }
    }
    metric_cue_ends_.clear();
    const int chosen = confusable >= 0 && (same < 0 || c[confusable].distance < c[same].distance) ? confusable : same;
    for (const auto& cue : cues) {
      for (const auto& [metric, required] : table.cue_uses[cue.index]) {
        if (metric == chosen && !required) metric_cue_ends_.push_back(cue.end);
      }
    }
    if (confusable >= 0 && (same < 0 || c[confusable].distance < c[same].distance)) {
      a->metric = table.metrics[confusable].id;
      a->unit_mismatch = true;
      if (explain_) a->how += "metric " + a->metric + ": its nearest cue, though that metric is " +
                std::string(DimensionName(table.metrics[confusable].dimension)) + " and the figure is " +
                std::string(DimensionName(q.dimension)) + ". ";
    } else if (same >= 0) {
      a->metric = table.metrics[same].id;
      if (explain_) a->how += "metric " + a->metric + ": nearest cue in its clause. ";
    }
  }

  void ChooseAspects(const Quantity& q, size_t sb, size_t se, size_t cb, size_t ce, Attribution* a) {
    if (!segment_aspect_) {  // "Gaming revenue rose 30% to $4.3 billion", 遊戲業務營收
      size_t pb = 0;
      std::string line = OpenSegmentOfFigure(text_, q, Sentence(sb, se).cues, sb, cb, a->metric, rules_.metrics,
                                             ParagraphEntities(q.begin, &pb), quantities_);
      if (!line.empty()) segment_aspect_ = Aspect::Segment(std::move(line));
    }
    std::vector<Aspect> ids = std::move(period_aspects_);
    period_aspects_.clear();
    const std::optional<Aspect> dated_period =
        !ids.empty() && ids.front().kind == Aspect::Kind::kWord ? std::optional(ids.front()) : std::nullopt;
    std::optional<Aspect> clause_period;  // a period word before the figure in its clause (全年交付163.6萬輛)
    for (std::optional<Aspect>* relation : {&segment_aspect_, &party_aspect_, &part_aspect_}) {
      if (*relation) ids.push_back(std::move(**relation));
      relation->reset();
    }
    const FigureClause where{text_, &quantities_, &Sentence(sb, se).clauses, cb, ce};
    for (const auto& m : Sentence(sb, se).aspects) {
      const AspectRule& aspect = rules_.metrics.aspects[m.index];
      // A word of the figure's own qualifier ("an estimated 415 TWh") is no aspect.
      if (m.begin >= q.begin && m.end <= q.number_begin) continue;
      if (!AspectWordHolds(aspect, m, q, where, rules_.metrics, IsChange(a->metric) && !change_subject_.metric.empty(),
                           IsChange(a->metric))) {
        continue;
      }
      ids.push_back(Aspect::Word(aspect.id));
      const bool in_clause = aspect.scope == AspectRule::Scope::kClause || aspect.scope == AspectRule::Scope::kFrame;
      if (in_clause && aspect.family == "period" && m.end <= q.begin) clause_period = Aspect::Word(aspect.id);
    }
    if (q.rule.rfind("unit:", 0) == 0) {  // 130個基點: a unit that states a change
      const UnitRule* unit = rules_.units.Find(q.rule.substr(5));
      if (unit != nullptr && !unit->aspect.empty()) ids.push_back(Aspect::Word(unit->aspect));
    }
    size_t pb = 0;
    const std::vector<size_t>& clauses = Sentence(sb, se).clauses;
    const FigureSpan span{sb, se, cb, ce, &clauses, 0};
    const bool sector = entity_mention_ && IsSector(names_.Entity(*entity_mention_));
    for (std::string& place : names_.PlacesOfFigure(ParagraphEntities(cb, &pb), span, q.begin,
                                                    sector ? &*entity_mention_ : nullptr)) {
      ids.push_back(Aspect::Place(std::move(place)));
    }
    if (!change_subject_.metric.empty()) {
      ids.push_back(Aspect::Subject(change_subject_.metric, change_subject_.currency));
      // 在中國以外的電動車銷售量達到100萬輛，比前一年增長約150%: the change of a
      // figure is for that figure's market, powertrain and period.
      if (last_level_.sentence == sb && change_subject_.metric == last_level_.metric) {
        for (const auto& id : last_level_.aspects) {
          if (!IsFlag(id, rules_.metrics)) ids.push_back(id);
        }
      }
    }
    // 2025年第四季交付41.8萬輛，全年交付163.6萬輛: the period the figure's own
    // clause names beats the one its date gives (the year holding that quarter).
    if (clause_period && dated_period && *clause_period != *dated_period) {
      ids.erase(std::remove(ids.begin(), ids.end(), *dated_period), ids.end());
      if (clause_period->name == "year" && a->as_of && a->as_of->precision != CivilDate::Precision::kYear) {
        a->as_of = CivilDate::Year(a->as_of->year);
        if (explain_) a->how += "as of " + a->as_of->ToIso() + ": the year its clause names. ";
      }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (!ids.empty()) {
      if (explain_) a->how += "aspects:";
      for (const auto& id : ids) a->how += " " + id.Text();
      if (explain_) a->how += ". ";
    }
    a->aspects = std::move(ids);
  }

  // A sector narrowed to a place is that place's sector: "US data centres"
  // (美國資料中心, data centres in the US), an entity of its own.
  void NameSectorByPlace(Attribution* a) const {
    if (!entity_mention_ || !IsSector(names_.Entity(*entity_mention_))) return;
    for (const auto& id : a->aspects) {
      if (id.kind != Aspect::Kind::kPlace) continue;
      a->entity = PlaceNarrowed(id.name, a->entity);
      if (explain_) a->how += "entity " + a->entity + ": the sector in the place named for it. ";
      return;
    }
  }

  void ChooseAsOf(const Quantity& q, size_t sb, size_t se, size_t cb, size_t ce, Attribution* a) {
    const MetricRule* metric = rules_.metrics.Find(a->metric);
    FigureSpan span{sb, se, cb, ce, &Sentence(sb, se).clauses, Paragraph(q.begin).first};
    AsOf dated = as_of_.Choose(q, span, metric != nullptr && metric->per_period, metric != nullptr && metric->change,
                               explain_);
    a->as_of = std::move(dated.value);
    a->as_of_stated = dated.stated;
    if (dated.period == "quarter" && dated.date != nullptr) {  // NVIDIA's third quarter: August to October
      if (auto fiscal = FiscalQuarterStart(text_, *dated.date, a->entity, rules_.fiscal, published_)) {
        a->as_of = fiscal;
        if (explain_) dated.how += "; " + a->entity + "'s fiscal quarter from " + fiscal->ToIso() + ". ";
      }
    }
    // The dating period goes first: ChooseAspects reads it as the front word aspect.
    if (!dated.period.empty()) period_aspects_.push_back(Aspect::Word(dated.period));
    // 較去年第3季……增加18.6% and 較2024年同期……增加2.5% are changes against
    // different years; a year-over-year change is against the year before its own.
    if (metric != nullptr && metric->change) {
      std::string base = dated.baseline;
      if (base.empty() && metric->year_over_year && a->as_of_stated && a->as_of) {
        base = std::to_string(a->as_of->year - 1);
      }
      if (!base.empty()) period_aspects_.push_back(Aspect::Base(base));
    }
    a->how += dated.how;
  }

  std::string_view text_;
  const DocumentEntities* found_;  // discovered names (may be null)
  const std::vector<Quantity>& quantities_;
  const Rulebook& rules_;
  bool explain_;  // write Attribution::how (only `explain` reads it)
  SentenceIndex sentences_;
  std::map<size_t, ParagraphScan> paragraphs_;
  std::pair<size_t, size_t> paragraph_{1, 0};  // the last line found (empty at first)
  size_t cue_sentence_ = 0;
  SentenceScan sentence_;
  std::vector<size_t> metric_cue_ends_;
  std::vector<Aspect> period_aspects_;     // from the dating date, consumed by ChooseAspects
  std::optional<Aspect> segment_aspect_;   // "segment data centres", consumed by ChooseAspects
  std::optional<Aspect> party_aspect_;     // "with OpenAI", a deal's other party, consumed by ChooseAspects
  std::optional<Aspect> part_aspect_;      // "part 先进制程", a share's part, consumed by ChooseAspects
  std::pair<size_t, std::string> last_share_{SIZE_MAX, ""};  // the sentence and whole of the last share read
  ChangedMetric change_subject_;  // what the figure being attributed changes, or is a share of
  std::optional<Mention> entity_mention_;  // the name its entity was read from
  struct LevelFigure {
    size_t sentence = std::string_view::npos;
    std::string metric;
    std::vector<Aspect> aspects;
  } last_level_;  // the last figure with a metric that is not a change
  EntityMentions names_;
  AsOfChooser as_of_;
  std::optional<CivilDate> published_;
  std::vector<Mention> cues_;
  std::map<Dimension, PreviousFigure> previous_;
  std::string topic_;  // the last company or product a figure was given: what the text is about
};

}  // namespace

std::vector<Attribution> AttributeQuantities(const NormalizedText& text, const std::vector<Quantity>& quantities,
                                             const Rulebook& rules, const std::optional<CivilDate>& published,
                                             bool explain, const DocumentEntities* found) {
  std::vector<Attribution> out(quantities.size());
  const bool any = std::any_of(quantities.begin(), quantities.end(), [](const Quantity& q) { return q.is_claim; });
  if (!any) return out;
  Attributor attributor(text, quantities, rules, published, explain, found);
  const Quantity* previous = nullptr;
  const Attribution* previous_attribution = nullptr;
  for (size_t i = 0; i < quantities.size(); ++i) {
    const Quantity& q = quantities[i];
    if (!q.is_claim || q.value.empty()) continue;
    if (previous != nullptr && q.dimension != Dimension::kDate && RestatesInBrackets(text.text, *previous, q)) {
      // 600萬美元（約新台幣1.8億元）, 170個基點（1.7個百分點）: the bracket restates the
      // figure before it, so it is the same fact (in another unit).
      out[i] = *previous_attribution;
      if (explain) out[i].how = "restates the figure right before it: " + out[i].how;
    } else {
      out[i] = attributor.Attribute(q);
    }
    previous = &q;
    previous_attribution = &out[i];
  }
  return out;
}

}  // namespace figcheck
