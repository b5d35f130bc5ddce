#include "reports/claim_format.h"

#include <cmath>
#include <iomanip>

namespace figcheck {
namespace {

nlohmann::json AspectTexts(const Claim& c) {
  nlohmann::json out = nlohmann::json::array();
  for (const Aspect& a : c.aspects) out.push_back(a.Text());
  return out;
}
nlohmann::json OrNull(const std::optional<FigureValue>& v) { return v ? nlohmann::json(v->Text()) : nlohmann::json(nullptr); }
nlohmann::json OrNull(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

// Three decimals: a confidence is an estimate, not a figure to carry exactly.
double Rounded(double v) { return std::round(v * 1000) / 1000; }

}  // namespace

nlohmann::json ClaimToJson(const Claim& c) {
  return nlohmann::json{
      {"doc", c.doc},       {"line", c.line},
      {"column", c.column}, {"text", c.text},
      {"entity", OrNull(c.entity)}, {"metric", OrNull(c.metric)},
      {"dimension", std::string(DimensionName(c.dimension))},
      {"value", c.value.Text()},   {"unit", c.unit},
      {"qualifier", std::string(QualifierName(c.qualifier))},
      {"low", OrNull(c.low)}, {"high", OrNull(c.high)},
      {"as_of", c.as_of ? nlohmann::json(c.as_of->ToIso()) : nlohmann::json(nullptr)}, {"rule", c.rule}, {"aspects", AspectTexts(c)},
      {"confidence", c.entity.empty() ? nlohmann::json(nullptr) : nlohmann::json(Rounded(c.confidence))},
  };
}

std::string DumpJson(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

void WriteClaimsJsonl(const std::vector<Claim>& claims, std::ostream& out, bool candidates) {
  for (const auto& c : claims) {
    nlohmann::json j = ClaimToJson(c);
    if (candidates) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& k : c.candidates) {
        list.push_back({{"entity", k.entity}, {"score", Rounded(k.score)}, {"features", AttributionModel::Names(k.features)}});
      }
      j["candidates"] = std::move(list);
    }
    out << DumpJson(j) << '\n';
  }
}

void WriteClaimsTable(const std::vector<Claim>& claims, std::ostream& out) {
  for (const auto& c : claims) {
    out << c.doc << ':' << c.line << ':' << c.column << '\t' << c.text << "\t= " << c.value.Text();
    if (c.high) out << " .. " << c.high->Text();
    out << ' ' << c.unit << '\t' << QualifierName(c.qualifier) << '\t' << DimensionName(c.dimension) << '\n';
  }
}

void WriteMentionsJsonl(const std::vector<Claim>& mentions, std::ostream& out) {
  for (const auto& m : mentions) {
    if (m.value.empty()) continue;
    nlohmann::json j{{"line", m.line}, {"column", m.column}, {"text", m.text}, {"value", m.value.Text()},
                     {"unit", m.unit.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.unit)},
                     {"dimension", std::string(DimensionName(m.dimension))}};
    out << DumpJson(j) << '\n';
  }
}

}  // namespace figcheck
