#include "checker/claims/figure_subject.h"

#include <algorithm>

#include "checker/claims/open_metric.h"
#include "checker/quantity/conversion.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

// The first level metric a cue names, or nullptr.
const MetricRule* LevelMetricOf(const Mention& cue, const MetricTable& table) {
  for (const auto& [index, required] : table.cue_uses[cue.index]) {
    const MetricRule& m = table.metrics[index];
    if (required || m.has_requires || m.change || m.of_a_whole || !m.compare || m.dimension == Dimension::kDate) {
      continue;
    }
    return &m;
  }
  return nullptr;
}

// The cue's first plain metric is a level that is never compared (price, deal value).
bool NamesAnUncomparedLevel(const Mention& cue, const MetricTable& table) {
  for (const auto& [index, required] : table.cue_uses[cue.index]) {
    const MetricRule& m = table.metrics[index];
    if (required || m.has_requires || m.change || m.dimension == Dimension::kDate) continue;
    return !m.compare;
  }
  return false;
}

// Cues stand near what they name: a window keeps a one-line 50 MB "sentence"
// linear. The first cue at or after the window's start before `pos`.
constexpr size_t kReach = 600;  // bytes
std::vector<Mention>::const_iterator FirstCueFrom(const std::vector<Mention>& cues, size_t sentence_begin,
                                                  size_t pos) {
  const size_t from = std::max(sentence_begin, pos > kReach ? pos - kReach : 0);
  return std::lower_bound(cues.begin(), cues.end(), from, [](const Mention& m, size_t p) { return m.begin < p; });
}

bool IsLatinLetter(char c) { return utf8::IsAsciiAlpha(c) || c == '-'; }

// Up to three Latin words from `p` on (an article skipped), none a stop word.
std::string LatinWordsAfter(std::string_view text, size_t p, size_t end, const MetricTable& table) {
  std::string out;
  int words = 0;
  while (p < end && words < 3) {
    while (p < end && text[p] == ' ') ++p;
    size_t e = p;
    while (e < end && IsLatinLetter(text[e])) ++e;
    if (e == p) break;
    const std::string word = utf8::AsciiLower(text.substr(p, e - p));
    if (table.share_stop_words.count(word)) {
      if (words == 0 && (word == "the" || word == "its" || word == "their")) {
        p = e;
        continue;
      }
      break;
    }
    out += (words++ ? " " : "") + word;
    p = e;
  }
  return out;
}

// Up to three Latin words ending at `e` (not before `floor`), none a stop word.
std::string LatinWordsBefore(std::string_view text, size_t e, size_t floor, const MetricTable& table) {
  std::string out;
  for (int words = 0; words < 3; ++words) {
    while (e > floor && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > floor && IsLatinLetter(text[b - 1])) --b;
    if (b == e) break;
    const std::string word = utf8::AsciiLower(text.substr(b, e - b));
    if (table.share_stop_words.count(word)) break;
    out = word + (out.empty() ? "" : " " + out);
    e = b;
  }
  return out;
}

// Up to max_chars Han characters from `p` on, stopping at a figure or a break word.
std::string HanWordsAfter(std::string_view text, size_t p, size_t end, const MetricTable& table,
                          const std::vector<Quantity>& quantities) {
  const size_t begin = p;
  size_t len = 0;
  for (int chars = 0; p < end && chars < table.share_max_chars; ++chars) {
    if (!utf8::IsHan(utf8::Decode(text, p, &len)) || table.open_breaks.MatchAt(text, p)) break;
    if (OverlapsNameOrFigure(p, p + len, {}, quantities)) break;
    p += len;
  }
  return std::string(text.substr(begin, p - begin));
}

bool HoldsWord(std::string_view name, const WordMatcher& words) {
  for (size_t p = 0; p < name.size(); ++p) {
    if (words.MayStartAt(name, p) && words.MatchAt(name, p)) return true;
  }
  return false;
}

bool IsHanAt(std::string_view text, size_t p) {
  size_t len = 0;
  return p < text.size() && utf8::IsHan(utf8::Decode(text, p, &len));
}

// The part without a metric's cue at its end (先進製程收入: 先进制程), so the
// same part meets however the whole is named; "" when only a cue was read (收入).
std::string WithoutTrailingCue(std::string name, const MetricTable& table) {
  if (name.empty() || static_cast<unsigned char>(name.back()) < 0x80) return name;  // Latin parts are kept whole
  if (auto cue = table.cues.MatchEndingAt(name, name.size()); cue && cue->length <= name.size()) {
    name.resize(name.size() - cue->length);
  }
  return utf8::CountCodePoints(name) < 2 ? "" : name;
}

}  // namespace

ChangedMetric ChangedMetricOf(std::string_view text, const Quantity& q, size_t sentence_begin,
                              const std::vector<Mention>& cues, const std::vector<Quantity>& quantities,
                              const MetricTable& table) {
  const MetricRule* level = nullptr;
  for (auto it = FirstCueFrom(cues, sentence_begin, q.begin); it != cues.end(); ++it) {
    const Mention& cue = *it;
    if (cue.end > q.number_begin) break;
    if (const MetricRule* m = LevelMetricOf(cue, table)) level = m;
    // "average price per ad increased 6%": a nearer level too generic to
    // compare (a price) is what changed, and what it is of is unknown.
    else if (NamesAnUncomparedLevel(cue, table)) level = nullptr;
  }
  if (level == nullptr) return {};
  if (level->dimension != Dimension::kCurrency) return {level->id, ""};
  auto it = FirstQuantityAt(quantities, q.begin);
  while (it != quantities.begin() && (--it)->begin >= sentence_begin) {
    if (!it->is_claim || it->dimension != Dimension::kCurrency) continue;
    if (it != quantities.begin() && RestatesInParentheses(text, *std::prev(it), *it)) continue;
    return {level->id, it->unit};
  }
  return {};
}

