// LoadNumeralTable: rules/numerals.yaml into a NumeralTable.
//
// Every problem is reported as "<file>:<line>: <what>", so whoever edits the
// rules can go straight to the line. yaml-cpp reports errors by throwing; no
// exception leaves this file.
#include <cctype>
#include <fstream>
#include <functional>
#include <map>
#include <string>

#include <yaml-cpp/yaml.h>

#include "checker/quantity/numeral.h"
#include "checker/text/normalize.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

// Every BMP code point a numeral can begin with: FindNumerals skips all others
// without trying the scanners (most of a text is not numerals).
void BuildStartSet(NumeralTable* t) {
  t->may_start.assign(0x10000, false);
  auto mark = [&](char32_t cp) {
    if (cp < 0x10000) t->may_start[cp] = true;
  };
  auto mark_first = [&](const std::string& word) {
    size_t len = 0;
    if (!word.empty()) mark(utf8::Decode(word, 0, &len));
  };
  for (char32_t c = '0'; c <= '9'; ++c) mark(c);
  for (char32_t c : {U'-', U'+', U'.'}) mark(c);
  for (const auto* m : {&t->digits, &t->small_units, &t->large_units, &t->chinese_multipliers}) {
    for (const auto& [cp, v] : *m) mark(cp);
  }
  for (const auto* v : {&t->negative_signs, &t->half_digits, &t->vague_digits, &t->never_alone, &t->decimal_points}) {
    for (char32_t cp : *v) mark(cp);
  }
  std::vector<bool> before_prefixes = t->may_start;
  for (const auto& w : t->vague_prefixes) mark_first(w);
  t->prefix_only.assign(0x10000, false);
  for (size_t cp = 0; cp < 0x10000; ++cp) t->prefix_only[cp] = t->may_start[cp] && !before_prefixes[cp];
  // Index not_numerals by each code point they contain, so a candidate numeral
  // looks up only the words that hold its first character.
  t->not_numeral_positions.clear();
  for (size_t i = 0; i < t->not_numerals.size(); ++i) {
    const std::string& word = t->not_numerals[i];
    for (size_t pos = 0; pos < word.size();) {
      size_t len = 0;
      const char32_t cp = utf8::Decode(word, pos, &len);
      t->not_numeral_positions[cp].emplace_back(static_cast<int>(i), pos);
      pos += len;
    }
  }
}

class NumeralRulesLoader {
 public:
  explicit NumeralRulesLoader(const std::string& path) : path_(path) {}

  Status Load(const YAML::Node& root, NumeralTable* table);

 private:
  Status Error(const YAML::Node& node, const std::string& what) const {
    const int line = node.Mark().line;
    return Status::InvalidInput(path_ + (line >= 0 ? ":" + std::to_string(line + 1) : "") + ": " + what);
  }

  // Reads an integer in [min, max] from a scalar.
  Status ReadInt(const YAML::Node& node, int min, int max, const std::string& what, int* out) const;
  Status ReadCharacter(const YAML::Node& node, const std::string& section, char32_t* out) const;
  Status ReadWord(const YAML::Node& node, const std::string& section, bool english, std::string* out) const;

  Status ReadCharacterValues(const YAML::Node& node, const std::string& section, int min, int max,
                             std::unordered_map<char32_t, int>* out) const;
  Status ReadWordValues(const YAML::Node& node, const std::string& section, int min, int max,
                        std::unordered_map<std::string, int>* out) const;
  Status ReadCharacters(const YAML::Node& node, const std::string& section, std::vector<char32_t>* out) const;
  Status ReadWords(const YAML::Node& node, const std::string& section, std::vector<std::string>* out) const;
  Status ReadVaguePrefixes(const YAML::Node& node, NumeralTable* table) const;

  std::string path_;
};

