#include "checker/compare/involving.h"

#include <algorithm>
#include <filesystem>

namespace figcheck {
namespace {

std::string Normal(const std::string& path) { return std::filesystem::path(path).lexically_normal().string(); }

}  // namespace

std::vector<Finding> FindingsInvolving(const std::vector<Finding>& findings, const std::set<std::string>& docs) {
  std::set<std::string> wanted;
  for (const auto& d : docs) wanted.insert(Normal(d));
  std::vector<Finding> kept;
  for (const auto& f : findings) {
    const bool involves = std::any_of(f.claims.begin(), f.claims.end(),
                                      [&](const Claim& c) { return wanted.count(Normal(c.doc)) > 0; });
    if (involves) kept.push_back(f);
  }
  return kept;
}

}  // namespace figcheck
