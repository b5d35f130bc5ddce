#include "checker/compare/internal/passage.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

namespace figcheck {
namespace {

char Lower(char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); }

bool IsAsciiAlnum(char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; }

// A Latin word matches whole words only ("up" is not in "startup").
bool ContainsFolded(std::string_view text, std::string_view word) {
  if (word.empty() || word.size() > text.size()) return false;
  const bool latin_start = IsAsciiAlnum(word.front());
  const bool latin_end = IsAsciiAlnum(word.back());
  for (size_t i = 0; i + word.size() <= text.size(); ++i) {
    size_t k = 0;
    while (k < word.size() && Lower(text[i + k]) == Lower(word[k])) ++k;
    if (k != word.size()) continue;
    const bool starts = !latin_start || i == 0 || !IsAsciiAlnum(text[i - 1]);
    const bool ends = !latin_end || i + k == text.size() || !IsAsciiAlnum(text[i + k]);
    if (starts && ends) return true;
  }
  return false;
}

Decimal Rounded(const Decimal& d) {
  // Three significant digits are plenty for a reader comparing two ratios.
  return d.DividedBy(Decimal(1), 3).value_or(d);
}

}  // namespace

ClaimIndex IndexClaims(const std::vector<Claim>& claims) {
  ClaimIndex index{claims, {}};
  std::map<std::pair<std::string, long>, size_t> where;
  for (const auto& c : claims) {
    if (c.sentence < 0) continue;
    auto [it, fresh] = where.emplace(std::make_pair(c.doc, c.sentence), index.passages.size());
    if (fresh) index.passages.emplace_back();
    index.passages[it->second].push_back(&c);
  }
  for (auto& p : index.passages) {
    std::stable_sort(p.begin(), p.end(), [](const Claim* a, const Claim* b) { return a->context_begin < b->context_begin; });
  }
  return index;
}

std::string Place(const Claim& c) {
  return std::filesystem::path(c.doc).filename().string() + ":" + std::to_string(c.line);
}

std::string Describe(const Claim& c) {
  std::string s = c.text + " = " + c.value.Text();
  if (c.high) s += ".." + c.high->Text();
  if (!c.unit.empty()) s += " " + c.unit;
  if (c.qualifier != Qualifier::kExact) s += " (" + std::string(QualifierName(c.qualifier)) + ")";
  s += " at " + Place(c);
  if (c.as_of) s += ", as of " + c.as_of->ToIso();
  return s;
}

std::string_view Between(const Claim& a, const Claim& b) {
  if (a.doc != b.doc || a.sentence != b.sentence || b.context_begin < a.context_end) return {};
  return std::string_view(a.context).substr(a.context_end, b.context_begin - a.context_end);
}

std::string_view Before(const Claim& c, size_t bytes) {
  const size_t from = c.context_begin > bytes ? c.context_begin - bytes : 0;
  return std::string_view(c.context).substr(from, c.context_begin - from);
}

std::string_view After(const Claim& c, size_t bytes) {
  return std::string_view(c.context).substr(std::min(c.context_end, c.context.size()), bytes);
}

std::string_view Span(const Claim& c) {
  return std::string_view(c.context).substr(std::min(c.context_begin, c.context.size()),
                                            c.context_end - std::min(c.context_begin, c.context_end));
}

bool ContainsAny(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return ContainsFolded(text, w); });
}

std::optional<ValueInterval> Interval(const Claim& c, const CheckContext& context) {
  return NumericInterval(c, context.rules.checks);
}

std::optional<ValueInterval> Quotient(const ValueInterval& a, const ValueInterval& b) {
  if (a.lo.IsNegative() || b.lo.IsNegative() || b.lo.IsZero()) return std::nullopt;
  auto lo = a.lo.DividedBy(b.hi, 12), hi = a.hi.DividedBy(b.lo, 12);
  if (!lo || !hi) return std::nullopt;
  return ValueInterval{*lo, *hi};
}

ValueInterval Widen(const ValueInterval& v, const Decimal& t) {
  const Decimal one = 1;
  return ValueInterval{v.lo * (one - t), v.hi * (one + t)};
}

std::string Show(const Decimal& d) { return Rounded(d).ToString(); }

std::string Show(const ValueInterval& v) {
  const std::string lo = Show(v.lo), hi = Show(v.hi);
  return lo == hi ? lo : lo + " .. " + hi;
}

Finding MakeFinding(const CheckRule& rule, std::vector<const Claim*> claims, std::string message) {
  Finding f;
  f.rule = rule.id;
  f.kind = rule.kind;
  f.severity = rule.severity;
  f.message = std::move(message);
  for (const Claim* c : claims) {
    const bool known = std::any_of(f.claims.begin(), f.claims.end(), [&](const Claim& x) {
      return x.doc == c->doc && x.line == c->line && x.column == c->column;
    });
    if (!known) f.claims.push_back(*c);
  }
  if (!f.claims.empty()) {
    f.entity = f.claims.front().entity;
    f.metric = f.claims.front().metric;
  }
  return f;
}

}  // namespace figcheck
