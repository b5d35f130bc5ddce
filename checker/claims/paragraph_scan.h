// ParagraphScan: the words of one paragraph that attribution reads.
//
// Contract: ScanParagraph() finds, in one pass over [begin, end) of the
// normalised text, every entity name, anaphor, metric cue and aspect word of
// the rule book, each list in text order and non-overlapping on its own
// (longest match first). Words of `not_anaphors` (其中 holds 其) hide the
// anaphor inside them. No cue starts inside a date (2024年耗電量 holds the
// cue 耗電量, not 年耗電量 "a year's use"). Within() cuts a list to a span.
#ifndef FIGCHECK_CLAIMS_PARAGRAPH_SCAN_H_
#define FIGCHECK_CLAIMS_PARAGRAPH_SCAN_H_

#include <string_view>
#include <utility>
#include <vector>

#include "checker/rules/rulebook.h"

namespace figcheck {

struct Mention {
  size_t begin = 0, end = 0;
  int index = 0;  // entity index, or cue index, or aspect index
};

struct ParagraphScan {
  std::vector<Mention> entities;
  std::vector<Mention> anaphors;
  std::vector<Mention> cues;
  std::vector<Mention> aspects;
};

// `dates`: the byte spans of the paragraph's dates, in text order.
// `document_entities`: when given, the document's entity mentions
// (entity_discovery.h, in text order), which `entities` is cut from instead
// of matching the rule book's aliases again.
ParagraphScan ScanParagraph(std::string_view text, size_t begin, size_t end, const Rulebook& rules,
                            const std::vector<std::pair<size_t, size_t>>& dates,
                            const std::vector<Mention>* document_entities = nullptr);

// The mentions of `all` (in text order) that lie within [begin, end).
std::vector<Mention> Within(const std::vector<Mention>& all, size_t begin, size_t end);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_PARAGRAPH_SCAN_H_
