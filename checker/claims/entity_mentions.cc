#include "checker/claims/entity_mentions.h"

#include <algorithm>
#include <cctype>

namespace figcheck {

std::vector<Mention> EntityMentions::DropPossessors(std::vector<Mention> ms) const {
  std::vector<Mention> out;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (i + 1 < ms.size()) {
      std::string_view gap = text_.substr(ms[i].end, ms[i + 1].begin - ms[i].end);
      while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
      while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
      const bool possessed_is_place = IsPlace(Entity(ms[i + 1]));  // DeepSeek的中國團隊: no
      // Nvidia's data center revenue: the possessor is the company whose line of business it is.
      const bool possessed_is_sector = IsSector(Entity(ms[i + 1]));
      // Tesla's Shanghai factory, 特斯拉的Megapack: a discovered name owned by a
      // listed one is a part of it (a plant, a product line), not a new subject.
      const bool part_of_listed = Listed(ms[i]) && !Listed(ms[i + 1]);
      if (!possessed_is_place && !possessed_is_sector && !part_of_listed && (gap == "的" || gap == "'s" || gap == "’s")) {
        continue;
      }
    }
    out.push_back(ms[i]);
  }
  return out;
}

const EntityRule& EntityMentions::Entity(const Mention& m) const {
  if (found_ != nullptr && found_->IsDiscovered(m.index)) return found_->Discovered(m.index).rule;
  return rules_.entities.entities[m.index];
}

std::string EntityMentions::HowFound(const Mention& m) const {
  if (found_ == nullptr) return "";
  if (found_->IsDiscovered(m.index)) return "discovered: " + found_->Discovered(m.index).how;
  for (const auto& [index, how] : found_->learned_for_listed) {
    if (index == m.index) return "listed; " + how;
  }
  return "";
}

bool EntityMentions::InAsideBefore(const Mention& m, size_t pos) const {
  int depth = 0;
  for (size_t i = m.end; i < pos && i < text_.size(); ++i) {
    if (text_[i] == '(') ++depth;
    if (text_[i] == ')' && --depth < 0) return true;
  }
  return false;
}

const Mention* EntityMentions::NearestBefore(const std::vector<Mention>& ms, size_t from, size_t pos) const {
  const Mention* best = nullptr;
  const Mention* best_found = nullptr;
  const Mention* best_sector = nullptr;
  const Mention* best_place = nullptr;
  const Mention* best_person = nullptr;  // persons and passing mentions: the last resort
  for (const auto& m : ms) {
    if (m.begin < from || m.end > pos || InAsideBefore(m, pos)) continue;
    const EntityRule& e = Entity(m);
    (IsPlace(e) ? best_place : IsSector(e) ? best_sector : IsWeak(e) ? best_person : Listed(m) ? best : best_found) = &m;
  }
  for (const Mention* m : {best, best_found, best_sector, best_place, best_person}) {
    if (m != nullptr) return m;
  }
  return nullptr;
}

const Mention* EntityMentions::FirstBefore(const std::vector<Mention>& ms, size_t from, size_t pos) const {
  const Mention* found = nullptr;
  for (const auto& m : ms) {
    if (m.begin >= from && m.end <= pos && !IsWeak(Entity(m)) && !IsPart(m)) {
      if (Listed(m)) return &m;
      if (found == nullptr) found = &m;
    }
  }
  return found;
}

bool EntityMentions::NamesSegment(const Mention& m) const {
  if (!IsSector(Entity(m))) return false;
  size_t p = m.end;
  while (p < text_.size() && text_[p] == ' ') ++p;
  if (rules_.entities.segment_words.MatchAt(text_, p)) return true;
  const MetricTable& metrics = rules_.metrics;
  auto cue = metrics.cues.MatchAt(text_, p);
  if (!cue) return false;
  for (const auto& [metric, required] : metrics.cue_uses[static_cast<size_t>(cue->payload)]) {
    if (!required && metrics.metrics[static_cast<size_t>(metric)].of_a_firm) return true;
  }
  return false;
}

