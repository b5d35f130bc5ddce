// Entity and metric tables (rules/entities.yaml, rules/metrics.yaml).
//
// Contract: aliases, anaphors and cue words are folded like article text and
// held in WordMatchers, so finding "which entity (metric cue) is named here"
// is a trie walk. Payloads index `entities` / `cues`. Errors: "PATH:LINE: …".
#ifndef FIGCHECK_RULES_ATTRIBUTION_RULES_H_
#define FIGCHECK_RULES_ATTRIBUTION_RULES_H_

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <utility>
#include <vector>

#include "checker/quantity/quantity.h"
#include "checker/rules/word_matcher.h"
#include "checker/util/status.h"

namespace figcheck {

struct EntityRule {
  std::string name;
  std::string kind;
  std::optional<int> founded;
  int founded_month = 0;  // 1-12 when entities.yaml gives YYYY-MM; 0: only the year
  // The entity this one is a product (or subsidiary) of; "" for none. A
  // figure of an `of_the_maker` metric about it is the maker's.
  std::string of;
};

struct EntityTable {
  std::vector<EntityRule> entities;
  WordMatcher aliases;    // payload: index into entities
  // Payload kAnaphor, or kNotAnaphor for words that hold an anaphor but are
  // none (其中 "among them", 尤其 "especially" hold 其 "its").
  WordMatcher anaphors;
  // 該公司, the company: where no name is found, a figure after one is the
  // article's unnamed subject's (kUnnamedSubject), compared only within it.
  WordMatcher unnamed_subjects;  // payload 0
  // Words that hold an alias but mention no one (报道指出 holds 道指, the Dow):
  // an alias match inside one is dropped.
  WordMatcher not_aliases;  // payload 0
  bool InsideNotAlias(std::string_view text, size_t begin, size_t end) const;
  static constexpr const char* kUnnamedSubject = "\x1funnamed";
  static constexpr int kAnaphor = 0;
  static constexpr int kNotAnaphor = 1;
  // A determiner and a head noun a few words after it make a descriptive
  // anaphor: "the Chinese firm", 這家美國車廠.
  WordMatcher anaphor_determiners;
  WordMatcher anaphor_heads;
  WordMatcher agent_markers;       // payload 0: by, 被 before the name of who did it
  WordMatcher relative_openers;    // payload 0: which, who … open a clause about the name before them
  WordMatcher concessive_openers;  // payload 0: though, 雖然 … open a clause that is not the subject's
  WordMatcher reporting_verbs;     // payload 0: 表示, 透露 … end a speaker's part of a sentence
  WordMatcher part_openers;        // payload 0: 其中, including … before a name that is a part, not the subject
  WordMatcher segment_words;       // payload 0: 業務, segment … after a sector: a company's line of business
  WordMatcher segment_subject_verbs;  // payload 0: 仍是, remained … after a sector opening a clause: its subject
  WordMatcher party_joiners;       // payload 0: 與, and … join the parties of a deal named before its figure
  WordMatcher partner_markers;     // payload 0: 與, with … before a deal's other party named after its figure
  WordMatcher deal_words;          // payload 0: 洽談, deal, agreement … make a clause a deal's

  // The entity of this name: from an index of names (a rule pack may list
  // tens of thousands of companies), first listed first; a table with
  // entities added after IndexNames() is searched one entity at a time.
  const EntityRule* Find(const std::string& name) const;
  // The maker at the top of `rule`'s chain of `of` (Gemini 3 Flash → Gemini →
  // Google); `rule` itself when it is of nothing. Chains are checked acyclic on load.
  const EntityRule& Maker(const EntityRule& rule) const;
  // Builds the index Find() answers from; the loader calls it once the list is read.
  void IndexNames();

