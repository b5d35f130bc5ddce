#include "checker/claims/entity_candidates.h"

#include <algorithm>
#include <cmath>

namespace figcheck {
namespace {

// OpenAI的, NVIDIA's: the name written as a possessor of what follows.
bool IsPossessor(std::string_view text, const Mention& m) {
  const std::string_view rest = text.substr(m.end, 4);
  return rest.rfind("的", 0) == 0 || rest.rfind("'s", 0) == 0 || rest.rfind("\u2019s", 0) == 0;
}

class Gatherer {
 public:
  explicit Gatherer(const CandidateContext& c) : c_(c), names_(*c.names) {}

  void Offer(const Mention* m, const std::string& topic, Feature f, const char* how) {
    if (m == nullptr && topic.empty()) return;
    const std::string& name = m != nullptr ? names_.Entity(*m).name : topic;
    auto it = std::find_if(out_.begin(), out_.end(), [&](const Candidate& k) { return k.entity == name; });
    if (it == out_.end()) {
      Candidate k{name, m, 0, how, 0};
      if (m != nullptr) {
        if (IsWeak(names_.Entity(*m))) k.features |= Bit(Feature::kWeak);
        if (!names_.Listed(*m)) k.features |= Bit(Feature::kDiscovered);
        if (IsPossessor(c_.text, *m)) k.features |= Bit(Feature::kPossessive);
      }
      it = out_.insert(out_.end(), std::move(k));
    }
    if (it->mention == nullptr && m != nullptr) it->mention = m;
    it->features |= Bit(f);
  }

  std::vector<Candidate> Take() { return std::move(out_); }

 private:
  const CandidateContext& c_;
  const EntityMentions& names_;
  std::vector<Candidate> out_;
};

}  // namespace

std::vector<Candidate> GatherCandidates(const Quantity& q, const CandidateContext& c) {
  const EntityMentions& names = *c.names;
  const std::vector<Mention>& ms = *c.mentions;
  const bool date = q.dimension == Dimension::kDate;
  Gatherer g(c);
  if (date) {
    // 8月7日發布GPT-5, or "released GPT-5 on Aug. 7": the event word after the
    // date, else one before it in its clause, with the product right after it.
    const Mention* product = names.ProductAfterCue(ms, q.end, c.sentence_end, *c.cue_ends);
    if (product == nullptr) product = names.ProductAfterCue(ms, c.clause_begin, q.begin, *c.cue_ends);
    g.Offer(product, "", Feature::kProductAfterEvent, "the product named right after its event word (what was launched)");
  } else {
    g.Offer(names.AgentAfter(ms, q.end, c.clause_end), "", Feature::kAgentAfter,
            "the agent named after it (595,413 BEVs sold by BYD)");
  }
  if (date) {
    g.Offer(names.FirstBefore(ms, c.subject_from, q.begin), "", Feature::kEventSubject,
            "the subject of its sentence (who the event is of)");
  }
  g.Offer(c.deal_party, "", Feature::kPartyOfDeal, "the first party of the deal it is of (A 與 B 洽談…)");
  g.Offer(names.ModifiedNameAfter(ms, q.end, c.sentence_end), "", Feature::kModifiedNameAfter,
          "the name the relative clause it stands in describes (…的公司CoreWeave)");
  // The nearest strong name in the clause (a place there narrows a figure, it
  // is no subject: 超過美國全社會用電量的4%).
  if (const Mention* m = names.NearestBefore(ms, c.clause_begin, q.begin); m != nullptr && !IsWeak(names.Entity(*m))) {
    g.Offer(m, "", Feature::kNearestInClause, "named before it in its clause");
  }
  g.Offer(names.RelativeAntecedent(ms, c.sentence_begin, c.clause_begin), "", Feature::kRelativeAntecedent,
          "named right before the relative clause it stands in (BYD, which sold …)");
  g.Offer(names.FirstBefore(ms, c.subject_from, q.begin), "", Feature::kSentenceSubject,
          "the first named in its sentence (its subject)");
  g.Offer(names.FirstAfter(ms, q.end, date ? c.sentence_end : c.clause_end), "", Feature::kFirstAfterInClause,
          "named after it in its clause");
  // 這家公司…: the name nearest before, else what the text is about. No name
  // before it in its sentence (a dropped subject, common in Chinese; "Revenue
  // reached …"): what the text is about.
  if (c.anaphor || !names.NamesAnything(ms, c.carried_from, q.begin)) {
    const Mention* m = c.anaphor || c.topic.empty() ? names.NearestBefore(ms, c.paragraph_begin, c.carried_from) : nullptr;
    if (m != nullptr && IsWeak(names.Entity(*m))) m = nullptr;
    if (m == nullptr && c.topic.empty() && c.last_name_before) m = c.last_name_before();
    g.Offer(m, m == nullptr ? c.topic : "", Feature::kCarriedOver,
            c.anaphor ? "the subject carried over from an earlier sentence (anaphor)"
                      : "the subject carried over: no name stands before it in its sentence");
  }
  g.Offer(names.NearestBefore(ms, c.sentence_begin, q.begin), "", Feature::kNearestInSentence,
          "named before it in its sentence");
  // 這是「Project Stargate」計畫的一部分，總投資額高達5000億美元: a clause naming
  // no one continues the one before it.
  if (c.clause_before_begin < c.clause_begin && names.NearestBefore(ms, c.clause_begin, q.begin) == nullptr) {
    const Mention* m = names.NearestBefore(ms, c.clause_before_begin, c.clause_begin);
    if (m != nullptr && !IsWeak(names.Entity(*m))) {
      g.Offer(m, "", Feature::kInClauseBefore, "named in the clause before its own, which names no one");
    }
  }
  return g.Take();
}

CandidateChoice ChooseCandidate(std::vector<Candidate>* candidates, const AttributionModel& model) {
  CandidateChoice choice;
  for (size_t i = 0; i < candidates->size(); ++i) {
    Candidate& k = (*candidates)[i];
    k.score = model.Score(k.features);
    if (k.score > (*candidates)[choice.index].score) choice.index = i;
  }
  double total = 0;
  const double best = (*candidates)[choice.index].score;
  for (const Candidate& k : *candidates) total += std::exp((k.score - best) / model.temperature);
  choice.confidence = 1.0 / total;
  return choice;
}

}  // namespace figcheck
