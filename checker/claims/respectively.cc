#include "checker/claims/respectively.h"

#include <algorithm>

namespace figcheck {
namespace {

// Only list joiners stand in [b, e): 58.6%、49.6%和42.7%; $1 billion and $2 billion.
bool JoinsAList(std::string_view text, size_t b, size_t e) {
  static constexpr std::string_view kJoiners[] = {" ", ",", "、", "和", "与", "及", "and"};
  while (b < e) {
    bool moved = false;
    for (std::string_view j : kJoiners) {
      if (text.substr(b, j.size()) == j && b + j.size() <= e) {
        b += j.size();
        moved = true;
        break;
      }
    }
    if (!moved) return false;
  }
  return true;
}

bool IsListWordAt(std::string_view text, size_t p, const MetricTable& table) {
  return table.share_list_words.MayStartAt(text, p) && table.share_list_words.MatchAt(text, p).has_value();
}

// A list word ends within a few bytes before `pos` (分別為, 分別是) or starts
// within a few after it (", respectively").
bool ListWordNear(std::string_view text, size_t before, size_t after, size_t sb, size_t se, const MetricTable& table) {
  constexpr size_t kReach = 12;  // bytes: 分別為 / 分別是 / ", "
  for (size_t p = before > sb + kReach ? before - kReach : sb; p < before; ++p) {
    if (IsListWordAt(text, p, table)) return true;
  }
  for (size_t p = after; p < std::min(se, after + kReach); ++p) {
    if (IsListWordAt(text, p, table)) return true;
  }
  return false;
}

// The metric a cue names for figures of `dimension` (no `requires` word), or -1.
int MetricOfCue(const Mention& cue, Dimension dimension, const MetricTable& table) {
  for (const auto& [index, required] : table.cue_uses[cue.index]) {
    const MetricRule& m = table.metrics[index];
    if (!required && !m.has_requires && m.dimension == dimension) return index;
  }
  return -1;
}

}  // namespace

int PairedMetric(std::string_view text, const Quantity& q, size_t sentence_begin, size_t sentence_end,
                 const std::vector<Mention>& cues, const std::vector<Quantity>& quantities, const MetricTable& table) {
  // Windows keep a one-line 50 MB "sentence" linear: a list is short.
  constexpr size_t kRunReach = 400;   // bytes either side of the figure where its run may stand
  constexpr size_t kCueReach = 300;   // bytes before the run where its metrics' cues stand
  const size_t from = std::max(sentence_begin, q.begin > kRunReach ? q.begin - kRunReach : 0);
  std::vector<const Quantity*> run;
  const size_t to = std::min(sentence_end, q.end + kRunReach);
  for (auto it = FirstQuantityAt(quantities, from); it != quantities.end() && it->begin < to; ++it) {
    if (!it->is_claim || it->dimension != q.dimension) continue;
    if (!run.empty() && !JoinsAList(text, run.back()->end, it->begin)) {
      if (run.back()->begin >= q.begin) break;  // the run holding q has ended
      run.clear();
    }
    run.push_back(&*it);
  }
  auto at = std::find_if(run.begin(), run.end(), [&](const Quantity* r) { return r->begin == q.begin; });
  if (run.size() < 2 || at == run.end()) return -1;
  if (!ListWordNear(text, run.front()->begin, run.back()->end, sentence_begin, sentence_end, table)) return -1;
  // The last N cues of metrics of the figure's dimension before the run.
  const size_t cue_floor = std::max(sentence_begin, run.front()->begin > kCueReach ? run.front()->begin - kCueReach : 0);
  auto first = std::lower_bound(cues.begin(), cues.end(), cue_floor,
                                [](const Mention& m, size_t pos) { return m.begin < pos; });
  std::vector<int> metrics;
  for (auto c = first; c != cues.end() && c->end <= run.front()->begin; ++c) {
    const int m = MetricOfCue(*c, q.dimension, table);
    if (m >= 0) metrics.push_back(m);
  }
  if (metrics.size() < run.size()) return -1;
  metrics.erase(metrics.begin(), metrics.end() - static_cast<long>(run.size()));
  std::vector<int> sorted = metrics;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) return -1;  // one metric twice: unclear
  return metrics[at - run.begin()];
}

}  // namespace figcheck
