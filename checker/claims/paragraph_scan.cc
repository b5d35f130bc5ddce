#include "checker/claims/paragraph_scan.h"

#include <algorithm>

#include "checker/util/utf8.h"

namespace figcheck {

ParagraphScan ScanParagraph(std::string_view text, size_t begin, size_t end, const Rulebook& rules,
                            const std::vector<std::pair<size_t, size_t>>& dates,
                            const std::vector<Mention>* document_entities) {
  ParagraphScan out;
  struct Lane {
    const WordMatcher* matcher;
    std::vector<Mention>* found;
    size_t next = 0;  // each list is non-overlapping on its own
  };
  Lane lanes[] = {{&rules.entities.aliases, &out.entities}, {&rules.entities.anaphors, &out.anaphors},
                  {&rules.metrics.cues, &out.cues}, {&rules.metrics.aspect_words, &out.aspects}};
  auto date = dates.begin();
  size_t len = 0;
  char32_t cp = begin < end ? utf8::Decode(text, begin, &len) : 0;
  for (size_t pos = begin; pos < end;) {
    size_t next_len = 0;
    const char32_t next = pos + len < end ? utf8::Decode(text, pos + len, &next_len) : 0;
    while (date != dates.end() && date->second <= pos) ++date;
    const bool in_date = date != dates.end() && date->first <= pos;
    for (Lane& lane : lanes) {
      if (document_entities != nullptr && lane.found == &out.entities) continue;  // matched once per document
      if (pos < lane.next || !lane.matcher->MayStartWith(cp, next)) continue;
      if (in_date && lane.found == &out.cues) continue;
      if (auto m = lane.matcher->MatchAt(text, pos); m && pos + m->length <= end) {
        const bool not_anaphor = lane.found == &out.anaphors && m->payload == EntityTable::kNotAnaphor;
        if (!not_anaphor) lane.found->push_back({pos, pos + m->length, m->payload});
        lane.next = pos + m->length;
      }
    }
    pos += len;
    cp = next;
    len = next_len;
  }
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
