// Aspect: what makes a claim a distinct fact of its metric, typed.
//
// Contract: an aspect is a word of metrics.yaml's `aspects` (kWord: its id,
// "q4", "expected"; its family and whether it is a flag are the rule book's)
// or one of the relations attribution names: the place a figure is for
// (kPlace, "in US"), the metric a change changes (kSubject, "of revenue
// (USD)"), the year it is measured against (kBase, "vs 2024"), a company's
// line of business (kSegment, "segment data centres"), a deal's other party
// (kParty, "with OpenAI") and the part a share gives of its whole (kPart,
// "part 先进制程技术": 70% of capex goes to advanced processes). Text() is the
// form JSON and the ledger carry (the relation's word, a space, its name; a
// word's id alone), and Parse() reads it back, so a stored claim types as it
// was written. Aspects order and compare by their text.
#ifndef FIGCHECK_CLAIMS_ASPECT_H_
#define FIGCHECK_CLAIMS_ASPECT_H_

#include <string>
#include <string_view>

#include "checker/rules/attribution_rules.h"

namespace figcheck {

struct Aspect {
  enum class Kind { kWord, kPlace, kSubject, kBase, kSegment, kParty, kPart };
  Kind kind = Kind::kWord;
  std::string name;  // a word's id, or what the relation names (a place, a metric, a year …)

  static Aspect Word(std::string id) { return {Kind::kWord, std::move(id)}; }
  static Aspect Place(std::string place) { return {Kind::kPlace, std::move(place)}; }
  // What a change changes: the metric, with the currency of a money metric.
  static Aspect Subject(const std::string& metric, const std::string& currency = "") {
    return {Kind::kSubject, metric + (currency.empty() ? "" : " (" + currency + ")")};
  }
  static Aspect Base(std::string year) { return {Kind::kBase, std::move(year)}; }
  static Aspect Segment(std::string line) { return {Kind::kSegment, std::move(line)}; }
  static Aspect Party(std::string other) { return {Kind::kParty, std::move(other)}; }
  static Aspect Part(std::string part) { return {Kind::kPart, std::move(part)}; }
  static Aspect Parse(std::string_view text);

  std::string Text() const;
  // The family of a relation ("place", "subject", "base", "segment", "party", "part");
  // "" for a word, whose family the rule book says (MetricTable::AspectFamily).
  const char* RelationFamily() const;

  bool operator==(const Aspect& o) const { return kind == o.kind && name == o.name; }
  bool operator<(const Aspect& o) const { return Text() < o.Text(); }
};

// A relation's family, or a word's from the rule book; a flag (a word of no
// family) is its own family and splits facts on its own.
inline std::string FamilyOf(const Aspect& a, const MetricTable& metrics) {
  return a.kind == Aspect::Kind::kWord ? metrics.AspectFamily(a.name) : a.RelationFamily();
}
inline bool IsFlag(const Aspect& a, const MetricTable& metrics) {
  return a.kind == Aspect::Kind::kWord && metrics.IsFlag(a.name);
}

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_ASPECT_H_
