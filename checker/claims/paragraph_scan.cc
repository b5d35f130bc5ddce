#include "checker/claims/paragraph_scan.h"

#include <algorithm>
#include <array>

#include "checker/rules/lane_scan.h"

namespace figcheck {

ParagraphScan ScanParagraph(std::string_view text, size_t begin, size_t end, const Rulebook& rules,
                            const std::vector<std::pair<size_t, size_t>>& dates,
                            const std::vector<Mention>* document_entities) {
  ParagraphScan out;
  // Entity names are matched once per document when the document's are given.
  const WordMatcher* names = document_entities == nullptr ? &rules.entities.aliases : nullptr;
  std::array<std::vector<Mention>*, 4> found{&out.entities, &out.anaphors, &out.cues, &out.aspects};
  auto date = dates.begin();
  ScanLanes<4>(text, begin, end, {names, &rules.entities.anaphors, &rules.metrics.cues, &rules.metrics.aspect_words},
               [&](size_t lane, size_t pos, const WordMatcher::Match& m) {
                 if (pos + m.length > end) return false;
                 if (found[lane] == &out.cues) {
                   while (date != dates.end() && date->second <= pos) ++date;
                   if (date != dates.end() && date->first <= pos) return false;  // no cue inside a date
                 }
                 if (lane == 0 && rules.entities.InsideNotAlias(text, pos, pos + m.length)) return true;
                 const bool not_anaphor = found[lane] == &out.anaphors && m.payload == EntityTable::kNotAnaphor;
                 if (!not_anaphor) found[lane]->push_back({pos, pos + m.length, m.payload});
                 return true;
               },
               &rules.paragraph_starts);
  if (document_entities != nullptr) out.entities = Within(*document_entities, begin, end);
  return out;
}

std::vector<Mention> Within(const std::vector<Mention>& all, size_t begin, size_t end) {
  auto it = std::lower_bound(all.begin(), all.end(), begin, [](const Mention& m, size_t p) { return m.begin < p; });
  std::vector<Mention> out;
  for (; it != all.end() && it->end <= end; ++it) out.push_back(*it);
  return out;
}

}  // namespace figcheck
