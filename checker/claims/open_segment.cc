#include "checker/claims/open_segment.h"

#include "checker/claims/open_metric.h"
#include "checker/util/utf8.h"

namespace figcheck {

std::string OpenSegmentBefore(std::string_view text, size_t cue_begin, size_t clause_begin, const MetricTable& metrics,
                              const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities) {
  if (cue_begin <= clause_begin) return "";
  if (auto marker = metrics.segment_markers.MatchEndingAt(text, cue_begin);
      marker && cue_begin - marker->length >= clause_begin) {
    const size_t marker_begin = cue_begin - marker->length;
    const size_t b = HanWordsBefore(text, marker_begin, clause_begin, metrics.open_breaks, metrics.segment_min_chars,
                                    metrics.segment_max_chars, mentions, quantities);
    return b == std::string::npos ? "" : std::string(text.substr(b, marker_begin - b));
  }
  // "Gaming revenue": one word, a space apart.
  if (text[cue_begin - 1] != ' ') return "";
  const size_t e = cue_begin - 1;
  size_t b = e;
  while (b > clause_begin && (utf8::IsAsciiAlpha(text[b - 1]) || text[b - 1] == '-')) --b;
  if (e - b < 3 || (b > 0 && text[b - 1] != ' ' && b != clause_begin)) return "";  // Nvidia's, Q3: no segment
  const std::string word = utf8::AsciiLower(text.substr(b, e - b));
  if (metrics.segment_stop_words.count(word) || OverlapsNameOrFigure(b, e, mentions, quantities)) return "";
  // "is targeting revenue": a verb after an auxiliary names no line of business.
  size_t pe = b;
  while (pe > clause_begin && text[pe - 1] == ' ') --pe;
  size_t pb = pe;
  while (pb > clause_begin && utf8::IsAsciiAlpha(text[pb - 1])) --pb;
  if (metrics.segment_after_words.count(utf8::AsciiLower(text.substr(pb, pe - pb)))) return "";
  return word;
}

std::string OpenSegmentOfFigure(std::string_view text, const Quantity& q, const std::vector<Mention>& cues,
                                size_t clause_begin, const std::string& metric, const MetricTable& metrics,
                                const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities) {
  const MetricRule* rule = metrics.Find(metric);
  if (rule == nullptr || !(rule->of_a_firm || rule->change)) return "";
  const Mention* cue = nullptr;
  for (const auto& m : cues) {
    if (m.begin < clause_begin || m.end > q.begin) continue;
    for (const auto& [index, required] : metrics.cue_uses[m.index]) {
      if (!required && metrics.metrics[index].of_a_firm) cue = &m;
    }
  }
  if (cue == nullptr) return "";
  return OpenSegmentBefore(text, cue->begin, clause_begin, metrics, mentions, quantities);
}

}  // namespace figcheck
