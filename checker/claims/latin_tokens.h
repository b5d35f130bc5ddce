// LatinTokens: the Latin-script words of a text and what their capitals say.
//
// Contract: TokenizeLatin() walks normalised text once and returns every
// Latin-script word (letters and digits, with &, - or . inside: S&P, GPT-5.2)
// that is not part of an address (a URL, a file, an e-mail), in text order,
// each with: whether it holds a capital, whether it is marked (a capital past
// its first letter or a digit: CoreWeave, BYD, H200), whether it stands in
// Chinese text, and whether it opens a sentence, a title-cased line or a
// label ("What Happened:"), where a capital says nothing. Evidenced() tells
// whether the text writes a plainly capitalised word mid-sentence somewhere
// and never in lower case: in English, the evidence that it is a name.
// `name` is left false for the caller (entity_discovery.cc) to decide.
#ifndef FIGCHECK_CLAIMS_LATIN_TOKENS_H_
#define FIGCHECK_CLAIMS_LATIN_TOKENS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace figcheck {

struct LatinToken {
  size_t begin = 0, end = 0;
  bool capitalised = false;
  bool marked = false;
  bool han_context = false;
  bool initial = false;
  bool name = false;  // the caller's verdict
};

struct LatinTokens {
  struct Evidence {
    int mid_capitalised = 0;
    int lower = 0;
  };
  std::vector<LatinToken> tokens;
  std::unordered_map<std::string, Evidence> evidence;  // lower-cased plainly capitalised words

  bool Evidenced(std::string_view word) const;
};

LatinTokens TokenizeLatin(std::string_view text);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_LATIN_TOKENS_H_
