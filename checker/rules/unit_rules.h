// Unit, counting-word, qualifier and change tables (rules/units.yaml,
// counts.yaml, qualifiers.yaml, changes.yaml), loaded and validated.
//
// Contract: each table owns WordMatchers built from folded rule words, so a
// recogniser asks "which unit word starts here?" in time linear in the word.
// Loading reports the first problem as "PATH:LINE: message".
#ifndef FIGCHECK_RULES_UNIT_RULES_H_
#define FIGCHECK_RULES_UNIT_RULES_H_

#include <string>
#include <vector>

#include "checker/quantity/decimal.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/word_matcher.h"
#include "checker/util/status.h"

namespace figcheck {

struct UnitRule {
  std::string id;
  Dimension dimension = Dimension::kOther;
  std::string unit;         // canonical unit; "context" for a bare 元
  Decimal factor = 1;
  std::string iso;          // durations: Y M W D H MIN
  bool claim = true;
  bool context = false;     // currency resolved from context
  std::vector<std::string> not_followed_by;
  std::string aspect;       // an aspect (metrics.yaml) every figure in this unit has: basis points state a change
};

struct UnitTable {
  std::vector<UnitRule> units;
  WordMatcher after;    // payload: index into units
  WordMatcher before;   // payload: index into units
  std::vector<std::string> scale_led_words;  // unit words starting with a numeral scale char (for NumeralTable)
  // A fraction that is a share of a whole is a percentage: one of
  // `share_before` ends right before it (占三分之一, accounting for one-third)
  // or one of `share_after` starts right after it (三分之一的用戶), and none of
  // `ratio_before` ends right before it (美國公司的十分之一: a ratio to another's).
  WordMatcher share_before;
  WordMatcher share_after;
  WordMatcher ratio_before;
  // 營收1160億元（人民幣，下同）: a currency named right before one of these
  // is that of every bare 元 after it in the article (DeclaredCurrencies).
  WordMatcher same_below;

  const UnitRule* Find(std::string_view id) const {
    for (const auto& u : units) if (u.id == id) return &u;
    return nullptr;
  }
};

struct CountTable {
  WordMatcher classifiers;  // payload 0
  WordMatcher nouns;        // payload 0
  std::vector<std::string> article_like;  // 一: "a", not 1, before a classifier
  std::vector<std::string> demonstratives;  // 这, 那: "these two", not a count
};

struct QualifierTable {
  WordMatcher before;   // payload: Qualifier
  WordMatcher after;    // payload: Qualifier
  WordMatcher gap;      // filler allowed between a before-word and the number
};

struct ChangeTable {
  WordMatcher falls;
  WordMatcher falls_after;  // less, lower: right after a percentage, a fall ("1% less than")
  WordMatcher changes;     // change verbs (升, 增, rose …): X至Y after one is a range only of near ends
  WordMatcher from_words;  // 從, 由, from: X至Y after one is "from X to Y", never a range
  WordMatcher range_openers;  // between, in the range of: "X and/to Y" after one is a range, even after "from"
  int reach = 4;  // code points
  int range_max_ratio = 3;  // after a change verb, X至Y is a range while Y <= ratio * X
};

Result<UnitTable> LoadUnitTable(const std::string& path);
Result<CountTable> LoadCountTable(const std::string& path);
Result<QualifierTable> LoadQualifierTable(const std::string& path);
Result<ChangeTable> LoadChangeTable(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_UNIT_RULES_H_