SharePart SharePartOf(std::string_view text, const Quantity& q, size_t clause_begin, size_t clause_end,
                      const MetricTable& table, const std::vector<Quantity>& quantities) {
  // 5納米和7納米的收入佔比分別為35%和14%, "35% and 14%, respectively": a list
  // pairs parts and shares in order, which one part read cannot say. The word
  // may open the next clause ("…, respectively").
  constexpr size_t kNextClause = 20;  // bytes: ", respectively"
  constexpr size_t kListReach = 120;  // bytes either side: a one-line 50 MB clause stays linear
  const size_t list_begin = std::max(clause_begin, q.begin > kListReach ? q.begin - kListReach : 0);
  const size_t list_end = std::min({text.size(), clause_end + kNextClause, q.end + kListReach});
  for (size_t p = list_begin; p < list_end; ++p) {
    if (table.share_list_words.MayStartAt(text, p) && table.share_list_words.MatchAt(text, p)) return {};
  }
  // After the figure: 約60%至80%用在先進製程技術; 70% of its capex will go to …
  constexpr size_t kReach = 48;  // bytes: 的資本支出將 or " of the budget will"
  const size_t reach = std::min(clause_end, q.end + kReach);
  for (size_t p = q.end; p < reach; ++p) {
    if (!table.share_verbs_after.MayStartAt(text, p)) continue;
    const auto verb = table.share_verbs_after.MatchAt(text, p);
    if (!verb) continue;
    size_t b = p + verb->length;
    while (b < clause_end && text[b] == ' ') ++b;
    std::string name = IsHanAt(text, b) ? HanWordsAfter(text, b, clause_end, table, quantities)
                                        : LatinWordsAfter(text, b, clause_end, table);
    if (utf8::CountCodePoints(name) < 2 || HoldsWord(name, table.share_han_stops)) return {};
    const size_t end = std::min(clause_end, b + name.size());
    name = WithoutTrailingCue(std::move(name), table);
    if (name.empty()) return {};
    return {std::move(name), b, end, p, p + verb->length};
  }
  // Before it: HPC佔營收比重58%; smartphones accounted for 29% of revenue.
  constexpr size_t kBack = 90;  // bytes
  std::optional<WordMatcher::Match> last;
  size_t at = 0;
  for (size_t p = std::max(clause_begin, q.begin > kBack ? q.begin - kBack : 0); p < q.begin; ++p) {
    if (!table.share_verbs_before.MayStartAt(text, p)) continue;
    if (auto verb = table.share_verbs_before.MatchAt(text, p); verb && p + verb->length <= q.begin) {
      last = verb;
      at = p;
    }
  }
  if (!last) return {};
  size_t e = at;
  while (e > clause_begin && text[e - 1] == ' ') --e;
  std::string name;
  if (e > clause_begin && IsHanAt(text, utf8::PrevStart(text, e))) {
    const size_t b = HanWordsBefore(text, e, clause_begin, table.open_breaks, 2, table.share_max_chars, {}, quantities);
    if (b != std::string::npos) name = std::string(text.substr(b, e - b));
  } else {
    name = LatinWordsBefore(text, e, clause_begin, table);
  }
  if (utf8::CountCodePoints(name) < 2 || HoldsWord(name, table.share_han_stops)) return {};
  const size_t begin = e - name.size();
  name = WithoutTrailingCue(std::move(name), table);
  if (name.empty()) return {};
  return {std::move(name), begin, e, at, at + last->length};
}

std::string WholeOfShare(const Quantity& q, size_t sentence_begin, size_t clause_begin, size_t clause_end,
                         const SharePart& part, const std::string& earlier_whole, const std::vector<Mention>& cues,
                         const MetricTable& table) {
  const MetricRule* nearest = nullptr;
  size_t best = std::string::npos;
  const MetricRule* before_clause = nullptr;
  const MetricRule* inside_part = nullptr;
  for (auto it = FirstCueFrom(cues, sentence_begin, q.begin); it != cues.end(); ++it) {
    const Mention& cue = *it;
    if (cue.begin >= clause_end || cue.begin > q.end + kReach) break;
    const MetricRule* m = LevelMetricOf(cue, table);
    if (m == nullptr) continue;
    if (cue.begin < part.end && part.begin < cue.end) {
      inside_part = m;
      continue;
    }
    // The verb is no whole (投入), nor is a cue past a verb after the figure: it is the part's.
    if (cue.begin < part.verb_end && part.verb_begin < cue.end) continue;
    if (part.verb_begin > q.end && cue.begin >= part.verb_begin) continue;
    if (cue.begin < clause_begin) {
      before_clause = m;
      continue;
    }
    const size_t distance = cue.end <= q.begin ? q.begin - cue.end : cue.begin >= q.end ? cue.begin - q.end : 0;
    if (distance < best) {
      best = distance;
      nearest = m;
    }
  }
  if (nearest != nullptr) return nearest->id;
  if (!earlier_whole.empty()) return earlier_whole;
  const MetricRule* whole = before_clause != nullptr ? before_clause : inside_part;
  return whole == nullptr ? "" : whole->id;
}

}  // namespace figcheck