 private:
  std::unordered_map<std::string, size_t> by_name_;
  size_t indexed_ = 0;  // entities.size() when the index was built
};

struct MetricRule {
  std::string id;
  Dimension dimension = Dimension::kNone;
  bool increasing = false;  // monotonic: increasing
  bool has_requires = false;
  bool compare = true;      // false: too generic to compare across articles
  bool per_period = false;  // a total over a period (deliveries, revenue): compared only when a date states the period
  // A level read at a time that moves (users, valuation; every increasing
  // metric): an undated reading may be of another day than the one it is
  // set against (finding confidence `moving_undated`).
  bool moves = false;
  // A change of another metric (a growth rate): its figures carry the aspect
  // "of <metric>" naming what changed, and are compared only when they do.
  bool change = false;
  std::string compare_as;   // another metric whose figures state the same fact (年增 is a 成長)
  bool generic = false;     // another metric is compared as this one (成長: 年增 is one of its kinds)
  bool year_over_year = false;  // a change against the year before its own (its base, "vs 2025")
  bool of_a_firm = false;       // a firm's financial figure: a sector before its cue is the firm's segment
  bool of_the_maker = false;    // a product's figure is its maker's, for that product line (deliveries)
  // A share of another metric's whole (70% of capex, 佔營收58%): its figures
  // carry "of <metric>" (the whole) and "part <words>" (share_parts), and are
  // compared only when they carry both.
  bool of_a_whole = false;
  const std::string& ComparedAs() const { return compare_as.empty() ? id : compare_as; }
};

// A word class that splits one metric into distinct facts (quarter vs year,
// expected vs reported).
struct AspectRule {
  std::string id;
  std::string family;  // aspects of one family exclude each other; empty: a flag
  // clause: a word anywhere in the figure's clause; frame: also one that ends
  // the clause before (預估，…) or opens an earlier clause of the sentence
  // that states no figure (若剔除該影響，…); figure: only right before the figure (提升 170
  // 個基點), and not where a level word follows it (提升至65% states a level);
  // level: right after a level figure ("$1.08 a year earlier") or right
  // before it, a link word apart (去年同期的0.78美元), never for a change metric;
  // preceding: before the figure in its clause with no other figure between
  // (營收512億美元高於市場預期的490億美元: the 490億's, not the 512億's).
  enum class Scope { kClause, kFrame, kFigure, kLevel, kPreceding };
  Scope scope = Scope::kClause;
};

struct MetricTable {
  std::vector<MetricRule> metrics;
  // One matcher over every cue word; a word may serve several metrics, so the
  // payload indexes `cue_uses`: the (metric, is_requires) pairs that word serves.
  WordMatcher cues;
  std::vector<std::vector<std::pair<int, bool>>> cue_uses;
  std::vector<std::pair<Dimension, Dimension>> confusable;
  std::vector<AspectRule> aspects;
  WordMatcher level_words;   // 至, to: after a change word, the figure is the level reached
  // 至, to: between a change metric's cue and a figure, they make the figure
  // the level reached (增加了280個基點至62.3%, rose to 62.3% from 59%), so the
  // cue names no metric for it.
  WordMatcher to_words;
  // Open-world metrics: a figure no cue names, written right after a link
  // word (達, 為, reached, of) that follows a few words, takes those words
  // as its metric, "cue:<words>" (folded): 出口訂單達500億美元 is "cue:出口订单".
  // Such a metric is compared only with a stated period (open_metric).
  WordMatcher open_links;            // payload 0
  WordMatcher open_breaks;           // payload 0: a Han word no key holds (將, 預計): the key starts after it
  std::unordered_set<std::string> open_stop_words;  // lower-case English words no key holds
  std::vector<Dimension> open_dimensions;
  int open_min_chars = 2, open_max_chars = 4;
  MetricRule open_metric;            // what every "cue:" metric is: compared, per period
  // Open-world segments (open_segment.h): a Han marker word (業務, 部門) before
  // a firm's metric cue; Latin words that name no line of business.
  WordMatcher segment_markers;       // payload 0
  std::unordered_set<std::string> segment_stop_words;  // lower-case
  std::unordered_set<std::string> segment_after_words;  // lower-case: is, was: the next word is a verb
  int segment_min_chars = 2, segment_max_chars = 4;
  WordMatcher segment_han_cues;      // 收入: Han words right before one name a line (服務收入) unless…
  WordMatcher segment_han_stops;     // …they hold one of these (總, 季度: 季度總收入 is the total)
  WordMatcher segment_total_words;   // 總, total right before a cue: the figure is the whole, never a line's
  WordMatcher segment_subject_openers;  // 其中, 而: may stand before a line that opens its clause
  static constexpr const char* kOpenPrefix = "cue:";
  // Shares (share_part.h): a verb after a share names its part after it
  // (用在, go to); one before a share names its part before it (佔, accounted
  // for). Both are cues of every `of_a_whole` metric.
  WordMatcher share_verbs_after;     // payload 0
  WordMatcher share_verbs_before;    // payload 0
  std::unordered_set<std::string> share_stop_words;  // lower-case English words no part holds
  WordMatcher share_han_stops;       // payload 0: a Han part holding one is none (其次是)
  WordMatcher share_list_words;      // payload 0: 分別, respectively: the clause pairs lists, no one part
  int share_max_chars = 6;
  WordMatcher place_before;  // 在, in: a place after one narrows the figure
  WordMatcher place_after;   // 市場, market: a place before one narrows it
  WordMatcher place_anaphors;  // 該區, the region: the place named last before it
  std::vector<std::string> strict_families;  // naming no member is a fact of its own (place)
  WordMatcher aspect_words;  // payload: index into aspects
  // Words that set a figure against the one before it (低於預期的44萬輛,
  // exceeds expectations of $41 billion): with no cue of its own, the figure
  // measures what the one before it measures.
  WordMatcher comparison_words;
  // This, 這: a sentence opening with one refers back to the sentence before,
  // whose last figure a compared figure may then measure like.
  WordMatcher demonstrative_openers;

  const MetricRule* Find(const std::string& id) const;
  // The family of an aspect word's id ("quarter" -> "period"); the id itself
  // for a flag (a word with no family). Relations (a place, what a change
  // changes …) have families of their own: checker/claims/aspect.h.
  std::string AspectFamily(const std::string& id) const;
  bool IsFlag(const std::string& id) const;
  bool IsStrictFamily(const std::string& family) const;
  bool Confusable(Dimension a, Dimension b) const;
};

Result<EntityTable> LoadEntityTable(const std::string& path);
Result<MetricTable> LoadMetricTable(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_ATTRIBUTION_RULES_H_
