// Entity discovery: the names of one document that entities.yaml does not list.
//
// Contract: DiscoverEntities() reads a document's normalised text (and its
// recognised quantities, whose spans are never names) and returns every
// name it can find beyond the rule book's aliases, and every place each one
// is mentioned, in text order. Sources (rules/discovery.yaml):
//  - Latin-script names in any script's text: a run of words each holding a
//    capital letter (CoreWeave, Lucid Group Inc., H200), corporate suffixes
//    dropped from the canonical name; in English text a plainly capitalised
//    word counts only where the document also capitalises it mid-sentence
//    and never writes it in lower case ("Revenue rose" is no name);
//  - Chinese organisation names: a stem between a hard boundary and an
//    organisation suffix (蔚來汽車, 商湯科技) that is no common word of the
//    lexicon; and the lexicon's organisation words (新華社);
//  - tickers after an exchange in brackets: "Rivian (NASDAQ: RIVN)".
// Aliases are learned in the document: a name with another in brackets right
// after it (小鵬汽車（XPeng）, 輝達（Nvidia）, "NIO (蔚來)") names one entity —
// the rule book's when one of them is listed there, else the Latin-script
// form, which reads the same in every script's articles. A Latin name next to
// a person's title (CEO Jensen Huang, Colette Kress, CFO) is a person, whose
// surname alone names them too.
// `mentions` holds every entity mention of the document, the rule book's
// aliases (longest first, as ScanParagraph would match them) and the
// discovered names, never overlapping; an index below `base` is a rule-book
// entity (or a learned alias of one), `base + i` is `entities[i]`. Pure: the same text always gives the same answer.
#ifndef FIGCHECK_CLAIMS_ENTITY_DISCOVERY_H_
#define FIGCHECK_CLAIMS_ENTITY_DISCOVERY_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/claims/paragraph_scan.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/rulebook.h"

namespace figcheck {

struct DiscoveredEntity {
  EntityRule rule;  // canonical name and kind (company, person, organisation, name)
  std::string how;  // how it was found and where its aliases were learned, for `explain`
};

struct DocumentEntities {
  int base = 0;  // the rule book's entity count
  std::vector<DiscoveredEntity> entities;
  // Every entity mention of the document, listed and discovered, in text
  // order: the rule book's aliases are matched here once for the document.
  std::vector<Mention> mentions;
  // Aliases learned in this document for entities of the rule book: (index, where).
  std::vector<std::pair<int, std::string>> learned_for_listed;
  // Every alias learned from a bracket, by the entity's final name (where: the bracket).
  std::vector<LearnedAlias> learned;

  bool IsDiscovered(int index) const { return index >= base; }
  const DiscoveredEntity& Discovered(int index) const { return entities[static_cast<size_t>(index - base)]; }
};

DocumentEntities DiscoverEntities(std::string_view text, const std::vector<Quantity>& quantities,
                                  const Rulebook& rules);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_ENTITY_DISCOVERY_H_
