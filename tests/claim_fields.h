// Every field of a claim a ledger stores, as one comparable string (tests only).
#ifndef FIGCHECK_TESTS_CLAIM_FIELDS_H_
#define FIGCHECK_TESTS_CLAIM_FIELDS_H_

#include <string>

#include "checker/claims/claim.h"

namespace figcheck::testing {

inline std::string ClaimFields(const Claim& c) {
  std::string aspects;
  for (const auto& a : c.aspects) aspects += a + ";";
  return c.doc + "|" + std::to_string(c.line) + "|" + std::to_string(c.column) + "|" + c.text + "|" + c.entity + "|" +
         c.metric + "|" + std::string(DimensionName(c.dimension)) + "|" + c.value + "|" + c.unit + "|" +
         std::string(QualifierName(c.qualifier)) + "|" + c.low.value_or("<null>") + "|" + c.high.value_or("<null>") +
         "|" + c.as_of.value_or("<null>") + (c.as_of_stated ? " stated" : "") + "|" + c.rule + "|" + (c.unit_mismatch ? "mismatch" : "") + "|" + aspects;
}

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_CLAIM_FIELDS_H_
