// What a relative figure is of: the metric a change changes, and the whole
// and the part a share gives.
//
// Contract: pure functions over normalised text, its figures and its metric
// cues (Mention.index: a cue's index in MetricTable::cue_uses). A "level
// metric" is one a cue names on its own (no `requires`), compared, not itself
// a change or a share, and not a date. Cues are looked for within 600 bytes
// of the figure (a one-line 50 MB document stays linear).
//  - ChangedMetricOf(): the level metric whose cue stands nearest before the
//    figure in its sentence (資本支出……年增23.8%: capital_expenditure), none
//    when the nearest names a level never compared ("price per ad increased
//    6%": a price; not the revenue named before it); for a
//    money metric also the currency of the nearest amount before the figure in
//    its sentence, and with none the metric is unknown too (營收年增31.6%，以美元
//    計算年增35.9%: a growth in one currency is not one in another). An amount
//    restated in parentheses right after another (9338億新台幣（約319.5億美
//    元），同比增長38.6%) is the writer's conversion: the currency is the first's.
//  - SharePartOf(): the part a share names, from metrics.yaml `share_parts`:
//    after the figure in its clause (within a short reach), a `verbs_after`
//    word (用在, 投入, go to) and the words after it (約70%的資本支出將投入先進
//    製程技術: 先进制程技术); else the last `verbs_before` word (佔, accounted
//    for) before the figure in its clause and the words right before it
//    (HPC佔營收比重58%: hpc). Han words: up to `max_chars` Han characters,
//    stopping at a figure or an open_metrics `breaks` word (的, 與); Latin
//    words: up to three, no stop word, an article skipped after the verb.
//    Folded text, Latin lower-cased; an empty part when none is read.
//    A Han part holding one of `han_stop_words` (其次是佔25%: a copula, no
//    part) is none; a metric's cue ending a Han part is dropped (先進製程收入:
//    先进制程), and a part that was only a cue (收入) is none. A clause with a
//    `list_words` word (分別; or ", respectively" right after it) names no
//    part: it pairs a list of parts with a list of shares.
//  - WholeOfShare(): the level metric whose cue stands nearest the figure in
//    its clause outside the part and its verb (約70%的資本支出: capital
//    expenditure; 29% of revenue), else `earlier_whole` (the whole of an
//    earlier share in its sentence: 資本支出約70%用在…，10%用在…), else the last
//    before the clause in its sentence, else one inside the part (海外營收占比
//    60%: revenue); "" when none.
#ifndef FIGCHECK_CLAIMS_FIGURE_SUBJECT_H_
#define FIGCHECK_CLAIMS_FIGURE_SUBJECT_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/paragraph_scan.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/attribution_rules.h"

namespace figcheck {

struct ChangedMetric {
  std::string metric;    // "" = unknown
  std::string currency;  // for a money metric
};

ChangedMetric ChangedMetricOf(std::string_view text, const Quantity& q, size_t sentence_begin,
                              const std::vector<Mention>& cues, const std::vector<Quantity>& quantities,
                              const MetricTable& table);

struct SharePart {
  std::string name;                    // "" = no part read
  size_t begin = 0, end = 0;           // the part's words in the text
  size_t verb_begin = 0, verb_end = 0;  // the verb that names it
};

SharePart SharePartOf(std::string_view text, const Quantity& q, size_t clause_begin, size_t clause_end,
                      const MetricTable& table, const std::vector<Quantity>& quantities);

std::string WholeOfShare(const Quantity& q, size_t sentence_begin, size_t clause_begin, size_t clause_end,
                         const SharePart& part, const std::string& earlier_whole, const std::vector<Mention>& cues,
                         const MetricTable& table);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_FIGURE_SUBJECT_H_
