#include "checker/claims/open_segment.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <tuple>

#include "checker/claims/open_metric.h"
#include "checker/util/utf8.h"

namespace figcheck {

namespace {

// "Gaming revenue": one word, a space apart. Before Han text (a cue or a
// marker) the word may touch it and follow Han text (蘋果iPhone營收, Mac業務).
// Before a marker a product's name is the line (iPhone業務): `before_marker`
// lets a name stand there.
std::string LatinWordBefore(std::string_view text, size_t cue_begin, size_t clause_begin, const MetricTable& metrics,
                            const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities,
                            bool before_marker = false) {
  if (cue_begin <= clause_begin) return "";
  const bool han_cue = static_cast<unsigned char>(text[cue_begin]) >= 0x80;
  size_t e = cue_begin;
  if (text[e - 1] == ' ') {
    --e;
  } else if (!han_cue) {
    return "";
  }
  size_t b = e;
  while (b > clause_begin && (utf8::IsAsciiAlpha(text[b - 1]) || text[b - 1] == '-')) --b;
  const bool acronym = e - b == 2 && utf8::IsAsciiUpper(text[b]) && utf8::IsAsciiUpper(text[b + 1]);  // EV, AI
  if (e - b < 3 && !acronym) return "";
  const bool after_punctuation = (b > 0 && std::string_view(",;:(\"").find(text[b - 1]) != std::string_view::npos) ||
                                 text.substr(0, b).ends_with("“") || text.substr(0, b).ends_with("「");  // “other net income”
  if (b > 0 && b != clause_begin && text[b - 1] != ' ' && !after_punctuation &&
      !(han_cue && static_cast<unsigned char>(text[b - 1]) >= 0x80)) {
    return "";  // Nvidia's, Q3: no segment
  }
  const std::string word = utf8::AsciiLower(text.substr(b, e - b));
  if (metrics.segment_stop_words.count(word)) return "";
  static const std::vector<Mention> kNoNames;
  if (OverlapsNameOrFigure(b, e, before_marker ? kNoNames : mentions, quantities)) return "";
  // "is targeting revenue": a verb after an auxiliary names no line of business.
  size_t pe = b;
  while (pe > clause_begin && text[pe - 1] == ' ') --pe;
  size_t pb = pe;
  while (pb > clause_begin && utf8::IsAsciiAlpha(text[pb - 1])) --pb;
  if (metrics.segment_after_words.count(utf8::AsciiLower(text.substr(pb, pe - pb)))) return "";
  return word;
}

// 「手機×AIoT」分部, “智能電動汽車”業務: where the name a marker closes in quotes
// begins and ends (inside the quotes), or nullopt. The name inside is read
// like an unquoted one, so 「智能電動汽車」業務 and 智能電動汽車業務 name one line.
std::optional<std::pair<size_t, size_t>> QuotedNameBefore(std::string_view text, size_t marker_begin, size_t floor) {
  constexpr size_t kMaxName = 60;  // bytes
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {{"「", "」"}, {"“", "”"}, {"『", "』"}};
  for (const auto& [open, close] : kQuotes) {
    if (marker_begin < floor + close.size() || text.substr(marker_begin - close.size(), close.size()) != close) continue;
    const size_t name_end = marker_begin - close.size();
    const size_t lo = name_end > floor + kMaxName ? name_end - kMaxName : floor;
    const size_t o = text.rfind(open, name_end == 0 ? 0 : name_end - 1);
    if (o == std::string_view::npos || o < lo || o + open.size() >= name_end) continue;
    return std::pair{o + open.size(), name_end};
  }
  return std::nullopt;
}

// The start of a date that ends right before `pos` (spaces apart), or npos:
// 創新業務分部第二季營收 names the line before the quarter.
size_t DateEndingAt(size_t pos, size_t floor, const std::vector<Quantity>& quantities) {
  constexpr size_t kReach = 64;  // bytes: 2025年第二季度 and a space
  auto it = FirstQuantityAt(quantities, std::max(floor, pos > kReach ? pos - kReach : 0));
  for (; it != quantities.end() && it->begin < pos; ++it) {
    if (it->dimension == Dimension::kDate && it->end <= pos && it->end + 1 >= pos && it->begin >= floor) return it->begin;
  }
  return std::string_view::npos;
}

// 服務收入, 國際市場收入: the Han words right before a `han_cues` cue, after
// the last word that says the whole or a period (季度總收入, 期內收入: none).
std::string HanLineBefore(std::string_view text, size_t cue_begin, size_t clause_begin, const MetricTable& metrics,
                          const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities) {
  if (!metrics.segment_han_cues.MayStartAt(text, cue_begin) || !metrics.segment_han_cues.MatchAt(text, cue_begin)) {
    return "";
  }
  size_t b = HanWordsBefore(text, cue_begin, clause_begin, metrics.open_breaks, metrics.segment_min_chars,
                            metrics.segment_max_chars, mentions, quantities);
  if (b == std::string::npos) return "";
  // 當季廣告營收: the words after the last stop word name the line (廣告); none
  // after it (第四季營收, 季度總收入): the whole's.
  for (size_t p = b; p < cue_begin; ++p) {
    if (!metrics.segment_han_stops.MayStartAt(text, p)) continue;
    if (auto stop = metrics.segment_han_stops.MatchAt(text, p)) b = p + stop->length;
  }
  if (utf8::CountCodePoints(text.substr(b, cue_begin - b)) < static_cast<size_t>(metrics.segment_min_chars)) return "";
  return std::string(text.substr(b, cue_begin - b));
}

// "(CCG)" ending at `end`: where the bracket opens, else `end`. A line's
// abbreviation or gloss in brackets stands between its name and the cue or
// marker (客戶端運算部門(CCG)營收79億美元, 終端（consumer devices）業務營收).
size_t BeforeAbbreviation(std::string_view text, size_t end, size_t floor) {
  constexpr size_t kLongest = 24;  // bytes inside the brackets
  if (end <= floor || text[end - 1] != ')') return end;
  for (size_t p = end - 1; p > floor && end - p <= kLongest + 1; --p) {
    const char c = text[p - 1];
    if (c == '(') return p + 1 == end ? end : p - 1;  // "()" is no abbreviation
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '&' && c != '-' && c != ' ') return end;
  }
  return end;
}

// A list item's bullet: "1)", "2、", "(3)", "a.", "●", "-", "–" and the spaces
// after it. A line opening a list item opens its clause.
bool IsListBullet(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  if (s.empty()) return false;
  for (std::string_view symbol : {"-", "*", "•", "●", "○", "■", "◆", "▪", "–", "—", "·"}) {
    if (s == symbol) return true;
  }
  if (s.front() == '(' && s.size() >= 3 && s.size() <= 4 && s.back() == ')') {
    s = s.substr(1, s.size() - 2);  // (3)
  } else if (s.ends_with(")") || s.ends_with(".")) {
    s.remove_suffix(1);  // 1), a.
  } else if (s.ends_with("、")) {
    s.remove_suffix(std::string_view("、").size());  // 2、
  } else {
    return false;
  }
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  return !s.empty() && s.size() <= 2 && std::all_of(s.begin(), s.end(), alnum);
}

// The line named before a marker at `marker_begin` (`name_bytes` long) opens
// its clause: only spaces, `subject_openers` (其中, 而) and names stand
// between it and the clause's start (服務業務成為第二增長極; 其中存儲業務
// (Memory)表現突出; 三星電子記憶體事業部在當季…).
bool NameOpensItsClause(std::string_view text, size_t sentence_begin, size_t marker_begin, size_t name_bytes,
                        const MetricTable& metrics, const std::vector<Mention>& mentions) {
  constexpr size_t kReach = 40;  // bytes of openers and names before the line
  size_t p = marker_begin;
  while (p > sentence_begin && text[p - 1] == ' ') --p;
  if (p < sentence_begin + name_bytes) return p - sentence_begin == name_bytes;
  p -= name_bytes;
  const size_t floor = std::max(sentence_begin, p > kReach ? p - kReach : 0);
  while (p > floor) {
    const char c = text[p - 1];
    if (c == ',' || c == ';' || c == ':') return true;
    if (IsListBullet(text.substr(sentence_begin, p - sentence_begin))) return true;
    if (c == ' ') {
      --p;
      continue;
    }
    if (auto opener = metrics.segment_subject_openers.MatchEndingAt(text, p); opener && p - opener->length >= floor) {
      p -= opener->length;
      continue;
    }
    // A name, or a name and a few more Han characters of the line's name
    // (三星電子設備解決方案事業部: the line read is 解決方案).
    constexpr size_t kMoreName = 12;  // bytes: four Han characters
    auto name = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) {
      if (m.end > p || m.end + kMoreName < p || m.begin < floor) return false;
      for (size_t k = m.end; k < p; ++k) {
        if (static_cast<unsigned char>(text[k]) < 0x80) return false;
      }
      return true;
    });
    if (name == mentions.end()) return false;
    p = name->begin;
  }
  return p == sentence_begin;
}

