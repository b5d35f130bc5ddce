// Claims for tests: a count claim built from its facts, and every field a
// ledger stores as one comparable string.
#ifndef FIGCHECK_TESTS_CLAIM_FIXTURES_H_
#define FIGCHECK_TESTS_CLAIM_FIXTURES_H_

#include <optional>
#include <string>

#include "checker/claims/claim.h"

namespace figcheck::testing {

// A count ("5億用戶"-like) claim at doc:line:1, as of `as_of`.
inline Claim CountClaim(const std::string& doc, int line, const std::string& entity, const std::string& metric,
                        const std::string& value, std::optional<std::string> as_of = std::nullopt) {
  Claim c;
  c.doc = doc;
  c.line = line;
  c.column = 1;
  c.text = value + "用戶";
  c.entity = entity;
  c.metric = metric;
  c.dimension = Dimension::kCount;
  c.value = FigureValue::Read(c.dimension, value);
  c.unit = "count";
  c.rule = "count";
  if (as_of) c.as_of = CivilDate::ParseIso(*as_of);
  return c;
}

inline std::string ClaimFields(const Claim& c) {
  auto text = [](const std::optional<FigureValue>& v) { return v ? v->Text() + (v->number() ? "#" : "") : "<null>"; };
  std::string aspects;
  for (const auto& a : c.aspects) aspects += a.Text() + ";";
  return c.doc + "|" + std::to_string(c.line) + "|" + std::to_string(c.column) + "|" + c.text + "|" + c.entity + "|" +
         c.metric + "|" + std::string(DimensionName(c.dimension)) + "|" + text(c.value) + "|" + c.unit + "|" +
         std::string(QualifierName(c.qualifier)) + "|" + text(c.low) + "|" + text(c.high) +
         "|" + (c.as_of ? c.as_of->ToIso() : "<null>") + (c.as_of_stated ? " stated" : "") + "|" + c.rule + "|" + (c.unit_mismatch ? "mismatch" : "") + "|" + aspects + "|" + (c.resolution ? c.resolution->ToString() : "<null>");
}

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_CLAIM_FIXTURES_H_
