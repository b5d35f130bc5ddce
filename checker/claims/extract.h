// Extraction: one Document in, its claims (or all its number mentions) out.
//
// Contract: pure and thread-safe given an immutable Rulebook. Normalises the
// document's `plain` text, runs the recogniser, and maps every mention back
// to source line, column (code points) and exact source text. Output is in
// document order.
#ifndef FIGCHECK_CLAIMS_EXTRACT_H_
#define FIGCHECK_CLAIMS_EXTRACT_H_

#include <vector>

#include "checker/claims/claim.h"
#include "checker/claims/entity_discovery.h"
#include "checker/document/document.h"
#include "checker/rules/rulebook.h"

namespace figcheck {

// Every figure worth checking, attributed to entity, metric and as-of unless
// `attribute` is false (then those stay empty: what the benchmark separates).
// `explain` also fills Claim::attribution, the account `figcheck explain` prints.
// `learned`, when given, receives the aliases the document taught (their
// `where` prefixed with the document's path), for the corpus to unify.
std::vector<Claim> ExtractClaims(const Document& doc, const Rulebook& rules, bool attribute = true, bool explain = false,
                                 std::vector<LearnedAlias>* learned = nullptr);

// The names discovered in a document beyond the rule book's (the `entities` command).
DocumentEntities FindDocumentEntities(const Document& doc, const Rulebook& rules);

// Every number or quantity mention, claims or not (the `numbers` command).
std::vector<Claim> ExtractMentions(const Document& doc, const Rulebook& rules);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_EXTRACT_H_