// 其中，iPhone業務，本季度淨營收為490億美元; Mac業務則成為增長亮點，淨營收為87億美元:
// a line of business written as the subject of an earlier clause (a marker
// followed by a comma or 則, or one whose name opens its clause) is what the
// sentence's later figures are of.
std::string SubjectSegmentBefore(std::string_view text, size_t sentence_begin, size_t cue_begin,
                                 const MetricTable& metrics, const std::vector<Mention>& mentions,
                                 const std::vector<Quantity>& quantities) {
  // A subject stands near: a window keeps a one-line 50 MB "sentence" linear.
  constexpr size_t kReach = 600;  // bytes
  std::string found;
  for (size_t p = std::max(sentence_begin, cue_begin > kReach ? cue_begin - kReach : 0); p < cue_begin; ++p) {
    if (!metrics.segment_markers.MayStartAt(text, p)) continue;
    const auto marker = metrics.segment_markers.MatchAt(text, p);
    if (!marker) continue;
    const size_t end = p + marker->length;
    size_t next = end;
    while (next < cue_begin && text[next] == ' ') ++next;
    // A Latin marker is a subject before its verb: "its EV business generated".
    const bool latin_subject = next > end && next < cue_begin && text[next] >= 'a' && text[next] <= 'z';
    if (next >= cue_begin) continue;
    std::string name = OpenSegmentBefore(text, end, sentence_begin, metrics, mentions, quantities);
    if (name.empty()) continue;
    if (text[next] == ',' || text.substr(next).starts_with("则") || latin_subject ||
        NameOpensItsClause(text, sentence_begin, p, name.size(), metrics, mentions)) {
      found = std::move(name);
    }
  }
  return found;
}