bool EntityMentions::SegmentSubject(const Mention& m, size_t clause_begin) const {
  if (!IsSector(Entity(m)) || m.begin < clause_begin) return false;
  // Only a possessor (Nvidia's, 輝達的) or a determiner (the, its, 其) may open the clause before it.
  std::string_view gap = text_.substr(clause_begin, m.begin - clause_begin);
  while (!gap.empty() && (gap.front() == ' ' || gap.front() == ',')) gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  const EntityTable& t = rules_.entities;
  const auto whole_word = [&](const WordMatcher& words) {
    auto w = words.MatchAt(gap, 0);
    return w && w->length == gap.size();
  };
  const bool possessor = gap.size() <= 40 && gap.find_first_of(".;") == std::string_view::npos &&
                         (gap.ends_with("'s") || gap.ends_with("’s") || gap.ends_with("的"));
  if (!gap.empty() && !possessor && !whole_word(t.anaphor_determiners) && !whole_word(t.anaphors)) return false;
  if (NamesSegment(m)) return true;
  size_t p = m.end;
  while (p < text_.size() && text_[p] == ' ') ++p;
  return t.segment_subject_verbs.MatchAt(text_, p).has_value();
}

std::vector<std::string> EntityMentions::PlacesOfFigure(const std::vector<Mention>& ms, const FigureSpan& span,
                                                        size_t figure_begin, const Mention* sector) const {
  const size_t first_clause_end =
      span.clauses != nullptr && span.clauses->size() > 1 ? (*span.clauses)[1] : span.sentence_end;
  std::vector<std::string> out;
  for (const auto& m : ms) {
    if (!IsPlace(Entity(m)) || !MarksPlace(m, ms)) continue;
    const bool in_clause = m.begin >= span.clause_begin && m.end <= span.clause_end;
    const bool frames_sentence = m.begin >= span.sentence_begin && m.end <= first_clause_end && m.end <= figure_begin;
    const bool names_sector = sector != nullptr && m.end <= sector->begin &&
                              text_.find_first_not_of(' ', m.end) == sector->begin;
    if (in_clause || frames_sentence || names_sector) out.push_back(Entity(m).name);
  }
  if (const Mention* place = PlaceReferredBack(ms, span.sentence_begin, figure_begin)) out.push_back(Entity(*place).name);
  return out;
}

const Mention* EntityMentions::PlaceReferredBack(const std::vector<Mention>& ms, size_t sentence_begin,
                                                 size_t figure_begin) const {
  constexpr size_t kReach = 120;  // bytes before the figure: 該區銷售額強勁反彈，據報達
  const WordMatcher& anaphors = rules_.metrics.place_anaphors;
  for (size_t p = std::max(sentence_begin, figure_begin > kReach ? figure_begin - kReach : 0); p < figure_begin; ++p) {
    if (!anaphors.MayStartAt(text_, p) || !anaphors.MatchAt(text_, p)) continue;
    const Mention* last = nullptr;
    for (const auto& m : ms) {
      if (m.end <= p && IsPlace(Entity(m))) last = &m;
    }
    return last;
  }
  return nullptr;
}

bool EntityMentions::Listed(const Mention& m) const { return found_ == nullptr || !found_->IsDiscovered(m.index); }

bool EntityMentions::IsPart(const Mention& m) const {
  size_t p = m.begin;
  while (p > 0 && text_[p - 1] == ' ') --p;
  return rules_.entities.part_openers.MatchEndingAt(text_, p).has_value();
}

const Mention* EntityMentions::RelativeAntecedent(const std::vector<Mention>& ms, size_t sb, size_t cb) const {
  size_t p = cb;
  while (p < text_.size() && (text_[p] == ' ' || text_[p] == ',')) ++p;
  if (cb <= sb || !rules_.entities.relative_openers.MatchAt(text_, p)) return nullptr;
  const Mention* m = NearestBefore(ms, sb, cb);
  return m != nullptr && !IsWeak(Entity(*m)) ? m : nullptr;
}

