#include "reports/finding_groups.h"

#include <cstdio>
#include <map>

namespace figcheck {
namespace {

bool SameClaim(const Claim& a, const Claim& b) {
  return a.doc == b.doc && a.line == b.line && a.column == b.column && a.text == b.text;
}

}  // namespace

std::vector<const Claim*> FindingGroup::Claims() const {
  std::vector<const Claim*> claims;
  for (const Finding* f : findings) {
    for (const Claim& c : f->claims) {
      bool known = false;
      for (const Claim* k : claims) known = known || SameClaim(*k, c);
      if (!known) claims.push_back(&c);
    }
  }
  return claims;
}

std::vector<FindingGroup> GroupFindings(const std::vector<Finding>& findings) {
  std::vector<FindingGroup> groups;
  std::map<std::pair<std::string, std::string>, size_t> index;
  for (const auto& f : findings) {
    auto [it, added] = index.emplace(std::make_pair(f.entity, f.metric), groups.size());
    if (added) groups.push_back(FindingGroup{f.entity, f.metric, {}});
    groups[it->second].findings.push_back(&f);
  }
  return groups;
}

std::string CountText(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

SeverityCounts CountSeverities(const std::vector<Finding>& findings) {
  SeverityCounts counts;
  for (const auto& f : findings) {
    switch (f.severity) {
      case Severity::kError: ++counts.errors; break;
      case Severity::kWarning: ++counts.warnings; break;
      case Severity::kInfo: ++counts.notes; break;
    }
  }
  return counts;
}

std::string SeverityCountsText(const SeverityCounts& counts) {
  return CountText(counts.errors, "error", "errors") + ", " + CountText(counts.warnings, "warning", "warnings") + ", " +
         CountText(counts.notes, "note", "notes");
}

const char* BySeverity(Severity s, const char* error, const char* warning, const char* info) {
  switch (s) {
    case Severity::kError: return error;
    case Severity::kWarning: return warning;
    case Severity::kInfo: return info;
  }
  return info;
}

std::string ClaimLocation(const Claim& claim) {
  return claim.doc + ":" + std::to_string(claim.line) + ":" + std::to_string(claim.column);
}

std::string ClaimValueText(const Claim& claim) {
  std::string text = claim.value.Text();
  if (claim.high && *claim.high != claim.value) text += " .. " + claim.high->Text();
  return text + " " + claim.unit;
}

std::string SameFactLine(const Finding& f) { return f.identity.empty() ? "" : "same fact: " + f.identity; }

std::string DoubtLine(const Finding& f) {
  if (f.doubts.empty()) return "";
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", f.confidence);
  std::string out = std::string("confidence ") + confidence + ": ";
  for (size_t i = 0; i < f.doubts.size(); ++i) out += (i ? "; " : "") + f.doubts[i];
  return out;
}

}  // namespace figcheck
