#include "checker/claims/entity_discovery.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "checker/claims/latin_tokens.h"
#include "checker/claims/product_names.h"
#include "checker/rules/lane_scan.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

struct Span {
  size_t begin = 0, end = 0;
};

struct Hit {
  size_t begin = 0, end = 0;
  int payload = 0;
};

class Discoverer {
 public:
  Discoverer(std::string_view text, const std::vector<Quantity>& quantities, const Rulebook& rules)
      : text_(text), quantities_(quantities), rules_(rules), d_(rules.discovery) {
    out_.base = static_cast<int>(rules.entities.entities.size());
  }

  DocumentEntities Run() {
    ScanWords();
    AddProducts();
    FindChineseStems();
    FindLexiconNames();
    BuildAliasMatcher();
    latin_ = TokenizeLatin(text_);
    for (LatinToken& t : latin_.tokens) t.name = IsNameWord(t);
    FindLatinNames();
    LearnBracketAliases();
    LinkSurnames();
    MentionEverywhere();
    for (const auto& [index, alias, how] : learned_) out_.learned.push_back({NameOf(Find(index)), alias, how});
    return std::move(out_);
  }

 private:
  // ---- spans that are not ours: rule-book aliases and figures ----------
  // Rule-book aliases (not ours), organisation suffixes and lexicon words, in one pass.
  void ScanWords() {
    std::vector<Hit> known;
    std::array<std::vector<Hit>*, 3> hits{&known, &suffix_hits_, &lexicon_hits_};
    ScanLanes<3>(text_, 0, text_.size(), {&rules_.entities.aliases, &d_.organisation_suffixes, &d_.lexicon_organisations},
                 [&](size_t lane, size_t pos, const WordMatcher::Match& m) {
                   hits[lane]->push_back({pos, pos + m.length, m.payload});
                   return true;
                 },
                 &rules_.discovery_starts);
    for (const Hit& h : known) {
      if (rules_.entities.InsideNotAlias(text_, h.begin, h.end)) continue;  // 报道指出 holds no Dow
      // DeepSeek-R1, 輝達H200: a listed maker's name with a model code is a
      // product of it, whose span is no mention of the maker.
      const EntityRule& maker = rules_.entities.entities[static_cast<size_t>(h.payload)];
      if (auto product = ReadProductOf(text_, h.begin, h.end, maker, d_); product && !InFigure(h.end, product->end)) {
        products_.push_back({*product, maker.name});
        continue;
      }
      known_.push_back({h.begin, h.end});
      known_index_.push_back(h.payload);
    }
  }

  void AddProducts() {
    for (const auto& [product, maker] : products_) {
      const std::string written(text_.substr(product.begin, product.end - product.begin));
      const int entity = AddEntity(product.canonical, "product", "a product of " + maker + " ('" + written + "')");
      out_.entities[static_cast<size_t>(entity - out_.base)].rule.of = maker;
      marked_.insert(entity);
      AddAlias(written, entity);
      AddAlias(product.canonical, entity);
    }
  }

  // Index into known_ of the alias covering [b, e) partly, or -1.
  int KnownOverlapping(size_t b, size_t e) const {
    auto it = std::upper_bound(known_.begin(), known_.end(), b, [](size_t p, const Span& s) { return p < s.end; });
    return it != known_.end() && it->begin < e ? static_cast<int>(it - known_.begin()) : -1;
  }
  int KnownEndingAt(size_t p) const {
    auto it = std::lower_bound(known_.begin(), known_.end(), p, [](const Span& s, size_t x) { return s.end < x; });
    return it != known_.end() && it->end == p ? static_cast<int>(it - known_.begin()) : -1;
  }
  int KnownStartingAt(size_t p) const {
    auto it = std::lower_bound(known_.begin(), known_.end(), p, [](const Span& s, size_t x) { return s.begin < x; });
    return it != known_.end() && it->begin == p ? static_cast<int>(it - known_.begin()) : -1;
  }
  bool InFigure(size_t b, size_t e) const {
    auto it = FirstQuantityAt(quantities_, b);
    if (it != quantities_.end() && it->begin < e) return true;
    if (it != quantities_.begin() && std::prev(it)->end > b) return true;
    return false;
  }
  bool Free(size_t b, size_t e) const { return KnownOverlapping(b, e) < 0 && !InFigure(b, e); }

