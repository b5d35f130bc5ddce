// Entity unification: names one document learned as one entity, applied to
// the whole corpus.
//
// Contract: each document's discovery links the names a bracket joins
// (小鵬汽車（XPeng）, "NIO (蔚來)", 輝達（英偉達）) for that document only; an
// article that writes 小鵬汽車 alone names an entity of its own, which never
// meets XPeng's figures. UnifyEntities() joins every pair of names learned
// anywhere in the corpus (transitively) and renames each claim whose entity
// is one of a group's names to the group's name: a name of the rule book
// when the group holds one, else a Latin-script name (it reads the same in
// every script's articles), else the smallest; ties by byte order, so the
// result does not depend on the order of documents. Names are compared
// folded (the normalised text's script, ASCII case). A renamed claim's
// `attribution` says where the alias was learned. Returns how many claims
// were renamed.
#ifndef FIGCHECK_COMPARE_ENTITY_UNIFY_H_
#define FIGCHECK_COMPARE_ENTITY_UNIFY_H_

#include <cstddef>
#include <memory>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/rules/attribution_rules.h"

namespace figcheck {

size_t UnifyEntities(const std::vector<LearnedAlias>& learned, const EntityTable& listed, std::vector<Claim>* claims);

// The same, built once and applied to claims batch by batch (a corpus read
// back document by document): Rename() renames as UnifyEntities() would.
class EntityUnifier {
 public:
  EntityUnifier(const std::vector<LearnedAlias>& learned, const EntityTable& listed);
  ~EntityUnifier();
  size_t Rename(std::vector<Claim>* claims);

 private:
  class NameGroups;
  std::unique_ptr<NameGroups> groups_;  // null when nothing was learned
};

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_ENTITY_UNIFY_H_
