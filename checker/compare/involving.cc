#include "checker/compare/involving.h"

#include <algorithm>

#include "checker/document/loader.h"

namespace figcheck {

std::vector<Finding> FindingsInvolving(const std::vector<Finding>& findings, const std::set<std::string>& docs) {
  std::set<std::string> wanted;
  for (const auto& d : docs) wanted.insert(NormalPath(d));
  std::vector<Finding> kept;
  for (const auto& f : findings) {
    const bool involves = std::any_of(f.claims.begin(), f.claims.end(),
                                      [&](const Claim& c) { return wanted.count(NormalPath(c.doc)) > 0; });
    if (involves) kept.push_back(f);
  }
  return kept;
}

}  // namespace figcheck