  // ---- Latin-script names ------------------------------------------------
  std::string_view Word(const LatinToken& t) const { return text_.substr(t.begin, t.end - t.begin); }

  // non-GAAP, AI-capable, Huang-led: a compound with a lower-case word is a
  // description; ChinaZ.com: an address.
  static bool DescribesOrAddresses(std::string_view w) {
    size_t start = 0;
    for (size_t i = 0; i <= w.size(); ++i) {
      if (i < w.size() && w[i] != '-' && w[i] != '.') continue;
      const std::string_view part = w.substr(start, i - start);
      const bool lower_word = !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (lower_word && (start > 0 || i < w.size())) return true;
      start = i + 1;
    }
    return false;
  }

  // 高效能運算（HPC）: capitals alone in a bracket after Chinese words that
  // name nobody abbreviate a term. After a name (輝達（NVDA）, 英國廣播公司（BBC）)
  // they are the name's.
  bool AbbreviatesTerm(const LatinToken& t) const {
    size_t b = t.begin, e = t.end;
    while (b > 0 && text_[b - 1] == ' ') --b;
    while (e < text_.size() && text_[e] == ' ') ++e;
    if (b == 0 || text_[b - 1] != '(' || e >= text_.size() || (text_[e] != ')' && text_[e] != ',')) return false;
    const std::string_view w = Word(t);
    if (!std::all_of(w.begin(), w.end(), [](char c) { return utf8::IsAsciiUpper(c); })) return false;
    size_t p = b - 1;
    while (p > 0 && text_[p - 1] == ' ') --p;
    if (p == 0) return false;
    size_t len = 0;
    if (!utf8::IsHan(utf8::Decode(text_, utf8::PrevStart(text_, p), &len))) return false;
    return KnownEndingAt(p) < 0 && !d_.organisation_suffixes.MatchEndingAt(text_, p) && !alias_matcher_.MatchEndingAt(text_, p);
  }

  // What the word alone says, asked once a distinct word: an article repeats
  // its names, and the not-name test lowers the word and runs a pattern.
  bool WordMayName(std::string_view w) {
    auto it = word_may_name_.find(w);
    if (it != word_may_name_.end()) return it->second;
    const bool may = !d_.IsNotName(w) && !d_.IsCorporateSuffix(w) && !DescribesOrAddresses(w);
    word_may_name_.emplace(w, may);
    return may;
  }

  bool IsNameWord(const LatinToken& t) {
    const std::string_view w = Word(t);
    if (!t.capitalised || w.size() < 2 || !WordMayName(w)) return false;
    if (AbbreviatesTerm(t)) return false;
    // A unit word (TWh, GW) standing apart from its number is still a unit.
    if (auto unit = rules_.units.after.MatchAt(text_, t.begin); unit && unit->length == w.size()) return false;
    if (d_.exchanges.MatchAt(text_, t.begin)) return false;
    if (!Free(t.begin, t.end)) return false;
    if (t.marked || t.han_context) return true;
    return latin_.Evidenced(w);
  }

