#include "reports/sarif_format.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>

#include "checker/util/utf8.h"
#include "reports/claim_format.h"
#include "reports/finding_groups.h"

namespace figcheck {
namespace {

constexpr const char* kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
// Where a reader of a SARIF log learns what figcheck is; update when the project's home moves.
constexpr const char* kInformationUri = "https://github.com/figcheck/figcheck";

const char* Level(Severity s) { return BySeverity(s, "error", "warning", "note"); }

// SARIF message text reads [text](id) as a link: literal brackets are escaped.
std::string EscapeMessage(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '[' || ch == ']' || ch == '\\') out += '\\';
    out += ch;
  }
  return out;
}

// Stable across runs and line moves: the rule, the subject and each claim's
// document, text and value, never a line number (FNV-1a, 64 bits).
std::string Fingerprint(const Finding& f) {
  std::vector<std::string> parts;
  for (const Claim& c : f.claims) parts.push_back(c.doc + '\x1f' + c.text + '\x1f' + c.value.Text());
  std::sort(parts.begin(), parts.end());
  std::string key = f.rule + '\x1e' + f.entity + '\x1e' + f.metric;
  for (const auto& p : parts) key += '\x1e' + p;
  uint64_t hash = 1469598103934665603ULL;
  for (unsigned char ch : key) hash = (hash ^ ch) * 1099511628211ULL;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

nlohmann::json PhysicalLocation(const Claim& c) {
  const std::string_view first_line = std::string_view(c.text).substr(0, c.text.find('\n'));
  const int width = static_cast<int>(utf8::CountCodePoints(first_line));
  nlohmann::json region{{"startLine", c.line}, {"startColumn", c.column}, {"snippet", {{"text", c.text}}}};
  if (width > 0) region["endColumn"] = c.column + width;  // one past the figure's last code point
  return {{"artifactLocation", {{"uri", PathToUri(c.doc)}}}, {"region", region}};
}

// The rules the findings cite, in order of first citation, with their index.
struct RuleTable {
  nlohmann::json rules = nlohmann::json::array();
  std::map<std::string, size_t> index;
};

RuleTable CitedRules(const ReportInput& input) {
  RuleTable table;
  for (const Finding& f : input.findings) {
    if (table.index.count(f.rule)) continue;
    table.index[f.rule] = table.rules.size();
    std::string description = f.rule + " (" + f.kind + ")";
    Severity severity = f.severity;
    for (const CheckRule& rule : input.checks) {
      if (rule.id != f.rule) continue;
      if (!rule.description.empty()) description = rule.description;
      severity = rule.severity;
    }
    table.rules.push_back({{"id", f.rule},
                           {"shortDescription", {{"text", description}}},
                           {"defaultConfiguration", {{"level", Level(severity)}}},
                           {"properties", {{"kind", f.kind}}}});
  }
  return table;
}

nlohmann::json SarifResult(const Finding& f, size_t rule_index) {
  nlohmann::json related = nlohmann::json::array();
  std::string links;
  for (size_t i = 1; i < f.claims.size(); ++i) {
    const Claim& c = f.claims[i];
    related.push_back({{"id", i},
                       {"physicalLocation", PhysicalLocation(c)},
                       {"message", {{"text", EscapeMessage(c.text + " = " + ClaimValueText(c))}}}});
    links += (links.empty() ? " Other figures: " : ", ") + std::string("[") + EscapeMessage(ClaimLocation(c)) + "](" +
             std::to_string(i) + ")";
  }
  nlohmann::json result{{"ruleId", f.rule},
                        {"ruleIndex", rule_index},
                        {"level", Level(f.severity)},
                        {"message", {{"text", EscapeMessage(f.message) + (links.empty() ? "" : "." + links)}}},
                        {"partialFingerprints", {{"figcheckFinding/v1", Fingerprint(f)}}}};
  if (!f.claims.empty()) result["locations"] = {{{"physicalLocation", PhysicalLocation(f.claims.front())}}};
  if (!related.empty()) result["relatedLocations"] = related;
  return result;
}

}  // namespace

std::string PathToUri(std::string_view path) {
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "";
  for (unsigned char ch : path) {
    const bool keep = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
                      ch == '.' || ch == '_' || ch == '~' || ch == '/';
    if (keep) {
      uri += static_cast<char>(ch);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", ch);
      uri += hex;
    }
  }
  return uri;
}

void WriteSarifReport(const ReportInput& input, std::ostream& out) {
  RuleTable rules = CitedRules(input);
  nlohmann::json results = nlohmann::json::array();
  for (const Finding& f : input.findings) results.push_back(SarifResult(f, rules.index[f.rule]));
  nlohmann::json driver{{"name", "figcheck"}, {"informationUri", kInformationUri}, {"rules", rules.rules}};
  nlohmann::json run{{"tool", {{"driver", driver}}},
                     {"columnKind", "unicodeCodePoints"},
                     {"results", results},
                     {"properties", {{"documents", input.summary.documents}, {"claims", input.summary.claims}}}};
  nlohmann::json log{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", {run}}};
  out << DumpJson(log, 2) << '\n';
}

}  // namespace figcheck
