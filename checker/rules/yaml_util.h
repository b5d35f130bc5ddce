// Reading rule files: YAML in, typed values out, every error with file:line.
//
// Contract: yaml-cpp throws; nothing here lets an exception escape. Errors
// are Status values whose message starts "PATH:LINE: " so a rule author can
// jump straight to the offending line. Words read through ReadWords() are
// folded like article text (see text/normalize.h), so a rule file may be
// written in Traditional or Simplified characters.
#ifndef FIGCHECK_RULES_YAML_UTIL_H_
#define FIGCHECK_RULES_YAML_UTIL_H_

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <string>
#include <vector>

#include "checker/util/status.h"

namespace figcheck {

// A rule file being read: its path, for messages.
struct RuleFile {
  std::string path;
  YAML::Node root;

  // "PATH:LINE: msg" for the line of `node` (or the file alone when unknown).
  Status Error(const YAML::Node& node, const std::string& msg) const;
};

Result<RuleFile> LoadRuleFile(const std::string& path);

// A sequence of scalars, each folded (normalised). A missing key is an empty list.
Result<std::vector<std::string>> ReadWords(const RuleFile& file, const YAML::Node& node, const std::string& what);
// A scalar as a string (not folded); error when missing and required.
Result<std::string> ReadString(const RuleFile& file, const YAML::Node& node, const std::string& key, bool required);

// An optional whole number in [lo, hi] under `key` of `map`; absent leaves *out as it is.
template <typename T>
Status ReadWholeNumber(const RuleFile& file, const YAML::Node& map, const char* key, long lo, long hi, T* out) {
  auto text = ReadString(file, map, key, false);
  if (!text.ok()) return text.status();
  if (text->empty()) return Status::Ok();
  long value = -1;
  const char* end = text->data() + text->size();
  auto [p, ec] = std::from_chars(text->data(), end, value);
  if (ec != std::errc() || p != end || value < lo || value > hi) {
    return file.Error(map[key], std::string(key) + " must be a whole number from " + std::to_string(lo) + " to " +
                                    std::to_string(hi));
  }
  *out = static_cast<T>(value);
  return Status::Ok();
}

}  // namespace figcheck

#endif  // FIGCHECK_RULES_YAML_UTIL_H_