  void FindLatinNames() {
    for (size_t i = 0; i < latin_.tokens.size();) {
      if (!latin_.tokens[i].name) {
        ++i;
        continue;
      }
      size_t j = i + 1;        // one past the run
      size_t last_name = i;    // the last word of the canonical name
      while (j < latin_.tokens.size()) {
        const std::string_view gap = text_.substr(latin_.tokens[j - 1].end, latin_.tokens[j].begin - latin_.tokens[j - 1].end);
        if (gap == " " && latin_.tokens[j].name) {
          last_name = j++;
        } else if ((gap == " " || gap == ", ") && d_.IsCorporateSuffix(Word(latin_.tokens[j])) && utf8::IsAsciiUpper(text_[latin_.tokens[j].begin])) {
          ++j;  // Lucid Group Inc., Apple, Inc.
        } else if (j + 1 < latin_.tokens.size() && gap == " " && d_.joiners.count(std::string(Word(latin_.tokens[j]))) &&
                   d_.joined_heads.count(utf8::AsciiLower(Word(latin_.tokens[j - 1]))) && latin_.tokens[j + 1].name &&
                   text_.substr(latin_.tokens[j].end, latin_.tokens[j + 1].begin - latin_.tokens[j].end) == " ") {
          last_name = j + 1;  // Bank of America
          j += 2;
        } else {
          break;
        }
      }
      const bool company = j - 1 > last_name;
      // "Harbor Freight Inc. said …": the first word of a sentence joins the
      // name it stands right before (a common word only before a company's suffix).
      if (i > 0 && latin_.tokens[i - 1].initial && latin_.tokens[i - 1].capitalised && !latin_.tokens[i - 1].name &&
          text_.substr(latin_.tokens[i - 1].end, latin_.tokens[i].begin - latin_.tokens[i - 1].end) == " ") {
        const LatinToken& t = latin_.tokens[i - 1];
        const std::string_view w = Word(t);
        if (utf8::IsAsciiUpper(w[0]) && w.size() >= 2 && !d_.IsNotName(w) && !DescribesOrAddresses(w) && Free(t.begin, t.end) &&
            (company || !d_.IsEnglishWord(w))) {
          --i;
        }
      }
      const size_t b = latin_.tokens[i].begin, e = latin_.tokens[j - 1].end, ce = latin_.tokens[last_name].end;
      // A capitalised common word alone (Agent, Energy, Podcast) names no one.
      const bool common = i == last_name && !company && !latin_.tokens[i].marked && d_.IsEnglishWord(Word(latin_.tokens[i]));
      if (!ContinuesKnown(b) && !common) {
        const std::string canonical(text_.substr(b, ce - b));
        const bool person = !company && IsPerson(i, last_name + 1);
        const bool place = !company && !person && i == last_name && AfterPlaceWord(b);
        const int entity = AddEntity(canonical, company ? "company" : person ? "person" : place ? "place" : "name",
                                     "a Latin-script name ('" + std::string(text_.substr(b, e - b)) + "')");
        AddAlias(std::string(text_.substr(b, e - b)), entity);
        AddAlias(canonical, entity);
        if (person && last_name > i) AddAlias(std::string(Word(latin_.tokens[last_name])), entity);  // Kress
        FindTicker(e, entity);
      }
      i = j;
    }
  }

