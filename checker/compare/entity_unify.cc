#include "checker/compare/entity_unify.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "checker/text/normalize.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

std::string Key(const std::string& name) { return utf8::AsciiLower(NormalizeString(name)); }

}  // namespace

// Union-find over folded names, each group remembering its best written name.
class EntityUnifier::NameGroups {
 public:
  explicit NameGroups(const EntityTable& listed) : listed_(listed) {}

  void Join(const std::string& a, const std::string& b, const std::string& where) {
    const std::string ra = Root(Add(a)), rb = Root(Add(b));
    Offer(ra, a);
    Offer(rb, b);
    if (ra == rb) return;
    // The group with the better name absorbs the other.
    const bool a_wins = Better(best_[ra], best_[rb]);
    const std::string& keep = a_wins ? ra : rb;
    const std::string& drop = a_wins ? rb : ra;
    parent_[drop] = keep;
    Note(keep, where);
    for (const std::string& w : where_[drop]) Note(keep, w);
  }

  // The group's name and where it was learned, for a name in some group.
  const std::string* NameFor(const std::string& name, const std::string** where) {
    const std::string key = Key(name);
    if (!parent_.count(key)) return nullptr;
    const std::string root = Root(key);
    std::string& text = where_text_[root];
    if (text.empty()) {
      for (const std::string& w : where_[root]) text += (text.empty() ? "" : "; ") + w;
    }
    *where = &text;
    return &best_[root];
  }

 private:
  const std::string& Add(const std::string& name) {
    const std::string key = Key(name);
    return parent_.emplace(key, key).first->first;
  }

  void Offer(const std::string& root, const std::string& name) {
    if (Better(name, best_[root])) best_[root] = name;
  }

  // A few places are enough to say where a link was learned.
  void Note(const std::string& root, const std::string& where) {
    static constexpr size_t kPlaces = 3;
    std::vector<std::string>& places = where_[root];
    if (places.size() < kPlaces && std::find(places.begin(), places.end(), where) == places.end()) places.push_back(where);
  }

  std::string Root(std::string key) {
    while (parent_[key] != key) key = parent_[key] = parent_[parent_[key]];
    return key;
  }

  bool Better(const std::string& a, const std::string& b) const {
    if (b.empty()) return true;
    const bool la = listed_.Find(a) != nullptr, lb = listed_.Find(b) != nullptr;
    if (la != lb) return la;
    const bool latin_a = static_cast<unsigned char>(a[0]) < 0x80, latin_b = static_cast<unsigned char>(b[0]) < 0x80;
    if (latin_a != latin_b) return latin_a;
    return a < b;
  }

  const EntityTable& listed_;
  std::map<std::string, std::string> parent_;  // folded name -> parent folded name
  std::map<std::string, std::string> best_;    // root -> best written name
  std::map<std::string, std::vector<std::string>> where_;  // root -> where its links were learned
  std::map<std::string, std::string> where_text_;          // root -> where_, joined (once all are joined)
};

EntityUnifier::EntityUnifier(const std::vector<LearnedAlias>& learned, const EntityTable& listed) {
  if (learned.empty()) return;
  groups_ = std::make_unique<NameGroups>(listed);
  for (const LearnedAlias& a : learned) {
    if (!a.entity.empty() && !a.alias.empty()) groups_->Join(a.entity, a.alias, a.where);
  }
}

EntityUnifier::~EntityUnifier() = default;

size_t UnifyEntities(const std::vector<LearnedAlias>& learned, const EntityTable& listed, std::vector<Claim>* claims) {
  return EntityUnifier(learned, listed).Rename(claims);
}

size_t EntityUnifier::Rename(std::vector<Claim>* claims) {
  if (groups_ == nullptr) return 0;
  size_t renamed = 0;
  for (Claim& c : *claims) {
    if (c.entity.empty()) continue;
    const std::string* where = nullptr;
    const std::string* name = groups_->NameFor(c.entity, &where);
    if (name == nullptr || *name == c.entity) continue;
    if (!c.attribution.empty()) c.attribution += "entity " + *name + ": '" + c.entity + "' is its alias (" + *where + "). ";
    c.entity = *name;
    ++renamed;
  }
  return renamed;
}

}  // namespace figcheck
