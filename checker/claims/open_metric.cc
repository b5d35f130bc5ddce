#include "checker/claims/open_metric.h"

#include <algorithm>

#include "checker/text/normalize.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

size_t SkipSpacesBack(std::string_view text, size_t p, size_t floor) {
  while (p > floor && text[p - 1] == ' ') --p;
  return p;
}

}  // namespace

bool OverlapsNameOrFigure(size_t b, size_t e, const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities) {
  for (const Mention& m : mentions) {
    if (m.begin < e && b < m.end) return true;
  }
  auto it = FirstQuantityAt(quantities, b);
  if (it != quantities.end() && it->begin < e) return true;
  return it != quantities.begin() && std::prev(it)->end > b;
}

size_t HanWordsBefore(std::string_view text, size_t end, size_t floor, const WordMatcher& breaks, int min_chars,
                      int max_chars, const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities) {
  size_t b = end;
  int chars = 0;
  size_t len = 0;
  while (b > floor && chars < max_chars) {
    const size_t prev = utf8::PrevStart(text, b);
    if (!utf8::IsHan(utf8::Decode(text, prev, &len)) || OverlapsNameOrFigure(prev, b, mentions, quantities)) break;
    if (breaks.MatchEndingAt(text, b)) break;
    b = prev;
    ++chars;
  }
  return chars < min_chars ? std::string::npos : b;
}

std::string OpenMetricBefore(std::string_view text, const Quantity& q, size_t clause_begin, const MetricTable& metrics,
                             const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities) {
  const auto& dims = metrics.open_dimensions;
  if (std::find(dims.begin(), dims.end(), q.dimension) == dims.end()) return "";
  // The link words right before the figure (總計達, reached about).
  size_t p = SkipSpacesBack(text, q.begin, clause_begin);
  bool linked = false;
  for (int n = 0; n < 3 && p > clause_begin; ++n) {
    auto link = metrics.open_links.MatchEndingAt(text, p);
    if (!link || p - link->length < clause_begin) break;
    p = SkipSpacesBack(text, p - link->length, clause_begin);
    linked = true;
  }
  if (!linked || p <= clause_begin) return "";
  size_t len = 0;
  const size_t last = utf8::PrevStart(text, p);
  if (utf8::IsHan(utf8::Decode(text, last, &len))) {
    // 出口訂單: the last few Han characters, stopping at a name, a figure or a break word.
    const size_t b = HanWordsBefore(text, p, clause_begin, metrics.open_breaks, metrics.open_min_chars,
                                    metrics.open_max_chars, mentions, quantities);
    if (b == std::string::npos) return "";
    return std::string(MetricTable::kOpenPrefix) + std::string(text.substr(b, p - b));
  }
  // "export orders reached": one or two lower-case words, no stop word.
  std::vector<std::string_view> words;
  size_t e = p;
  while (words.size() < 2 && e > clause_begin) {
    size_t b = e;
    while (b > clause_begin && utf8::IsAsciiAlpha(text[b - 1])) --b;
    const std::string_view w = text.substr(b, e - b);
    if (w.size() < 3 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
        metrics.open_stop_words.count(std::string(w)) || OverlapsNameOrFigure(b, e, mentions, quantities)) {
      break;
    }
    words.insert(words.begin(), w);
    if (b == clause_begin || text[b - 1] != ' ') break;
    e = b - 1;
  }
  if (words.empty()) return "";
  std::string key = MetricTable::kOpenPrefix;
  for (size_t i = 0; i < words.size(); ++i) key += (i ? " " : "") + std::string(words[i]);
  return key;
}

std::string TopicMetricOfClause(const std::vector<Quantity>& quantities, const std::vector<Mention>& cues,
                                size_t clause_begin, size_t clause_end, Dimension dimension, const MetricTable& table) {
  for (auto it = FirstQuantityAt(quantities, clause_begin); it != quantities.end() && it->begin < clause_end; ++it) {
    if (it->is_claim && it->dimension != Dimension::kDate) return "";  // the clause has a figure: the cue is its
  }
  std::string out;
  for (const auto& cue : cues) {
    if (cue.begin < clause_begin || cue.end > clause_end) continue;
    for (const auto& [metric, required] : table.cue_uses[cue.index]) {
      const MetricRule& m = table.metrics[metric];
      if (required || m.has_requires || m.dimension != dimension) continue;
      out = m.id;  // the last such cue in the clause wins
    }
  }
  return out;
}

}  // namespace figcheck
