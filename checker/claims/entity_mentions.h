// EntityMentions: where names stand around a figure, and which of them can
// be what it is about.
//
// Contract: answers questions about the entity mentions of one paragraph
// (ParagraphScan::entities, in text order) relative to a figure: the nearest
// name before it, a sentence's subject, the agent after it ("sold by BYD"),
// a name a relative clause hangs on, whether a place narrows a figure.
// Companies and products are strong names; places, sectors and persons are
// weak: a figure is about them only when no strong name can be. Among strong
// names, listed ones come before discovered ones (see Listed). Reads the text and
// the rule book; holds no state of its own.
#ifndef FIGCHECK_CLAIMS_ENTITY_MENTIONS_H_
#define FIGCHECK_CLAIMS_ENTITY_MENTIONS_H_

#include <string_view>
#include <vector>

#include "checker/claims/entity_discovery.h"
#include "checker/claims/figure_span.h"
#include "checker/claims/paragraph_scan.h"
#include "checker/rules/rulebook.h"

namespace figcheck {

inline bool IsPlace(const EntityRule& e) { return e.kind == "country" || e.kind == "place"; }
// A person (CEO Jensen Huang) speaks of figures more than they are about
// one: what a figure is about only when no company or product can be.
inline bool IsPerson(const EntityRule& e) { return e.kind == "person"; }
// A sector (data centres) is what a figure is about only when no company or
// product is named nearer: "微軟資料中心的用電" is Microsoft's.
inline bool IsSector(const EntityRule& e) { return e.kind == "sector"; }
// Places and sectors are what a figure is about only when no company or product can be.
// A discovered name written once with nothing to say it is a company is a
// passing mention (entity_discovery.h): weak too.
inline bool IsMinor(const EntityRule& e) { return e.kind == "minor"; }
inline bool IsWeak(const EntityRule& e) { return IsPlace(e) || IsSector(e) || IsPerson(e) || IsMinor(e); }

class EntityMentions {
 public:
  // `found`: the document's discovered names (may be null: the rule book's only).
  EntityMentions(std::string_view text, const Rulebook& rules, const DocumentEntities* found = nullptr)
      : text_(text), rules_(rules), found_(found) {}