// "revenue from Apple's smartphone business", "sales from its cloud unit": a
// line named after the cue, by "from" and a marker, before the figure.
std::string LineAfterCue(std::string_view text, size_t cue_end, size_t figure_begin, const MetricTable& metrics,
                         const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities) {
  constexpr size_t kReach = 48;  // bytes from "from" to the marker
  size_t p = cue_end;
  while (p < figure_begin && text[p] == ' ') ++p;
  if (text.substr(p, 5) != "from ") return "";
  const size_t from_end = p + 5;
  for (size_t m = from_end; m < std::min(figure_begin, from_end + kReach); ++m) {
    if (!metrics.segment_markers.MayStartAt(text, m)) continue;
    if (!metrics.segment_markers.MatchAt(text, m)) continue;
    return LatinWordBefore(text, m, from_end, metrics, mentions, quantities, true);
  }
  return "";
}

// A cue of a firm's metric (not a requirement word).
bool IsFirmCue(const Mention& m, const MetricTable& metrics) {
  for (const auto& [index, required] : metrics.cue_uses[m.index]) {
    if (!required && metrics.metrics[index].of_a_firm) return true;
  }
  return false;
}

}  // namespace

std::string OpenSegmentBefore(std::string_view text, size_t cue_begin, size_t clause_begin, const MetricTable& metrics,
                              const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities) {
  if (cue_begin <= clause_begin) return "";
  size_t before = cue_begin;  // where the line's marker must end: the cue, or a period before it
  if (size_t date = DateEndingAt(cue_begin, clause_begin, quantities); date != std::string_view::npos) before = date;
  while (before > clause_begin && text[before - 1] == ' ') --before;
  before = BeforeAbbreviation(text, before, clause_begin);  // 客戶端運算部門(CCG)營收
  while (before > clause_begin && text[before - 1] == ' ') --before;
  if (auto marker = metrics.segment_markers.MatchEndingAt(text, before);
      marker && before - marker->length >= clause_begin) {
    size_t name_end = before - marker->length;
    size_t trimmed = name_end;
    while (trimmed > clause_begin && text[trimmed - 1] == ' ') --trimmed;
    if (size_t b = BeforeAbbreviation(text, trimmed, clause_begin); b != trimmed) name_end = b;  // 終端（consumer devices）業務
    size_t floor = clause_begin;
    if (auto quoted = QuotedNameBefore(text, name_end, clause_begin)) std::tie(floor, name_end) = *quoted;
    const size_t b = HanWordsBefore(text, name_end, floor, metrics.open_breaks, metrics.segment_min_chars,
                                    metrics.segment_max_chars, mentions, quantities);
    if (b != std::string::npos) return std::string(text.substr(b, name_end - b));
    if (std::string word = LatinWordBefore(text, name_end, floor, metrics, mentions, quantities, true); !word.empty()) {
      return word;  // iPhone業務, 「手機×AIoT」分部, EV business
    }
    // 該板塊, this segment: the line the text named before, whichever it was.
    const size_t d = utf8::PrevStart(text, name_end);
    if (name_end > floor && metrics.demonstrative_openers.MatchAt(text, d)) {
      return std::string(text.substr(d, before - d));
    }
    return "";
  }
  std::string han = HanLineBefore(text, cue_begin, clause_begin, metrics, mentions, quantities);
  if (!han.empty()) return han;
  return LatinWordBefore(text, cue_begin, clause_begin, metrics, mentions, quantities);
}

