#include "checker/rules/yaml_util.h"

#include <fstream>
#include <sstream>

#include "checker/text/normalize.h"

namespace figcheck {

Status RuleFile::Error(const YAML::Node& node, const std::string& msg) const {
  if (node && node.Mark().line >= 0) {
    return Status::InvalidInput(path + ":" + std::to_string(node.Mark().line + 1) + ": " + msg);
  }
  return Status::InvalidInput(path + ": " + msg);
}

Result<RuleFile> LoadRuleFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open rule file");
  std::stringstream buf;
  buf << in.rdbuf();
  try {
    RuleFile file{path, YAML::Load(buf.str())};
    if (!file.root.IsMap()) return Status::InvalidInput(path + ":1: expected a mapping at the top level");
    return file;
  } catch (const YAML::Exception& e) {
    return Status::InvalidInput(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

Result<std::vector<std::string>> ReadWords(const RuleFile& file, const YAML::Node& node, const std::string& what) {
  std::vector<std::string> out;
  if (!node || node.IsNull()) return out;
  if (!node.IsSequence()) return file.Error(node, what + ": expected a list of words");
  for (const auto& item : node) {
    if (!item.IsScalar() || item.Scalar().empty()) return file.Error(item, what + ": expected a non-empty word");
    // [per 1,000] in YAML flow style is two words, "per 1" and "000": a word of
    // digits alone is that accident (it would match inside every 1,000).
    if (item.Scalar().find_first_not_of("0123456789") == std::string::npos) {
      return file.Error(item, what + ": '" + item.Scalar() + "' is digits alone; a word with a comma must be quoted");
    }
    out.push_back(NormalizeString(item.Scalar()));
  }
  return out;
}

Result<std::string> ReadString(const RuleFile& file, const YAML::Node& node, const std::string& key, bool required) {
  const YAML::Node value = node[key];
  if (!value || value.IsNull()) {
    if (required) return file.Error(node, "missing '" + key + "'");
    return std::string();
  }
  if (!value.IsScalar()) return file.Error(value, "'" + key + "' must be a single value");
  return value.Scalar();
}

}  // namespace figcheck
