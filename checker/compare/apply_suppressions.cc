#include "checker/compare/apply_suppressions.h"

#include <algorithm>
#include <map>
#include <string>

#include "checker/document/loader.h"

namespace figcheck {
namespace {

Finding InvalidSuppression(const Suppression& s) {
  Finding f;
  const bool no_rule = s.rules.empty();
  f.rule = no_rule ? "suppression-without-rule" : "suppression-without-reason";
  f.kind = "invalid_suppression";
  f.severity = Severity::kWarning;
  f.entity = "figcheck-disable";  // grouped apart from the figures' entities in every report
  f.metric = "comments";
  const std::string form = s.whole_file ? "figcheck-disable-file" : "figcheck-disable-next-line";
  f.message = s.doc + ":" + std::to_string(s.line) + ": " + form + (no_rule ? " names no rule" : " gives no reason") +
              ", so it suppresses nothing; write <!-- " + form + " RULE-ID: why the figure stands -->";
  Claim where;
  where.doc = s.doc;
  where.line = s.line;
  where.column = s.column;
  where.text = s.comment;
  where.rule = f.rule;
  f.claims.push_back(std::move(where));
  return f;
}

}  // namespace

std::vector<Finding> ApplySuppressions(const std::vector<Finding>& findings,
                                       const std::vector<Suppression>& suppressions) {
  std::multimap<std::string, const Suppression*> by_doc;
  for (const auto& s : suppressions) {
    if (s.Valid()) by_doc.emplace(NormalPath(s.doc), &s);
  }
  auto covered = [&](const Finding& f, const Claim& c) {
    auto [b, e] = by_doc.equal_range(NormalPath(c.doc));
    return std::any_of(b, e, [&](const auto& entry) { return entry.second->Covers(f.rule, c.line); });
  };
  std::vector<Finding> kept;
  for (const auto& f : findings) {
    const bool silenced =
        !by_doc.empty() && std::any_of(f.claims.begin(), f.claims.end(), [&](const Claim& c) { return covered(f, c); });
    if (!silenced) kept.push_back(f);
  }
  for (const auto& s : suppressions) {
    if (!s.Valid()) kept.push_back(InvalidSuppression(s));
  }
  return kept;
}

}  // namespace figcheck