std::string OpenSegmentOfFigure(std::string_view text, const Quantity& q, const std::vector<Mention>& cues,
                                size_t sentence_begin, size_t clause_begin, const std::string& metric,
                                const MetricTable& metrics, const std::vector<Mention>& mentions,
                                const std::vector<Quantity>& quantities) {
  const MetricRule* rule = metrics.Find(metric);
  if (rule == nullptr || !(rule->of_a_firm || rule->change)) return "";
  const Mention* cue = nullptr;      // the figure's own: the last firm cue of its clause before it
  const Mention* earlier = nullptr;  // the last firm cue of an earlier clause of its sentence
  std::vector<const Mention*> earlier_cues;  // all of them, in text order
  for (const auto& m : cues) {
    if (m.begin < sentence_begin || m.end > q.begin || !IsFirmCue(m, metrics)) continue;
    (m.begin < clause_begin ? earlier : cue) = &m;
    if (m.begin < clause_begin) earlier_cues.push_back(&m);
  }
  std::string line;
  if (cue != nullptr) {
    line = OpenSegmentBefore(text, cue->begin, clause_begin, metrics, mentions, quantities);
    if (line.empty()) line = LineAfterCue(text, cue->end, q.begin, metrics, mentions, quantities);
    if (!line.empty()) return line;
  } else if (earlier == nullptr) {
    // "Its EV business generated 20.6 billion yuan in revenue": no cue before
    // the figure, a subject line before it.
    return SubjectSegmentBefore(text, sentence_begin, q.begin, metrics, mentions, quantities);
  }
  // 服務部門收入達287.5億美元，並高於市場預期的281.7億美元: a figure with no cue
  // of its own measures what the clause before did, for the same line.
  const Mention* own = cue != nullptr ? cue : earlier;
  // 總營收, total revenue: the whole, whatever line the clause before named.
  size_t total_end = own->begin;
  while (total_end > clause_begin && text[total_end - 1] == ' ') --total_end;
  if (metrics.segment_total_words.MatchEndingAt(text, total_end)) return "";
  // 智慧手機業務營收455億元，毛利率為11.5%: the line the clause before named;
  // through cues that name none (iPhone收入仍為核心，僅其收入已達852億美元，
  // 按年增23%), up to one that says the whole (總營收).
  for (auto it = earlier_cues.rbegin(); it != earlier_cues.rend(); ++it) {
    line = OpenSegmentBefore(text, (*it)->begin, sentence_begin, metrics, mentions, quantities);
    if (!line.empty()) return line;
    size_t e = (*it)->begin;
    while (e > sentence_begin && text[e - 1] == ' ') --e;
    if (metrics.segment_total_words.MatchEndingAt(text, e)) return "";
  }
  return SubjectSegmentBefore(text, sentence_begin, own->begin, metrics, mentions, quantities);
}

}  // namespace figcheck
