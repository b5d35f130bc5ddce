#include "checker/gate/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "checker/compare/fingerprint.h"
#include "checker/document/loader.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
constexpr int kVersion = 1;

BaselineEntry EntryFor(const Finding& f) {
  BaselineEntry e{FindingFingerprint(f), f.rule, f.message, {}};
  std::set<std::string> docs;
  for (const auto& c : f.claims) docs.insert(NormalPath(c.doc));
  e.docs.assign(docs.begin(), docs.end());
  return e;
}

Result<BaselineEntry> EntryFromJson(const nlohmann::json& j, const std::string& where) {
  if (!j.is_object() || !j.contains("fingerprint") || !j["fingerprint"].is_string()) {
    return Status::InvalidInput(where + ": each finding needs a string \"fingerprint\"");
  }
  BaselineEntry e;
  e.fingerprint = j["fingerprint"].get<std::string>();
  if (j.contains("rule") && j["rule"].is_string()) e.rule = j["rule"].get<std::string>();
  if (j.contains("message") && j["message"].is_string()) e.message = j["message"].get<std::string>();
  if (j.contains("docs") && j["docs"].is_array()) {
    for (const auto& d : j["docs"]) {
      if (d.is_string()) e.docs.push_back(d.get<std::string>());
    }
  }
  return e;
}

}  // namespace

Result<Baseline> ReadBaseline(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Baseline{};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read baseline");
  std::stringstream bytes;
  bytes << in.rdbuf();
  const nlohmann::json doc = nlohmann::json::parse(bytes.str(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) return Status::InvalidInput(path + ": baseline is not a JSON object");
  if (!doc.contains("version") || doc["version"] != kVersion) {
    return Status::InvalidInput(path + ": baseline version must be " + std::to_string(kVersion));
  }
  if (!doc.contains("findings") || !doc["findings"].is_array()) {
    return Status::InvalidInput(path + ": baseline has no \"findings\" array");
  }
  Baseline b;
  for (size_t i = 0; i < doc["findings"].size(); ++i) {
    auto e = EntryFromJson(doc["findings"][i], path + ": findings[" + std::to_string(i) + "]");
    if (!e.ok()) return e.status();
    b.entries.push_back(std::move(*e));
  }
  return b;
}

Status WriteBaseline(const std::string& path, const Baseline& baseline) {
  std::vector<BaselineEntry> entries = baseline.entries;
  std::sort(entries.begin(), entries.end(),
            [](const BaselineEntry& a, const BaselineEntry& b) { return a.fingerprint < b.fingerprint; });
  // Ordered: "version" first and "fingerprint" first in each entry, for the reader of a diff.
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& e : entries) {
    list.push_back({{"fingerprint", e.fingerprint}, {"rule", e.rule}, {"message", e.message}, {"docs", e.docs}});
  }
  const nlohmann::ordered_json doc{{"version", kVersion}, {"findings", list}};
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (!out.flush()) return Status::IoError(path + ": cannot write baseline");
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Status::IoError(path + ": cannot write baseline: " + ec.message());
  }
  return Status::Ok();
}

std::vector<Finding> WithoutBaselined(const std::vector<Finding>& findings, const Baseline& baseline) {
  std::set<std::string> accepted;
  for (const auto& e : baseline.entries) accepted.insert(e.fingerprint);
  std::vector<Finding> kept;
  for (const auto& f : findings) {
    if (!accepted.count(FindingFingerprint(f))) kept.push_back(f);
  }
  return kept;
}

Baseline UpdateBaseline(const Baseline& old, const std::vector<Finding>& current, const std::set<std::string>& checked) {
  std::set<std::string> checked_normal;
  for (const auto& d : checked) checked_normal.insert(NormalPath(d));
  std::map<std::string, BaselineEntry> by_fingerprint;
  for (const auto& e : old.entries) {
    const bool rechecked = std::any_of(e.docs.begin(), e.docs.end(),
                                       [&](const std::string& d) { return checked_normal.count(NormalPath(d)) > 0; });
    if (!rechecked) by_fingerprint.emplace(e.fingerprint, e);
  }
  for (const auto& f : current) {
    BaselineEntry e = EntryFor(f);
    by_fingerprint.insert_or_assign(e.fingerprint, std::move(e));
  }
  Baseline b;
  for (auto& [fp, e] : by_fingerprint) b.entries.push_back(std::move(e));
  return b;
}

}  // namespace figcheck
