#include "checker/rules/word_matcher.h"

#include <algorithm>

#include "checker/util/utf8.h"

namespace figcheck {
namespace {

bool IsLatin(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
unsigned char Lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c; }

}  // namespace

int32_t WordMatcher::Trie::Step(int32_t node, unsigned char c) const {
  if (node == 0) return root[c] > 0 ? root[c] : -1;
  const Node& n = nodes[node];
  if (n.only_child >= 0) return n.only_byte == c ? n.only_child : -1;
  const auto& next = n.next;
  // By the byte alone: comparing whole pairs cost a third of this function.
  auto it = std::lower_bound(next.begin(), next.end(), c, [](const auto& e, unsigned char b) { return e.first < b; });
  return it != next.end() && it->first == c ? it->second : -1;
}

void WordMatcher::Trie::Insert(std::string_view key, int payload, bool case_sensitive) {
  int32_t node = 0;
  for (unsigned char c : key) {
    int32_t child = Step(node, c);
    if (child < 0) {
      child = static_cast<int32_t>(nodes.size());
      nodes.push_back(Node{});
      Node& parent = nodes[node];
      if (node == 0) {
        root[c] = child;
      } else if (parent.only_child < 0 && parent.next.empty()) {
        parent.only_byte = c;  // a first child is kept in the node itself
        parent.only_child = child;
      } else {
        if (parent.only_child >= 0) {  // a second child: both go to the sorted list
          parent.next.emplace_back(parent.only_byte, parent.only_child);
          parent.only_child = -1;
        }
        auto& next = parent.next;
        next.insert(std::lower_bound(next.begin(), next.end(), std::make_pair(c, INT32_MIN)), {c, child});
      }
    }
    node = child;
  }
  if (nodes[node].payload < 0) {  // first definition wins, so rule order is meaningful
    nodes[node].payload = payload;
    nodes[node].case_sensitive = case_sensitive;
  }
}

void StartFilter::Add(std::string_view key, bool case_sensitive) {
  // The first code point, in both cases for a Latin letter of a word that ignores case.
  if (key.empty()) return;
  size_t len = 0;
  const char32_t cp = utf8::Decode(key, 0, &len);
  if (cp >= 0x10000) return;  // outside the BMP every position passes
  const bool both_cases = !case_sensitive && cp >= 'a' && cp <= 'z';
  first_code_point_.Set(cp);
  if (both_cases) first_code_point_.Set(cp - 32);
  if (len == key.size()) {
    single_code_point_word_.Set(cp);
    if (both_cases) single_code_point_word_.Set(cp - 32);
    return;
  }
  size_t len2 = 0;
  const char32_t next = utf8::Decode(key, len, &len2);
  if (next < 0x10000) first_pairs_.Set(PairHash(Fold(cp), Fold(next)));
}

void StartFilter::Merge(const StartFilter& other) {
  first_code_point_.Merge(other.first_code_point_);
  single_code_point_word_.Merge(other.single_code_point_word_);
  // Tables of two sizes hash apart: the merged filter then passes every pair.
  if (other.pair_mask_ == pair_mask_) {
    first_pairs_.Merge(other.first_pairs_);
  } else {
    first_pairs_.SetAll();
  }
}

void WordMatcher::Add(std::string_view word, int payload, bool case_sensitive) {
  std::string key(word);
  if (!case_sensitive) std::transform(key.begin(), key.end(), key.begin(), Lower);
  forward_.Insert(key, payload, case_sensitive);
  starts_.Add(key, case_sensitive);
  std::reverse(key.begin(), key.end());
  backward_.Insert(key, payload, case_sensitive);
}

bool WordMatcher::MayStartAt(std::string_view text, size_t pos) const {
  const auto c = static_cast<unsigned char>(text[pos]);
  if ((c & 0xC0) == 0x80) return false;  // a continuation byte starts nothing
  size_t len = 0;
  return starts_.MayStartWith(utf8::Decode(text, pos, &len));
}

std::optional<WordMatcher::Match> WordMatcher::MatchAt(std::string_view text, size_t pos) const {
  if (pos > 0 && IsLatin(text[pos - 1]) && pos < text.size() && IsLatin(text[pos])) return std::nullopt;
  std::optional<Match> best;
  // Walk two paths at once: exact bytes (case-sensitive words) and lower-cased bytes.
  int32_t exact = 0, folded = 0;
  for (size_t i = pos; i < text.size() && (exact >= 0 || folded >= 0); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool same_path = exact == folded;
    exact = exact >= 0 ? forward_.Step(exact, c) : -1;
    folded = same_path && Lower(c) == c ? exact : (folded >= 0 ? forward_.Step(folded, Lower(c)) : -1);
    const bool boundary = i + 1 >= text.size() || !IsLatin(static_cast<unsigned char>(text[i + 1])) ||
                          !IsLatin(c);
    if (!boundary) continue;
    if (exact >= 0 && forward_.nodes[exact].payload >= 0 && forward_.nodes[exact].case_sensitive) {
      best = Match{i + 1 - pos, forward_.nodes[exact].payload};
    } else if (folded >= 0 && forward_.nodes[folded].payload >= 0 && !forward_.nodes[folded].case_sensitive) {
      best = Match{i + 1 - pos, forward_.nodes[folded].payload};
    }
  }
  return best;
}

std::optional<WordMatcher::Match> WordMatcher::MatchEndingAt(std::string_view text, size_t pos) const {
  if (pos < text.size() && pos > 0 && IsLatin(text[pos]) && IsLatin(text[pos - 1])) return std::nullopt;
  std::optional<Match> best;
  int32_t exact = 0, folded = 0;
  for (size_t i = pos; i > 0 && (exact >= 0 || folded >= 0); --i) {
    const auto c = static_cast<unsigned char>(text[i - 1]);
    const bool same_path = exact == folded;
    exact = exact >= 0 ? backward_.Step(exact, c) : -1;
    folded = same_path && Lower(c) == c ? exact : (folded >= 0 ? backward_.Step(folded, Lower(c)) : -1);
    const bool boundary = i - 1 == 0 || !IsLatin(static_cast<unsigned char>(text[i - 2])) || !IsLatin(c);
    if (!boundary) continue;
    if (exact >= 0 && backward_.nodes[exact].payload >= 0 && backward_.nodes[exact].case_sensitive) {
      best = Match{pos - (i - 1), backward_.nodes[exact].payload};
    } else if (folded >= 0 && backward_.nodes[folded].payload >= 0 && !backward_.nodes[folded].case_sensitive) {
      best = Match{pos - (i - 1), backward_.nodes[folded].payload};
    }
  }
  return best;
}

}  // namespace figcheck
