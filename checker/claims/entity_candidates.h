// Entity candidates: the names a figure may be about, each with the features
// rules/attribution.yaml weighs.
//
// Contract: GatherCandidates() asks each reading of the figure's sentence
// (EntityMentions: the agent after it, the nearest strong name before it in
// its clause, the sentence's subject, the subject carried over …) for its
// name and returns one candidate per distinct entity, in the order the
// readings were asked (the old cascade's order: ties go to the first), each
// with every reading that offered it and what kind of name it is.
// ChooseCandidate() scores them and picks one. Pure: reads the text and the
// mentions it is given.
#ifndef FIGCHECK_CLAIMS_ENTITY_CANDIDATES_H_
#define FIGCHECK_CLAIMS_ENTITY_CANDIDATES_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/entity_mentions.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/attribution_model.h"

namespace figcheck {

struct Candidate {
  std::string entity;
  const Mention* mention = nullptr;  // null: the text's topic, carried over by name
  FeatureSet features = 0;
  std::string how;  // the reading that offered it first, for explain
  double score = 0;
};

// Where the figure stands and what the text was about before it.
struct CandidateContext {
  std::string_view text;
  const EntityMentions* names = nullptr;
  const std::vector<Mention>* mentions = nullptr;  // the paragraph's, possessors dropped
  size_t paragraph_begin = 0;
  size_t sentence_begin = 0, sentence_end = 0;
  size_t clause_begin = 0, clause_end = 0;
  size_t clause_before_begin = 0;  // the clause before the figure's (== clause_begin: none)
  size_t subject_from = 0;   // where the sentence's subject can stand (after concessives, reporting verbs)
  size_t carried_from = 0;   // the same for the carried-over reading (after a semicolon)
  bool anaphor = false;      // an anaphor (這家公司, the company) stands before the figure
  const std::vector<size_t>* cue_ends = nullptr;  // ends of the chosen metric's cues (a date's event word)
  std::string topic;         // what the text is about so far ("" = nothing yet)
  std::function<const Mention*()> last_name_before;  // the subject of the paragraphs before, when asked
  const Mention* deal_party = nullptr;  // the first party of a deal named before it (EntityMentions::PartiesOfDeal)
};

std::vector<Candidate> GatherCandidates(const Quantity& q, const CandidateContext& c);

struct CandidateChoice {
  size_t index = 0;
  double confidence = 0;  // the chosen one's softmax share
};

// Scores `candidates` (non-empty) in place and returns the best.
CandidateChoice ChooseCandidate(std::vector<Candidate>* candidates, const AttributionModel& model);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_ENTITY_CANDIDATES_H_