bool EntityMentions::MarksPlace(const Mention& m, const std::vector<Mention>& ms) const {
  const MetricTable& t = rules_.metrics;
  size_t p = m.end;  // 美國資料中心, US data centers: a place naming a sector's part of it
  while (p < text_.size() && text_[p] == ' ') ++p;
  for (const auto& other : ms) {
    if (other.begin == p && IsSector(Entity(other))) return true;
  }
  p = m.begin;
  while (p > 0 && text_[p - 1] == ' ') --p;
  if (t.place_before.MatchEndingAt(text_, p)) return true;
  // 特斯拉中國, Tesla China: a company's arm in the place, not the company.
  for (const auto& other : ms) {
    if (other.end == p && !IsWeak(Entity(other))) return true;
  }
  p = m.end;
  while (p < text_.size() && text_[p] == ' ') ++p;
  return t.place_after.MatchAt(text_, p).has_value();
}

size_t EntityMentions::SubjectFrom(size_t sb, size_t pos, const std::vector<size_t>& clauses) const {
  size_t from = sb;
  if (rules_.entities.concessive_openers.MatchAt(text_, sb)) {
    for (size_t bound : clauses) {
      if (bound > sb) {
        from = bound;
        break;
      }
    }
  }
  for (size_t p = std::min(pos, text_.size()); p > from; --p) {
    if (text_[p - 1] == ';') return p;
  }
  return from;
}

const Mention* EntityMentions::ProductAfterCue(const std::vector<Mention>& ms, size_t pos, size_t to, const std::vector<size_t>& cue_ends) const {
  constexpr size_t kReach = 12;  // bytes: 了, 的, quotes and a space or two
  for (size_t cue_end : cue_ends) {
    if (cue_end < pos || cue_end > to) continue;
    for (const auto& m : ms) {
      if (m.begin >= cue_end && m.begin <= cue_end + kReach && m.end <= to && Entity(m).kind == "product") return &m;
    }
  }
  return nullptr;
}

const Mention* EntityMentions::AgentAfter(const std::vector<Mention>& ms, size_t pos, size_t to) const {
  constexpr size_t kReach = 40;  // bytes: a counted noun and a verb ("BEVs sold ")
  const WordMatcher& markers = rules_.entities.agent_markers;
  for (const auto& m : ms) {
    if (m.begin < pos || m.end > to || m.begin > pos + kReach || IsWeak(Entity(m))) continue;
    size_t p = m.begin;
    while (p > pos && text_[p - 1] == ' ') --p;
    if (markers.MatchEndingAt(text_, p)) return &m;
  }
  return nullptr;
}

const Mention* EntityMentions::FirstAfter(const std::vector<Mention>& ms, size_t pos, size_t to) const {
  const Mention* found = nullptr;
  for (const auto& m : ms) {
    if (m.begin >= pos && m.end <= to && !IsWeak(Entity(m)) && !IsPart(m)) {
      if (Listed(m)) return &m;
      if (found == nullptr) found = &m;
    }
  }
  return found;
}

bool EntityMentions::NamesAnything(const std::vector<Mention>& ms, size_t sb, size_t se) const {
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.begin >= sb && m.end <= se; });
}

bool EntityMentions::HasDescriptiveAnaphor(size_t from, size_t to, size_t head_to) const {
  constexpr size_t kReach = 32;  // bytes of describing words between the two
  const EntityTable& t = rules_.entities;
  for (size_t p = from; p < to; ++p) {
    if (!t.anaphor_determiners.MayStartAt(text_, p)) continue;
    auto det = t.anaphor_determiners.MatchAt(text_, p);
    if (!det) continue;
    for (size_t h = p + det->length; h < std::min(head_to, p + det->length + kReach); ++h) {
      const unsigned char c = text_[h];
      if (c < 0x80 && !std::isalnum(c) && c != ' ' && c != '-') break;  // punctuation ends the phrase
      if (t.anaphor_heads.MatchAt(text_, h)) return true;
    }
  }
  return false;
}

namespace {

// Punctuation that ends a clause (after NFKC: full-width marks are ASCII); 、
// does not (it lists the parts of one modifier).
bool EndsClause(char c) { return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '\n'; }
bool EndsClauseAt(std::string_view text, size_t p) {
  auto digit = [&](size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); };
  if ((text[p] == ',' || text[p] == '.') && p > 0 && digit(p - 1) && digit(p + 1)) return false;  // 12,000, 19.5
  return EndsClause(text[p]) || text.compare(p, 3, "。") == 0 || text.compare(p, 3, "「") == 0 ||
         text.compare(p, 3, "」") == 0;
}

}  // namespace

