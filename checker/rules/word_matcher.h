// WordMatcher: longest match of a word list at, or ending at, a position.
//
// Contract: a byte trie over folded words. MatchAt(text, pos) returns the
// longest word starting at pos; MatchEndingAt(text, pos) the longest word
// ending exactly at pos. Words containing Latin letters match ASCII
// case-insensitively unless added as case-sensitive, and a word that begins
// (ends) with a Latin letter or digit only matches where the text has no
// Latin letter just before (after) it: "W" never matches inside "Wh", "one"
// never inside "someone". Each word carries an int payload (an index into
// the caller's table). Linear in the length of the match.
#ifndef FIGCHECK_RULES_WORD_MATCHER_H_
#define FIGCHECK_RULES_WORD_MATCHER_H_

#include <algorithm>
#include <cstddef>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck {

// The prefilter of a word list: which first code points, and which pairs of
// first two code points, some word starts with. Filters merge, so a scan for
// several lists at once can reject a position with one test (lane_scan.h).
class StartFilter {
 public:
  // Bits of the pair table: the rule book's long lists want the default; a
  // list of a few words (one document's names) a small one, cheap to build.
  static constexpr size_t kManyWords = 1 << 18;
  static constexpr size_t kFewWords = 1 << 14;
  explicit StartFilter(size_t pair_bits = kManyWords) : pair_mask_(pair_bits - 1), first_pairs_(pair_bits) {}

  void Add(std::string_view folded_word, bool case_sensitive);
  // After Merge this passes wherever `other` does (for tables of one size, no more).
  void Merge(const StartFilter& other);
  bool MayStartWith(char32_t cp) const { return cp >= 0x10000 || first_code_point_[cp]; }
  // Given the first two code points at a position (next is 0 at the end),
  // false when no word can start there. A hashed bitset of every word's first
  // pair, plus the code points that are whole words by themselves.
  bool MayStartWith(char32_t cp, char32_t next) const {
    if (!MayStartWith(cp)) return false;
    if (cp >= 0x10000 || next >= 0x10000 || single_code_point_word_[cp]) return true;
    return first_pairs_[PairHash(Fold(cp), Fold(next))];
  }

 private:
  size_t PairHash(char32_t a, char32_t b) const { return (static_cast<size_t>(a) * 0x9E3779B1u ^ b) & pair_mask_; }
  static char32_t Fold(char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
  // A fixed-size bit set read on every position of every scan: plain words,
  // one shift and mask per test (std::vector<bool>'s proxies cost more).
  class Bits {
   public:
    explicit Bits(size_t n) : words_((n + 63) / 64, 0) {}
    bool operator[](size_t i) const { return (words_[i >> 6] >> (i & 63)) & 1; }
    void Set(size_t i) { words_[i >> 6] |= uint64_t{1} << (i & 63); }
    void Merge(const Bits& other) {
      for (size_t i = 0; i < words_.size() && i < other.words_.size(); ++i) words_[i] |= other.words_[i];
    }
    void SetAll() { std::fill(words_.begin(), words_.end(), ~uint64_t{0}); }

   private:
    std::vector<uint64_t> words_;
  };
  size_t pair_mask_;
  Bits first_code_point_{0x10000};  // BMP code points some word starts with
  Bits single_code_point_word_{0x10000};
  Bits first_pairs_;
};

class WordMatcher {
 public:
  struct Match {
    size_t length = 0;
    int payload = 0;
  };

  // `pair_bits`: StartFilter's pair table (kFewWords for a short list built per document).
  explicit WordMatcher(size_t pair_bits = StartFilter::kManyWords) : starts_(pair_bits) {}

  void Add(std::string_view word, int payload, bool case_sensitive = false);
  std::optional<Match> MatchAt(std::string_view text, size_t pos) const;
  std::optional<Match> MatchEndingAt(std::string_view text, size_t pos) const;
  bool empty() const { return forward_.nodes.size() <= 1; }
  // False when no word can start at text[pos] (a first-code-point prefilter):
  // lets a scan over a whole text skip most positions without the trie.
  bool MayStartAt(std::string_view text, size_t pos) const;
  // The same tests for decoded code points (callers scanning for several
  // matchers at once decode each position once); see StartFilter.
  bool MayStartWith(char32_t cp) const { return starts_.MayStartWith(cp); }
  bool MayStartWith(char32_t cp, char32_t next) const { return starts_.MayStartWith(cp, next); }
  const StartFilter& starts() const { return starts_; }

 private:
  struct Node {
    // Most nodes (the inner bytes of a Han character, the tail of a long
    // word) have one child: it is kept here, with no list to chase.
    int32_t only_child = -1;
    unsigned char only_byte = 0;
    bool case_sensitive = false;
    int payload = -1;  // -1: no word ends here
    std::vector<std::pair<unsigned char, int32_t>> next;  // two children or more, sorted by byte
  };
  struct Trie {
    std::vector<Node> nodes{Node{}};
    // The root's children by byte: most positions of a text fail at the first
    // or second byte, so the first step must cost nothing.
    std::array<int32_t, 256> root{};  // 0: no child (node 0 is the root itself)
    void Insert(std::string_view key, int payload, bool case_sensitive);
    int32_t Step(int32_t node, unsigned char c) const;
  };

  StartFilter starts_;
  Trie forward_;   // words as written (case-insensitive ones lower-cased)
  Trie backward_;  // words reversed, for MatchEndingAt
};

}  // namespace figcheck

#endif  // FIGCHECK_RULES_WORD_MATCHER_H_