  // A word right after a listed name continues it: Tesla Motors, Nvidia
  // Blackwell, Gemini 3 Flash, GPT-5 Pro.
  bool ContinuesKnown(size_t b) const {
    size_t p = b;
    while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '.' || std::isdigit(static_cast<unsigned char>(text_[p - 1])))) --p;
    return p < b && KnownEndingAt(p) >= 0;
  }

  // "in Austin", "across the Midwest": a place.
  bool AfterPlaceWord(size_t b) const {
    size_t p = b;
    while (p > 0 && text_[p - 1] == ' ') --p;
    if (p >= 4 && text_.compare(p - 3, 3, "the") == 0 && text_[p - 4] == ' ') {
      p -= 3;
      while (p > 0 && text_[p - 1] == ' ') --p;
    }
    return rules_.metrics.place_before.MatchEndingAt(text_, p).has_value();
  }

  // Colette Kress … Kress: a surname alone names the person named in full.
  void LinkSurnames() {
    std::map<std::string, int> surnames;
    for (size_t i = 0; i < out_.entities.size(); ++i) {
      const EntityRule& e = out_.entities[i].rule;
      const size_t space = e.name.rfind(' ');
      if ((e.kind == "person" || e.kind == "name") && space != std::string::npos) {
        surnames.emplace(utf8::AsciiLower(e.name.substr(space + 1)), out_.base + static_cast<int>(i));
      }
    }
    for (size_t i = 0; i < out_.entities.size(); ++i) {
      EntityRule& e = out_.entities[i].rule;
      auto it = surnames.find(utf8::AsciiLower(e.name));
      if (it == surnames.end() || it->second == out_.base + static_cast<int>(i)) continue;
      EntityRule& full = out_.entities[static_cast<size_t>(it->second - out_.base)].rule;
      if (full.kind != "person" && e.kind != "person") continue;  // Group … Lucid Group: no person
      full.kind = "person";
      Link(it->second, out_.base + static_cast<int>(i), "learned from the full name");
    }
  }

  // CEO Jensen Huang, Colette Kress, CFO; 執行長Jensen Huang; "Colette Kress said".
  bool IsPerson(size_t first, size_t end) const {
    size_t p = latin_.tokens[first].begin;
    while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == ',')) --p;
    if (d_.person_titles.MatchEndingAt(text_, p)) return true;
    size_t q = latin_.tokens[end - 1].end;
    while (q < text_.size() && (text_[q] == ' ' || text_[q] == ',')) ++q;
    if (text_.compare(q, 4, "the ") == 0) q += 4;
    if (d_.person_titles.MatchAt(text_, q)) return true;
    if (end - first < 2 || end - first > 3) return false;
    for (size_t k = first; k < end; ++k) {
      if (latin_.tokens[k].marked) return false;  // NVIDIA Corp, BYD Auto
    }
    return rules_.entities.reporting_verbs.MatchAt(text_, q).has_value();
  }

  // "Rivian (NASDAQ: RIVN)": the ticker names the company before it.
  void FindTicker(size_t pos, int entity) {
    size_t p = pos;
    if (p < text_.size() && text_[p] == '.') ++p;  // Inc.
    while (p < text_.size() && (text_[p] == ' ' || text_[p] == ',')) ++p;
    if (p >= text_.size() || text_[p] != '(') return;
    ++p;
    while (p < text_.size() && text_[p] == ' ') ++p;
    auto exchange = d_.exchanges.MatchAt(text_, p);
    if (!exchange) return;
    p += exchange->length;
    while (p < text_.size() && text_[p] == ' ') ++p;
    if (p >= text_.size() || text_[p] != ':') return;
    ++p;
    while (p < text_.size() && text_[p] == ' ') ++p;
    size_t e = p;
    while (e < text_.size() && (utf8::IsAsciiAlnum(text_[e]) || text_[e] == '.')) ++e;
    if (e == p || e - p > 8) return;
    out_.entities[static_cast<size_t>(entity - out_.base)].rule.kind = "company";
    AddAlias(std::string(text_.substr(p, e - p)), entity);
  }

  // ---- Chinese organisation names -------------------------------------------
  // Where a stem ending at `end` begins, walking back over Han characters to a
  // hard boundary; npos when none stands within stem_max_chars.
  size_t StemStart(size_t end, int max_chars) const {
    size_t p = end;
    for (int chars = 0;; ++chars) {
      if (p == 0 || KnownEndingAt(p) >= 0 || d_.stem_breaks.MatchEndingAt(text_, p) ||
          rules_.entities.anaphor_heads.MatchEndingAt(text_, p) || d_.person_titles.MatchEndingAt(text_, p)) {
        return p;
      }
      size_t len = 0;
      const size_t q = utf8::PrevStart(text_, p);
      if (!utf8::IsHan(utf8::Decode(text_, q, &len))) return p;
      if (chars == max_chars) return std::string_view::npos;
      p = q;
    }
  }

  bool PlaceOrganisation(size_t b, size_t pos, size_t end) {
    size_t s = pos;
    // The stem may end inside the suffix list (花蓮縣 + 政府 is 花蓮 + 縣政府).
    for (size_t p = b; p < pos; p += 1) {
      if ((static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) continue;
      if (auto m = d_.place_organisation_suffixes.MatchAt(text_, p); m && p + m->length >= pos) {
        s = p;
        break;
      }
    }
    if (!d_.place_organisation_suffixes.MatchAt(text_, s)) return false;
    const std::string_view place = text_.substr(b, s - b);
    if (utf8::CountCodePoints(place) < static_cast<size_t>(d_.stem_min_chars) || d_.HoldsCommonWord(place, true) ||
        !Free(b, end)) {
      return false;
    }
    const std::string name(text_.substr(b, end - b));
    const int entity = AddEntity(name, "organisation", "a place's organisation ('" + name + "')");
    marked_.insert(entity);
    AddAlias(name, entity);
    return true;
  }

  void FindChineseStems() {
    const WordMatcher& suffixes = d_.organisation_suffixes;
    for (const Hit& hit : suffix_hits_) {
      const size_t pos = hit.begin;
      if (!Free(pos, hit.end)) continue;
      const size_t b = StemStart(pos, d_.stem_max_chars);
      if (b == std::string_view::npos || b >= pos) continue;
      // 花蓮縣政府: a place's organisation is named by the place and the suffix together.
      if (PlaceOrganisation(b, pos, hit.end)) continue;
      std::string_view stem = text_.substr(b, pos - b);
      // 蔚來汽車公司: the name is 蔚來; each suffix on it is one more way to write it.
      while (auto inner = suffixes.MatchEndingAt(stem, stem.size())) {
        if (utf8::CountCodePoints(stem.substr(0, stem.size() - inner->length)) < static_cast<size_t>(d_.stem_min_chars)) break;
        stem.remove_suffix(inner->length);
      }
      const size_t chars = utf8::CountCodePoints(stem);
      if (chars >= static_cast<size_t>(d_.stem_min_chars) && !d_.HoldsCommonWord(stem) && Free(b, pos)) {
        const std::string surface(text_.substr(b, hit.end - b));
        const int entity = AddEntity(std::string(stem), "company", "the name before an organisation suffix ('" + surface + "')");
        AddAlias(std::string(stem), entity);
        AddAlias(surface, entity);
      }
    }
  }

  void FindLexiconNames() {
    for (const Hit& hit : lexicon_hits_) {
      if (!Free(hit.begin, hit.end)) continue;
      const std::string word(text_.substr(hit.begin, hit.end - hit.begin));
      AddAlias(word, AddEntity(word, "organisation", "an organisation of the lexicon"));
    }
  }

  // ---- aliases learned from brackets ----------------------------------------
  // An alias or listed name starting at `pos`: its entity, and its end.
  std::optional<std::pair<int, size_t>> NameAt(size_t pos) const {
    if (int k = KnownStartingAt(pos); k >= 0) return std::pair{known_index_[static_cast<size_t>(k)], known_[static_cast<size_t>(k)].end};
    if (auto m = alias_matcher_.MatchAt(text_, pos)) return std::pair{aliases_[static_cast<size_t>(m->payload)].second, pos + m->length};
    return std::nullopt;
  }

  void LearnBracketAliases() {
    BuildAliasMatcher();
    for (size_t open = text_.find('('); open != std::string_view::npos; open = text_.find('(', open + 1)) {
      size_t in = open + 1;
      while (in < text_.size() && text_[in] == ' ') ++in;
      size_t close = in;
      while (close < text_.size() && text_[close] != ')' && text_[close] != ',' && text_[close] != '\n' &&
             text_.compare(close, 3, "\u3001") != 0 && close - in < 40) {
        ++close;
      }
      if (close >= text_.size() || close == in || (text_[close] != ')' && text_[close] != ',')) continue;
      size_t inner_end = close;
      while (inner_end > in && text_[inner_end - 1] == ' ') --inner_end;
      size_t before = open;
      while (before > 0 && text_[before - 1] == ' ') --before;
      std::optional<std::pair<int, size_t>> inside = NameAt(in);
      if (inside && inside->second != inner_end) inside.reset();
      std::optional<int> outside;
      if (int k = KnownEndingAt(before); k >= 0) outside = known_index_[static_cast<size_t>(k)];
      else if (auto m = alias_matcher_.MatchEndingAt(text_, before)) outside = aliases_[static_cast<size_t>(m->payload)].second;
      const std::string learned = "learned from the bracket '" + std::string(text_.substr(open, close + 1 - open)) + "'";
      if (outside && inside) {
        Link(*outside, inside->first, learned);
      } else if (inside && IsLatinEntity(inside->first)) {
        // 電動車製造商蔚來（NIO）: the Chinese name before the bracket is the Latin one's.
        const size_t b = StemStart(before, 6);
        if (b != std::string_view::npos && b < before && utf8::CountCodePoints(text_.substr(b, before - b)) >= 2 &&
            !d_.HoldsCommonWord(text_.substr(b, before - b)) && Free(b, before)) {
          AddAlias(std::string(text_.substr(b, before - b)), inside->first);
          Note(inside->first, "alias '" + std::string(text_.substr(b, before - b)) + "' " + learned);
          learned_.emplace_back(inside->first, std::string(text_.substr(b, before - b)), learned);
        }
      } else if (outside && !inside && IsLatinEntity(*outside)) {
        // NIO（蔚來）: a short Chinese name alone in the bracket.
        const std::string_view word = text_.substr(in, inner_end - in);
        bool han = !word.empty();
        for (size_t p = 0; p < word.size() && han;) {
          size_t len = 0;
          han = utf8::IsHan(utf8::Decode(word, p, &len));
          p += len;
        }
        const size_t chars = utf8::CountCodePoints(word);
        if (han && chars >= 2 && chars <= 6 && !d_.HoldsCommonWord(word) && Free(in, inner_end)) {
          AddAlias(std::string(word), *outside);
          Note(*outside, "alias '" + std::string(word) + "' " + learned);
          learned_.emplace_back(*outside, std::string(word), learned);
        }
      }
    }
  }

  bool IsLatinEntity(int index) const {
    if (index < out_.base) return false;
    const std::string& name = out_.entities[static_cast<size_t>(index - out_.base)].rule.name;
    return !name.empty() && static_cast<unsigned char>(name[0]) < 0x80;
  }

  // Two names for one thing: a listed one wins, then the Latin-script one, then the first.
  void Link(int a, int b, const std::string& learned) {
    a = Find(a);
    b = Find(b);
    if (a == b || (a < out_.base && b < out_.base)) return;
    int keep = a, drop = b;
    if (b < out_.base || (a >= out_.base && IsLatinEntity(b) && !IsLatinEntity(a))) std::swap(keep, drop);
    parent_[drop] = keep;
    const std::string& from = out_.entities[static_cast<size_t>(drop - out_.base)].rule.name;
    Note(keep, "alias '" + from + "' " + learned);
    learned_.emplace_back(keep, from, learned);
  }

  void Note(int index, const std::string& how) {
    index = Find(index);
    if (index >= out_.base) out_.entities[static_cast<size_t>(index - out_.base)].how += "; " + how;
    else rule_notes_[index] += (rule_notes_[index].empty() ? "" : "; ") + how;
  }

  // ---- every mention of every discovered name -------------------------------
  void BuildAliasMatcher() {
    // Most short documents discover no name: an empty matcher stays as it is
    // (building one zeroes its tables, which costs more than the scan).
    if (aliases_.empty() && alias_matcher_.empty()) return;
    alias_matcher_ = WordMatcher(StartFilter::kFewWords);
    for (size_t i = 0; i < aliases_.size(); ++i) alias_matcher_.Add(aliases_[i].first, static_cast<int>(i));
  }

  // 據英國廣播公司（BBC）報道, 中央社記者, according to Reuters: a name cited as
  // the source of what follows is not what its figures are about.
  bool CitedAsSource(const Mention& m) const {
    size_t b = m.begin, e = m.end;
    while (b > 0 && (text_[b - 1] == ' ' || text_[b - 1] == '(')) --b;
    while (e < text_.size() && (text_[e] == ' ' || text_[e] == ')')) ++e;
    return d_.source_before.MatchEndingAt(text_, b).has_value() || d_.source_after.MatchAt(text_, e).has_value();
  }

  void MentionEverywhere() {
    // The evidence a discovered name needs grows with what the text is known
    // to be about: in a document naming a listed company or product, only a
    // name with a company's marks (a corporate suffix, a ticker, an
    // organisation suffix) competes with it; elsewhere (a budget, an
    // earthquake, a company nobody listed) every discovered name does.
    const bool names_listed = std::any_of(known_index_.begin(), known_index_.end(), [&](int index) {
      const std::string& kind = rules_.entities.entities[static_cast<size_t>(index)].kind;
      return kind == "company" || kind == "product";
    });
    auto competes = [&](int index) {
      return index < out_.base || !names_listed || marked_.count(index) > 0 ||
             out_.entities[static_cast<size_t>(index - out_.base)].rule.kind == "company";
    };
    if (!aliases_.empty() || !alias_matcher_.empty()) alias_matcher_ = WordMatcher(StartFilter::kFewWords);
    std::vector<int> alias_entity;
    for (const auto& [alias, entity] : aliases_) {
      const int index = Find(entity);
      if (!competes(index)) continue;
      alias_matcher_.Add(alias, static_cast<int>(alias_entity.size()));
      alias_entity.push_back(index);
    }
    std::vector<Hit> hits;
    ScanLanes<1>(text_, 0, text_.size(), {&alias_matcher_}, [&](size_t, size_t pos, const WordMatcher::Match& m) {
      hits.push_back({pos, pos + m.length, m.payload});
      return true;
    });
    std::vector<Mention> all;
    std::set<int> sources;
    for (const Hit& h : hits) {
      if (!Free(h.begin, h.end)) continue;
      all.push_back({h.begin, h.end, alias_entity[static_cast<size_t>(h.payload)]});
      if (all.back().index >= out_.base && CitedAsSource(all.back())) sources.insert(all.back().index);
    }
    std::map<int, int> count;
    std::vector<Mention> kept;
    for (const Mention& m : all) {
      if (sources.count(m.index)) continue;
      kept.push_back(m);
      ++count[m.index];
    }
    // Every entity mention of the document, listed and discovered, in text order.
    std::vector<Mention> listed;
    for (size_t k = 0; k < known_.size(); ++k) listed.push_back({known_[k].begin, known_[k].end, known_index_[k]});
    out_.mentions.reserve(listed.size() + kept.size());
    std::merge(listed.begin(), listed.end(), kept.begin(), kept.end(), std::back_inserter(out_.mentions),
               [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    // A name written once with nothing to say it is a company (no suffix, no
    // ticker, no organisation word) is a passing mention: it ranks with the
    // weak names, below what the text is about.
    for (const auto& [index, n] : count) {
      if (index < out_.base || n > 1) continue;
      std::string& kind = out_.entities[static_cast<size_t>(index - out_.base)].rule.kind;
      if (kind == "name") kind = "minor";
    }
    // A listed entity that learned an alias says where, in its first discovered mention's entry.
    for (const auto& [index, how] : rule_notes_) out_.learned_for_listed.emplace_back(index, how);
  }

  int AddEntity(const std::string& canonical, const std::string& kind, const std::string& how) {
    const std::string key = utf8::AsciiLower(canonical);
    auto [it, inserted] = by_key_.emplace(key, out_.base + static_cast<int>(out_.entities.size()));
    if (inserted) {
      DiscoveredEntity e;
      e.rule.name = canonical;
      e.rule.kind = kind;
      e.how = how;
      out_.entities.push_back(std::move(e));
      parent_.emplace(it->second, it->second);
    } else {
      // One mention may say more than another: a company, then a product (a maker's model), a person, a place.
      auto rank = [](const std::string& k) { return k == "company" ? 4 : k == "product" ? 3 : k == "person" ? 2 : k == "place" ? 1 : 0; };
      std::string& known = out_.entities[static_cast<size_t>(it->second - out_.base)].rule.kind;
      if (rank(kind) > rank(known)) known = kind;
    }
    return it->second;
  }

  void AddAlias(const std::string& alias, int entity) {
    if (alias.empty() || !alias_keys_.emplace(utf8::AsciiLower(alias), entity).second) return;
    aliases_.emplace_back(alias, entity);
  }

  const std::string& NameOf(int index) const {
    return index < out_.base ? rules_.entities.entities[static_cast<size_t>(index)].name
                             : out_.entities[static_cast<size_t>(index - out_.base)].rule.name;
  }

  int Find(int index) {
    if (index < out_.base) return index;
    auto it = parent_.find(index);
    if (it == parent_.end() || it->second == index) return index;
    return it->second = Find(it->second);
  }


  std::string_view text_;
  const std::vector<Quantity>& quantities_;
  const Rulebook& rules_;
  const DiscoveryTable& d_;
  DocumentEntities out_;
  std::vector<Span> known_;
  std::vector<Hit> suffix_hits_;
  std::vector<std::pair<ProductName, std::string>> products_;  // and the maker's name
  std::set<int> marked_;  // organisations with an organisation's marks beyond a company's (花蓮縣政府)
  std::vector<Hit> lexicon_hits_;
  std::vector<int> known_index_;
  LatinTokens latin_;

  std::map<std::string, int> by_key_;
  std::vector<std::pair<std::string, int>> aliases_;  // surface form, entity
  std::unordered_map<std::string, int> alias_keys_;
  std::unordered_map<std::string_view, bool> word_may_name_;  // words of text_, by WordMayName
  std::map<int, int> parent_;
  std::map<int, std::string> rule_notes_;
  std::vector<std::tuple<int, std::string, std::string>> learned_;  // entity, alias, how (bracket aliases)
  WordMatcher alias_matcher_{StartFilter::kFewWords};  // this document's discovered names
};

}  // namespace

DocumentEntities DiscoverEntities(std::string_view text, const std::vector<Quantity>& quantities,
                                  const Rulebook& rules) {
  return Discoverer(text, quantities, rules).Run();
}

}  // namespace figcheck