  // OpenAI 的 ChatGPT, OpenAI's ChatGPT: the possessed thing is what the
  // sentence talks about, so the possessor is dropped.
  std::vector<Mention> DropPossessors(std::vector<Mention> ms) const;
  const EntityRule& Entity(const Mention& m) const;
  // A name of the rule book (or a learned alias of one). A discovered name
  // ranks below listed ones wherever the choice is by position alone: a
  // listed company is known to be one, a discovered word may be a market
  // (Wall Street's expectations) or a label.
  bool Listed(const Mention& m) const;
  // 資料中心業務, data center revenue: a sector written as a company's line of
  // business (a segment word, or a firm's metric cue, right after it).
  bool NamesSegment(const Mention& m) const;
  // A sector opening its clause (after at most a possessor or a determiner)
  // as the clause's subject: it names a segment, or a segment_subject_verbs
  // word follows it (資料中心仍是主要成長來源, "the data center division, …").
  bool SegmentSubject(const Mention& m, size_t clause_begin) const;
  // The places that narrow a figure beginning at `figure_begin` (sales in
  // China, overseas): a marked place (MarksPlace) in its clause, or in its
  // sentence's first clause before it (日本方面，…; In Japan, …), one right
  // before the sector the figure is given to (`sector`: 美國資料中心), or the
  // one a `place_anaphors` word before it refers back to (PlaceReferredBack).
  std::vector<std::string> PlacesOfFigure(const std::vector<Mention>& ms, const FigureSpan& span,
                                          size_t figure_begin, const Mention* sector) const;
  // 該區銷售額強勁反彈，據報達255億美元, "sales in the region": the last place of
  // `ms` before a place_anaphors word in the figure's sentence before it (a
  // short reach back), or null.
  const Mention* PlaceReferredBack(const std::vector<Mention>& ms, size_t sentence_begin, size_t figure_begin) const;
  // How a discovered name was found and its aliases learned ("" for a listed one).
  std::string HowFound(const Mention& m) const;
  // A bracket closes between the mention and `pos`: the mention stands in an
  // aside ("Model 3 and Model Y (which Tesla always mentions together) …").
  bool InAsideBefore(const Mention& m, size_t pos) const;
  // Nearest mention ending at or before `pos` within [from, pos), companies before places.
  const Mention* NearestBefore(const std::vector<Mention>& ms, size_t from, size_t pos) const;
  // The first company or product named in [from, pos): a sentence's subject
  // comes first. A name right after a part opener (其中Model 3/Y) is a part of
  // what the sentence is about, never its subject.
  const Mention* FirstBefore(const std::vector<Mention>& ms, size_t from, size_t pos) const;
  bool IsPart(const Mention& m) const;
  // A clause opened by a relative word (", which set a record with …") is
  // about the name just before it.
  const Mention* RelativeAntecedent(const std::vector<Mention>& ms, size_t sb, size_t cb) const;
  // A place narrows a figure where the text says so (在中國, in China, 中國市場),
  // not where it describes a name (中國汽車製造商比亞迪, the Chinese firm).
  bool MarksPlace(const Mention& m, const std::vector<Mention>& ms) const;
  // Where the subject of a figure at `pos` can stand: after a leading
  // concessive clause ("Though BYD beat Tesla, the American giant delivered …";
  // 雖然…，…), whose names are not the subject of what follows; and after the
  // last semicolon before it, which ends a sentence of its own (比亞迪……增長近28%；
  // 特斯拉全年交付量……下降15.6%).
  size_t SubjectFrom(size_t sb, size_t pos, const std::vector<size_t>& clauses) const;
  // 發布了GPT-5.2, 推出的「通義千問」: a product right after the event word of
  // the date's metric is the thing the date belongs to.
  const Mention* ProductAfterCue(const std::vector<Mention>& ms, size_t pos, size_t to, const std::vector<size_t>& cue_ends) const;
  // "595,413 BEVs sold by BYD", 被比亞迪超越: an agent marker right before a
  // name, a few words after the figure in its clause.
  const Mention* AgentAfter(const std::vector<Mention>& ms, size_t pos, size_t to) const;
  // The first company or product named in [pos, to) that is not a part (其中…).
  const Mention* FirstAfter(const std::vector<Mention>& ms, size_t pos, size_t to) const;
  // The sentence names any entity at all (a company, product or place).
  bool NamesAnything(const std::vector<Mention>& ms, size_t sb, size_t se) const;
  // "The Chinese firm", "the American EV giant", 這家中國車廠: a determiner, a
  // few describing words, then a head noun that names a kind of company.
  // The determiner stands in [from, to); the head may stand up to `head_to`
  // (這家僅有約200名員工的中國公司: the figure sits inside the description).
  bool HasDescriptiveAnaphor(size_t from, size_t to, size_t head_to) const;
  // 營收成長12,000%、2024年達到19億美元的雲端運算基礎設施公司CoreWeave, 交付225萬輛的
  // 中國汽車製造商比亞迪: a figure in a Chinese relative clause (…的) describes
  // the name the clause ends on: right after 的, or right after a head noun
  // (公司, 製造商) a few words after it; no clause punctuation between.
  const Mention* ModifiedNameAfter(const std::vector<Mention>& ms, size_t pos, size_t to) const;
  // 奧特曼在聽證會上透露，ChatGPT……: where a reporting verb stands in [from, to)
  // with a name after it before `to`, the reported content's subject can only
  // stand after the verb; else `from`.
  size_t AfterReportingVerb(const std::vector<Mention>& ms, size_t from, size_t to) const;
  // The parties of a deal a figure at [begin, end) in the clause [cb, ce)
  // belongs to (entities.yaml `party_joiners`, `deal_words`): two strong names
  // before the figure joined by a joiner (亞馬遜 (AMZN-US) 與 OpenAI 洽談…, a
  // bracketed ticker may stand between), or one after the figure right after a
  // partner marker ("… a $10 billion deal with Broadcom": `first` is null, the subject
  // is chosen as for any figure). Both null unless a deal word stands in the clause.
  struct DealParties {
    const Mention* first = nullptr;
    const Mention* second = nullptr;
  };
  DealParties PartiesOfDeal(const std::vector<Mention>& ms, size_t cb, size_t begin, size_t end, size_t ce) const;

 private:
  // [from, to) holds only spaces, a bracketed aside right after a name, and one of `joiners`.
  bool Joined(const WordMatcher& joiners, size_t from, size_t to) const;

  std::string_view text_;
  const Rulebook& rules_;
  const DocumentEntities* found_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_ENTITY_MENTIONS_H_