Status NumeralRulesLoader::ReadInt(const YAML::Node& node, int min, int max, const std::string& what,
                                   int* out) const {
  int value = 0;
  if (!node.IsScalar() || !YAML::convert<int>::decode(node, value) || value < min || value > max) {
    return Error(node, what + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
  }
  *out = value;
  return Status::Ok();
}

Status NumeralRulesLoader::ReadCharacter(const YAML::Node& node, const std::string& section, char32_t* out) const {
  if (!node.IsScalar()) return Error(node, section + ": expected a single character");
  const std::string& s = node.Scalar();
  size_t len = 0;
  if (s.empty() || utf8::CountCodePoints(s) != 1) {
    return Error(node, section + ": '" + s + "' must be a single character");
  }
  // Text is folded before scanning (萬 -> 万), so the table is folded the same way.
  const std::string folded = NormalizeString(s);
  *out = utf8::CountCodePoints(folded) == 1 ? utf8::Decode(folded, 0, &len) : utf8::Decode(s, 0, &len);
  return Status::Ok();
}

Status NumeralRulesLoader::ReadWord(const YAML::Node& node, const std::string& section, bool english,
                                    std::string* out) const {
  if (!node.IsScalar() || node.Scalar().empty()) return Error(node, section + ": expected a word");
  const std::string& s = node.Scalar();
  if (english) {
    for (char c : s) {
      if (c < 'a' || c > 'z') return Error(node, section + ": '" + s + "' must be lower-case letters a-z");
    }
  }
  *out = english ? s : NormalizeString(s);
  return Status::Ok();
}

Status NumeralRulesLoader::ReadCharacterValues(const YAML::Node& node, const std::string& section, int min, int max,
                                               std::unordered_map<char32_t, int>* out) const {
  if (!node.IsMap()) return Error(node, section + ": expected a map of character: value");
  for (const auto& kv : node) {
    char32_t c = 0;
    int value = 0;
    if (Status s = ReadCharacter(kv.first, section, &c); !s.ok()) return s;
    if (Status s = ReadInt(kv.second, min, max, section + " value", &value); !s.ok()) return s;
    (*out)[c] = value;
  }
  return Status::Ok();
}

Status NumeralRulesLoader::ReadWordValues(const YAML::Node& node, const std::string& section, int min, int max,
                                          std::unordered_map<std::string, int>* out) const {
  if (!node.IsMap()) return Error(node, section + ": expected a map of word: value");
  for (const auto& kv : node) {
    std::string word;
    int value = 0;
    if (Status s = ReadWord(kv.first, section, true, &word); !s.ok()) return s;
    if (Status s = ReadInt(kv.second, min, max, section + " value", &value); !s.ok()) return s;
    (*out)[word] = value;
  }
  return Status::Ok();
}

Status NumeralRulesLoader::ReadCharacters(const YAML::Node& node, const std::string& section,
                                          std::vector<char32_t>* out) const {
  if (!node.IsSequence()) return Error(node, section + ": expected a list of characters");
  for (const auto& item : node) {
    char32_t c = 0;
    if (Status s = ReadCharacter(item, section, &c); !s.ok()) return s;
    out->push_back(c);
  }
  return Status::Ok();
}

Status NumeralRulesLoader::ReadWords(const YAML::Node& node, const std::string& section,
                                     std::vector<std::string>* out) const {
  if (!node.IsSequence()) return Error(node, section + ": expected a list of words");
  for (const auto& item : node) {
    std::string word;
    if (Status s = ReadWord(item, section, false, &word); !s.ok()) return s;
    out->push_back(std::move(word));
  }
  return Status::Ok();
}

// vague_prefixes:  数: {low: 2, high: 9}   上: {low: 1}   (no high: open above)
Status NumeralRulesLoader::ReadVaguePrefixes(const YAML::Node& node, NumeralTable* table) const {
  if (!node.IsMap()) return Error(node, "vague_prefixes: expected a map of word: {low, high}");
  for (const auto& kv : node) {
    std::string word;
    if (Status s = ReadWord(kv.first, "vague_prefixes", false, &word); !s.ok()) return s;
    if (!kv.second.IsMap() || !kv.second["low"]) {
      return Error(kv.second, "vague_prefixes: '" + word + "' needs {low: N} and optionally high: N");
    }
    VagueBounds b;
    if (Status s = ReadInt(kv.second["low"], 1, 9, "vague_prefixes low", &b.low); !s.ok()) return s;
    if (kv.second["high"]) {
      if (Status s = ReadInt(kv.second["high"], b.low, 9, "vague_prefixes high", &b.high); !s.ok()) return s;
    }
    table->vague_prefixes.push_back(word);
    table->vague_prefix_bounds[word] = b;
  }
  return Status::Ok();
}

Status NumeralRulesLoader::Load(const YAML::Node& root, NumeralTable* t) {
  if (!root.IsMap()) return Error(root, "expected a map of sections (digits:, small_units: ...)");
  using Reader = std::function<Status(const YAML::Node&)>;
  auto chars = [this](const char* name, std::vector<char32_t>* out) {
    return Reader([=, this](const YAML::Node& n) { return ReadCharacters(n, name, out); });
  };
  auto words = [this](const char* name, std::vector<std::string>* out) {
    return Reader([=, this](const YAML::Node& n) { return ReadWords(n, name, out); });
  };
  auto char_values = [this](const char* name, int min, int max, std::unordered_map<char32_t, int>* out) {
    return Reader([=, this](const YAML::Node& n) { return ReadCharacterValues(n, name, min, max, out); });
  };
  auto word_values = [this](const char* name, int min, int max, std::unordered_map<std::string, int>* out) {
    return Reader([=, this](const YAML::Node& n) { return ReadWordValues(n, name, min, max, out); });
  };
  std::unordered_map<std::string, int> abbreviations;
  const std::map<std::string, Reader> sections = {
      {"digits", char_values("digits", 0, 9, &t->digits)},
      {"count_only_digits", chars("count_only_digits", &t->count_only_digits)},
      {"small_units", char_values("small_units", 1, 3, &t->small_units)},
      {"large_units", char_values("large_units", 1, 24, &t->large_units)},
      {"decimal_points", chars("decimal_points", &t->decimal_points)},
      {"negative_signs", chars("negative_signs", &t->negative_signs)},
      {"vague_prefixes", [this, t](const YAML::Node& n) { return ReadVaguePrefixes(n, t); }},
      {"vague_digits", chars("vague_digits", &t->vague_digits)},
      {"vague_infixes", words("vague_infixes", &t->vague_infixes)},
      {"half_digits", chars("half_digits", &t->half_digits)},
      {"chinese_multipliers", char_values("chinese_multipliers", 2, 1000, &t->chinese_multipliers)},
      {"fraction_markers", words("fraction_markers", &t->fraction_markers)},
      {"mixed_fraction_joiners", words("mixed_fraction_joiners", &t->mixed_fraction_joiners)},
      {"percent_prefixes", words("percent_prefixes", &t->percent_prefixes)},
      {"english_scales", word_values("english_scales", 1, 24, &t->english_scales)},
      {"english_scale_abbreviations", word_values("english_scale_abbreviations", 1, 24, &abbreviations)},
      {"english_words", word_values("english_words", 0, 99, &t->english_words)},
      {"english_multipliers", word_values("english_multipliers", 2, 1000, &t->english_multipliers)},
      {"english_fraction_words", word_values("english_fraction_words", 2, 1000, &t->english_fraction_words)},
      {"never_alone", chars("never_alone", &t->never_alone)},
      {"not_numerals", words("not_numerals", &t->not_numerals)},
      {"scale_led_units", words("scale_led_units", &t->scale_led_units)},
  };
  for (const auto& kv : root) {
    const std::string name = kv.first.IsScalar() ? kv.first.Scalar() : "";
    auto it = sections.find(name);
    if (it == sections.end()) return Error(kv.first, "unknown section '" + name + "'");
    if (kv.second.IsNull()) continue;  // an empty section
    if (Status s = it->second(kv.second); !s.ok()) return s;
  }
  for (const char* required : {"digits", "small_units", "large_units"}) {
    if (!root[required]) return Error(root, std::string("missing section '") + required + "'");
  }
  for (auto& [word, power] : abbreviations) {
    t->english_scales[word] = power;
    t->english_scale_abbreviations.insert(word);
  }
  BuildStartSet(t);
  return Status::Ok();
}

}  // namespace

Result<NumeralTable> LoadNumeralTable(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open numeral rules");
  try {
    const YAML::Node root = YAML::Load(in);
    NumeralTable table;
    if (Status s = NumeralRulesLoader(path).Load(root, &table); !s.ok()) return s;
    return table;
  } catch (const YAML::Exception& e) {
    const std::string where = e.mark.is_null() ? path : path + ":" + std::to_string(e.mark.line + 1);
    return Status::InvalidInput(where + ": " + e.msg);
  }
}

}  // namespace figcheck
