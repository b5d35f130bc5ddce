#include "checker/compare/involving.h"

#include <algorithm>

#include "checker/compare/conflicts.h"
#include "checker/document/loader.h"

namespace figcheck {
namespace {

std::set<std::string> Normals(const std::set<std::string>& docs) {
  std::set<std::string> normal;
  for (const auto& d : docs) normal.insert(NormalPath(d));
  return normal;
}

}  // namespace

std::vector<Finding> FindingsInvolving(const std::vector<Finding>& findings, const std::set<std::string>& docs) {
  const std::set<std::string> wanted = Normals(docs);
  std::vector<Finding> kept;
  for (const auto& f : findings) {
    const bool involves = std::any_of(f.claims.begin(), f.claims.end(),
                                      [&](const Claim& c) { return wanted.count(NormalPath(c.doc)) > 0; });
    if (involves) kept.push_back(f);
  }
  return kept;
}

std::vector<Finding> ConflictsInvolving(const std::vector<Claim>& claims, const std::set<std::string>& docs,
                                        const MetricTable& metrics, const CheckSettings& settings) {
  const std::set<std::string> wanted = Normals(docs);
  std::vector<bool> focus(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) focus[i] = wanted.count(NormalPath(claims[i].doc)) > 0;
  return FindConflicts(claims, focus, metrics, settings);
}

}  // namespace figcheck
