#include "checker/ledger/claim_row.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>
#include <string_view>

#include "checker/rules/attribution_model.h"

namespace figcheck::ledger {
namespace {

std::string JoinAspects(const std::vector<Aspect>& aspects) {
  std::string s;
  for (const auto& a : aspects) s += (s.empty() ? "" : ",") + a.Text();
  return s;
}

std::vector<Aspect> SplitAspects(const std::string& s) {
  std::vector<Aspect> out;
  size_t begin = 0;
  while (begin < s.size()) {
    size_t end = s.find(',', begin);
    if (end == std::string::npos) end = s.size();
    out.push_back(Aspect::Parse(s.substr(begin, end - begin)));
    begin = end + 1;
  }
  return out;
}

// A typed optional field as the text the ledger stores, or NULL.
template <typename T, typename AsText>
std::optional<std::string> StoredText(const std::optional<T>& v, AsText as_text) {
  return v ? std::optional<std::string>(as_text(*v)) : std::nullopt;
}

}  // namespace

std::string ClaimRowColumns(const std::string& alias) {
  std::string out;
  std::string_view all = kClaimRowColumns;
  while (!all.empty()) {
    const size_t comma = all.find(", ");
    out += (out.empty() ? "" : ", ") + alias + "." + std::string(all.substr(0, comma));
    all = comma == std::string_view::npos ? std::string_view() : all.substr(comma + 2);
  }
  return out;
}

ClaimRow RowOf(const Claim& c) {
  ClaimRow r;
  r.line = c.line;
  r.column = c.column;
  r.text = c.text;
  r.entity = c.entity;
  r.metric = c.metric;
  r.dimension = DimensionName(c.dimension);
  r.value = c.value.Text();
  r.unit = c.unit;
  r.qualifier = QualifierName(c.qualifier);
  r.low = StoredText(c.low, [](const FigureValue& v) { return v.Text(); });
  r.high = StoredText(c.high, [](const FigureValue& v) { return v.Text(); });
  r.as_of = StoredText(c.as_of, [](const CivilDate& d) { return d.ToIso(); });
  r.rule = c.rule;
  r.unit_mismatch = c.unit_mismatch ? 1 : 0;
  r.aspects = JoinAspects(c.aspects);
  r.as_of_stated = c.as_of_stated ? 1 : 0;
  r.resolution = StoredText(c.resolution, [](const Decimal& d) { return d.ToString(); });
  r.confidence = ThreeDecimals(c.confidence);
  return r;
}

Claim ClaimOf(std::string doc, const ClaimRow& r) {
  Claim c;
  c.doc = std::move(doc);
  c.line = static_cast<int>(r.line);
  c.column = static_cast<int>(r.column);
  c.text = r.text;
  c.entity = r.entity;
  c.metric = r.metric;
  c.dimension = ParseDimension(r.dimension).value_or(Dimension::kNone);
  c.value = FigureValue::Read(c.dimension, r.value);
  c.unit = r.unit;
  c.qualifier = ParseQualifier(r.qualifier).value_or(Qualifier::kExact);
  c.low = FigureValue::ReadOptional(c.dimension, r.low);
  c.high = FigureValue::ReadOptional(c.dimension, r.high);
  if (r.as_of) c.as_of = CivilDate::ParseIso(*r.as_of);
  c.rule = r.rule;
  c.unit_mismatch = r.unit_mismatch != 0;
  c.aspects = SplitAspects(r.aspects);
  c.as_of_stated = r.as_of_stated != 0;
  if (r.resolution) c.resolution = Decimal::Parse(*r.resolution);
  c.confidence = r.confidence ? std::strtod(r.confidence->c_str(), nullptr) : 1.0;
  return c;
}

std::vector<Claim> InLedgerOrder(std::vector<FoundClaim> found) {
  std::sort(found.begin(), found.end(),
            [](const FoundClaim& a, const FoundClaim& b) { return std::tie(a.path, a.id) < std::tie(b.path, b.id); });
  std::vector<Claim> out;
  out.reserve(found.size());
  for (FoundClaim& f : found) out.push_back(std::move(f.claim));
  return out;
}

}  // namespace figcheck::ledger