const Mention* EntityMentions::ModifiedNameAfter(const std::vector<Mention>& ms, size_t pos, size_t to) const {
  constexpr size_t kReach = 36;  // bytes of describing words between 的 and the head noun
  static constexpr std::string_view kDe = "的";
  size_t de = std::string_view::npos;
  for (size_t p = pos; p < to && p < text_.size(); ++p) {
    if (EndsClauseAt(text_, p)) return nullptr;
    if (text_.compare(p, kDe.size(), kDe) == 0) {
      de = p + kDe.size();
      break;
    }
  }
  if (de == std::string_view::npos) return nullptr;
  for (const auto& m : ms) {
    if (m.begin < de || m.end > to || IsWeak(Entity(m))) continue;
    if (m.begin > de + kReach) return nullptr;
    for (size_t p = de; p < m.begin; ++p) {
      if (EndsClauseAt(text_, p)) return nullptr;
    }
    size_t before = m.begin;
    while (before > de && text_[before - 1] == ' ') --before;
    if (before == de || rules_.entities.anaphor_heads.MatchEndingAt(text_, before)) return &m;
    return nullptr;  // the first name after 的 is not the one the clause ends on
  }
  return nullptr;
}

size_t EntityMentions::AfterReportingVerb(const std::vector<Mention>& ms, size_t from, size_t to) const {
  const WordMatcher& verbs = rules_.entities.reporting_verbs;
  for (size_t p = from; p < to; ++p) {
    if (!verbs.MayStartAt(text_, p)) continue;
    auto v = verbs.MatchAt(text_, p);
    if (!v) continue;
    return FirstBefore(ms, p + v->length, to) != nullptr ? p + v->length : from;
  }
  return from;
}

bool EntityMentions::Joined(const WordMatcher& joiners, size_t from, size_t to) const {
  auto skip_spaces = [&](size_t p) {
    while (p < to && text_[p] == ' ') ++p;
    return p;
  };
  size_t p = skip_spaces(from);
  // 亞馬遜 (AMZN-US) 與: the first name's ticker, which may itself be a
  // mention of it (AMZN: the aside then closes after `from`, unopened).
  const size_t close = text_.find(')', from), open = text_.find('(', from);
  if (close < to && open > close) p = skip_spaces(close + 1);
  if (p < to && text_[p] == '(') {
    const size_t close = text_.find(')', p);
    if (close == std::string_view::npos || close >= to) return false;
    p = skip_spaces(close + 1);
  }
  auto joiner = p < to ? joiners.MatchAt(text_, p) : std::nullopt;
  return joiner && skip_spaces(p + joiner->length) == to;
}

EntityMentions::DealParties EntityMentions::PartiesOfDeal(const std::vector<Mention>& ms, size_t cb, size_t begin,
                                                          size_t end, size_t ce) const {
  const WordMatcher& deals = rules_.entities.deal_words;
  bool deal = false;
  for (size_t p = cb; p < ce && !deal; ++p) {
    if (p == begin) p = end;  // the figure's own words are no deal's
    deal = p < ce && deals.MayStartAt(text_, p) && deals.MatchAt(text_, p).has_value();
  }
  if (!deal) return {};
  DealParties out;
  const Mention* before = nullptr;  // the last strong name before the figure
  for (const Mention& m : ms) {
    if (m.begin < cb || m.end > ce || IsWeak(Entity(m)) || IsPart(m)) continue;
    if (m.end <= begin) {
      if (before != nullptr && &Entity(*before) != &Entity(m) && Joined(rules_.entities.party_joiners, before->end, m.begin)) {
        out = {before, &m};
      }
      before = &m;
    } else if (m.begin >= end && out.second == nullptr) {
      size_t p = m.begin;
      while (p > end && text_[p - 1] == ' ') --p;
      if (rules_.entities.partner_markers.MatchEndingAt(text_, p)) out = {nullptr, &m};
      break;  // only the first name after the figure can be its partner
    }
  }
  return out;
}

}  // namespace figcheck
