// Discovery rules (rules/discovery.yaml): how names that entities.yaml does
// not list are found in a document.
//
// Contract: LoadDiscoveryTable() reads the word lists and patterns of the
// file, then the lexicon it points to (jieba's dictionary as Debian's
// python3-jieba ships it: "word frequency tag" a line, Simplified). The
// lexicon is optional data: when none of its paths exists the table says so
// (`lexicon_path` empty) and the sources that need it are off; a lexicon that
// exists but is malformed is an error naming its file and line. Words are
// folded like article text. Immutable once loaded, shared by all threads.
#ifndef FIGCHECK_RULES_DISCOVERY_RULES_H_
#define FIGCHECK_RULES_DISCOVERY_RULES_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <functional>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "checker/rules/word_matcher.h"
#include "checker/util/status.h"

namespace figcheck {

// A set of words looked up by string_view with no string built per lookup
// (discovery asks it about every few characters of a stem).
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

struct DiscoveryTable {
  // Latin-script words (lower-cased) that are never a name on their own.
  std::unordered_set<std::string> not_names;
  std::unique_ptr<RE2> not_name_patterns;  // full match, one alternation: periods and codes (Q3, FY2026)
  // A model code after a listed maker's name makes a product of it
  // (DeepSeek-R1, 輝達H200, Nvidia B200): full matches of `model_codes` that
  // match no `not_model_codes` (Q3, FY2026), with `model_tiers` after (Pro, Max).
  std::unique_ptr<RE2> model_codes;      // one alternation of the file's list; null: none
  std::unique_ptr<RE2> not_model_codes;
  WordMatcher model_tiers;  // payload 0
  std::unordered_set<std::string> corporate_suffixes;   // lower-cased: Inc, Corp, Group
  std::unordered_set<std::string> joiners;              // of, for: inside a name after a joined head
  std::unordered_set<std::string> joined_heads;         // lower-cased: Bank (of America)
  WordMatcher exchanges;      // payload 0: NASDAQ, NYSE before a ticker in brackets
  WordMatcher person_titles;  // payload 0: CEO, 執行長 next to a person's name
  WordMatcher source_before;  // payload 0: 據, according to: a name after one is a cited source
  WordMatcher source_after;   // payload 0: 報導, 記者, reported: a name before one is a cited source
  // Chinese organisation names.
  WordMatcher organisation_suffixes;  // payload: the suffix's length in code points
  WordMatcher place_organisation_suffixes;  // payload 0: 縣政府, 大學: a place's organisation
  WordMatcher stem_breaks;            // payload 0
  int stem_min_chars = 2;
  int stem_max_chars = 4;
  // The lexicon (empty when no lexicon file was found).
  std::string lexicon_path;
  WordMatcher lexicon_organisations;             // payload 0: words tagged as organisations
  WordSet common_words;  // folded words a stem must not hold
  WordSet place_words;   // the common words that are place names (花蓮, 台北)
  // The English word list (lower-case entries only): a capitalised word that is
  // one (Agent, Energy, Podcast) names no one on its own.
  std::string english_words_path;
  std::unordered_set<std::string> english_words;

  bool IsNotName(std::string_view word) const;    // case-insensitive, or a not-name pattern
  bool IsCorporateSuffix(std::string_view word) const;
  bool IsModelCode(std::string_view word) const;
  bool IsCommonWord(std::string_view folded) const { return common_words.find(folded) != common_words.end(); }
  // Holds a common word of two or more characters anywhere (國內電動, 智慧代理人).
  // With `places_allowed`, place names do not count (花蓮縣政府).
  bool HoldsCommonWord(std::string_view folded, bool places_allowed = false) const;
  bool IsEnglishWord(std::string_view word) const;  // case-insensitive
};

Result<DiscoveryTable> LoadDiscoveryTable(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_DISCOVERY_RULES_H_
