#include "checker/claims/aspect.h"

#include <array>
#include <utility>

namespace figcheck {
namespace {

struct Relation {
  Aspect::Kind kind;
  const char* prefix;  // as Text() writes it, with its space
  const char* family;
};

constexpr std::array<Relation, 6> kRelations{{{Aspect::Kind::kPlace, "in ", "place"},
                                              {Aspect::Kind::kSubject, "of ", "subject"},
                                              {Aspect::Kind::kBase, "vs ", "base"},
                                              {Aspect::Kind::kSegment, "segment ", "segment"},
                                              {Aspect::Kind::kParty, "with ", "party"},
                                              {Aspect::Kind::kPart, "part ", "part"}}};

const Relation* RelationOf(Aspect::Kind kind) {
  for (const Relation& r : kRelations) {
    if (r.kind == kind) return &r;
  }
  return nullptr;
}

}  // namespace

Aspect Aspect::Parse(std::string_view text) {
  for (const Relation& r : kRelations) {
    const std::string_view prefix(r.prefix);
    if (text.size() > prefix.size() && text.substr(0, prefix.size()) == prefix) {
      return {r.kind, std::string(text.substr(prefix.size()))};
    }
  }
  return Word(std::string(text));
}

std::string Aspect::Text() const {
  const Relation* r = RelationOf(kind);
  return r == nullptr ? name : r->prefix + name;
}

const char* Aspect::RelationFamily() const {
  const Relation* r = RelationOf(kind);
  return r == nullptr ? "" : r->family;
}

}  // namespace figcheck
