#include "checker/compare/fingerprint.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "checker/document/loader.h"
#include "checker/util/content_hash.h"

namespace figcheck {
namespace {

std::string CollapseSpace(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Fields joined by a unit separator, which no article text contains.
std::string ClaimKey(const Claim& c) {
  const char sep = '\x1f';
  return NormalPath(c.doc) + sep + CollapseSpace(c.text) + sep +
         c.value.Text() + sep + c.unit + sep + c.entity + sep + c.metric;
}


}  // namespace

std::string FindingFingerprint(const Finding& finding) {
  std::vector<std::string> keys;
  for (const auto& c : finding.claims) keys.push_back(ClaimKey(c));
  std::sort(keys.begin(), keys.end());
  std::string all = finding.rule;
  for (const auto& k : keys) all += '\x1e' + k;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Fnv1a64(all)));
  return hex;
}

}  // namespace figcheck
