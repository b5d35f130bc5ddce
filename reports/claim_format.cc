#include "reports/claim_format.h"

#include <cmath>
#include <iomanip>

#include "reports/json_text.h"

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

nlohmann::json ClaimToLedgerJson(const Claim& c, const LedgerFields& document) {
  nlohmann::json j = ClaimToJson(c);
  j["as_of_stated"] = c.as_of_stated;
  j["resolution"] = c.resolution ? nlohmann::json(c.resolution->ToString()) : nlohmann::json(nullptr);
  j["unit_mismatch"] = c.unit_mismatch;
  j["doc_hash"] = document.doc_hash;
  j["published"] = document.published ? nlohmann::json(*document.published) : nlohmann::json(nullptr);
  return j;
}

namespace {

// Reads field `name` of `j` into `out`: a string (null gives "" when
// `nullable`), an integer or a boolean. False when missing or of another type.
bool Field(const nlohmann::json& j, const char* name, std::string* out, bool nullable = false) {
  auto it = j.find(name);
  if (it == j.end()) return false;
  if (it->is_null() && nullable) {
    out->clear();
    return true;
  }
  if (!it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}
bool Field(const nlohmann::json& j, const char* name, int* out) {
  auto it = j.find(name);
  if (it == j.end() || !it->is_number_integer()) return false;
  *out = it->get<int>();
  return true;
}
bool Field(const nlohmann::json& j, const char* name, bool* out) {
  auto it = j.find(name);
  if (it == j.end() || !it->is_boolean()) return false;
  *out = it->get<bool>();
  return true;
}
// An optional string field: absent or null is nullopt.
bool OptionalField(const nlohmann::json& j, const char* name, std::optional<std::string>* out) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) {
    out->reset();
    return true;
  }
  if (!it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

}  // namespace

Status ClaimFromLedgerJson(const nlohmann::json& j, Claim* c, LedgerFields* document) {
  auto missing = [](const char* name) {
    return Status::InvalidInput(std::string("field '") + name + "' is missing or of the wrong type");
  };
  if (!j.is_object()) return Status::InvalidInput("not a JSON object");
  std::string dimension, qualifier, value;
  std::optional<std::string> low, high, as_of, resolution, published;
  if (!Field(j, "doc", &c->doc)) return missing("doc");
  if (!Field(j, "line", &c->line)) return missing("line");
  if (!Field(j, "column", &c->column)) return missing("column");
  if (!Field(j, "text", &c->text)) return missing("text");
  if (!Field(j, "entity", &c->entity, true)) return missing("entity");
  if (!Field(j, "metric", &c->metric, true)) return missing("metric");
  if (!Field(j, "dimension", &dimension) || !ParseDimension(dimension)) return missing("dimension");
  c->dimension = *ParseDimension(dimension);
  if (!Field(j, "value", &value)) return missing("value");
  c->value = FigureValue::Read(c->dimension, value);
  if (!Field(j, "unit", &c->unit, true)) return missing("unit");
  if (!Field(j, "qualifier", &qualifier) || !ParseQualifier(qualifier)) return missing("qualifier");
  c->qualifier = *ParseQualifier(qualifier);
  if (!OptionalField(j, "low", &low)) return missing("low");
  if (!OptionalField(j, "high", &high)) return missing("high");
  c->low = FigureValue::ReadOptional(c->dimension, low);
  c->high = FigureValue::ReadOptional(c->dimension, high);
  if (!OptionalField(j, "as_of", &as_of)) return missing("as_of");
  if (as_of) {
    c->as_of = CivilDate::ParseIso(*as_of);
    if (!c->as_of) return missing("as_of");
  }
  if (!Field(j, "rule", &c->rule, true)) return missing("rule");
  auto aspects = j.find("aspects");
  if (aspects == j.end() || !aspects->is_array()) return missing("aspects");
  for (const auto& a : *aspects) {
    if (!a.is_string()) return missing("aspects");
    c->aspects.push_back(Aspect::Parse(a.get<std::string>()));
  }
  auto confidence = j.find("confidence");
  c->confidence = confidence != j.end() && confidence->is_number() ? confidence->get<double>() : 0;
  if (!Field(j, "as_of_stated", &c->as_of_stated)) return missing("as_of_stated");
  if (!OptionalField(j, "resolution", &resolution)) return missing("resolution");
  if (resolution) {
    c->resolution = Decimal::Parse(*resolution);
    if (!c->resolution) return missing("resolution");
  }
  if (!Field(j, "unit_mismatch", &c->unit_mismatch)) return missing("unit_mismatch");
  if (!Field(j, "doc_hash", &document->doc_hash)) return missing("doc_hash");
  if (!OptionalField(j, "published", &document->published)) return missing("published");
  return Status::Ok();
}

std::string DumpJson(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

void AppendStringOrNull(const std::string& s, std::string* out) {
  if (s.empty()) {
    *out += "null";
  } else {
    AppendJsonString(s, out);
  }
}

}  // namespace

void AppendClaimJson(const Claim& c, std::string* out) {
  // The keys in the order nlohmann::json's object (a std::map) dumps them.
  *out += "{\"as_of\":";
  if (c.as_of) {
    AppendJsonString(c.as_of->ToIso(), out);
  } else {
    *out += "null";
  }
  *out += ",\"aspects\":[";
  for (size_t i = 0; i < c.aspects.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(c.aspects[i].Text(), out);
  }
  *out += "],\"column\":";
  *out += std::to_string(c.column);
  *out += ",\"confidence\":";
  if (c.entity.empty()) {
    *out += "null";
  } else {
    AppendJsonDouble(Rounded(c.confidence), out);
  }
  *out += ",\"dimension\":";
  AppendJsonString(DimensionName(c.dimension), out);
  *out += ",\"doc\":";
  AppendJsonString(c.doc, out);
  *out += ",\"entity\":";
  AppendStringOrNull(c.entity, out);
  *out += ",\"high\":";
  AppendStringOrNull(c.high ? c.high->Text() : std::string(), out);
  *out += ",\"line\":";
  *out += std::to_string(c.line);
  *out += ",\"low\":";
  AppendStringOrNull(c.low ? c.low->Text() : std::string(), out);
  *out += ",\"metric\":";
  AppendStringOrNull(c.metric, out);
  *out += ",\"qualifier\":";
  AppendJsonString(QualifierName(c.qualifier), out);
  *out += ",\"rule\":";
  AppendJsonString(c.rule, out);
  *out += ",\"text\":";
  AppendJsonString(c.text, out);
  *out += ",\"unit\":";
  AppendJsonString(c.unit, out);
  *out += ",\"value\":";
  AppendJsonString(c.value.Text(), out);
  out->push_back('}');
}

void WriteClaimsJsonl(const std::vector<Claim>& claims, std::ostream& out, bool candidates) {
  if (!candidates) {
    std::string lines;
    for (const auto& c : claims) {
      AppendClaimJson(c, &lines);
      lines.push_back('\n');
    }
    out << lines;
    return;
  }
  for (const auto& c : claims) {
    nlohmann::json j = ClaimToJson(c);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& k : c.candidates) {
      list.push_back(
          {{"entity", k.entity}, {"score", Rounded(k.score)}, {"features", AttributionModel::Names(k.features)}});
    }
    j["candidates"] = std::move(list);
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
