#include "checker/rules/discovery_rules.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>

#include "checker/rules/yaml_util.h"
#include "checker/text/normalize.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

Status ReadLowerSet(const RuleFile& file, const char* key, std::unordered_set<std::string>* out) {
  auto words = ReadWords(file, file.root[key], key);
  if (!words.ok()) return words.status();
  for (const auto& w : *words) out->insert(utf8::AsciiLower(w));
  return Status::Ok();
}

Status ReadMatcher(const RuleFile& file, const char* key, WordMatcher* out) {
  auto words = ReadWords(file, file.root[key], key);
  if (!words.ok()) return words.status();
  for (const auto& w : *words) out->Add(w, 0);
  return Status::Ok();
}

struct LexiconSettings {
  std::vector<std::string> paths;
  std::unordered_set<std::string> organisation_tags;
  std::unordered_set<std::string> proper_tags;
  std::unordered_set<std::string> place_tags;
  long common_min_frequency = 50;
  long organisation_min_frequency = 0;
  size_t min_chars = 3;
};

bool HasTag(const std::unordered_set<std::string>& tags, std::string_view tag) {
  // A handful of tags: comparing them costs less than hashing a key per line.
  return std::any_of(tags.begin(), tags.end(), [&](const std::string& t) { return t == tag; });
}

// jieba's dict.txt: "word frequency tag" a line (the tag may be missing in
// user dictionaries). Words are Simplified already; only the few kept as
// names are folded, so loading stays cheap. Every process that loads the rule
// book reads its 350,000 lines: the file is read at once and each line looked
// at through views, the cheap tests first.
Status ReadLexicon(const std::string& path, const LexiconSettings& settings, size_t stem_max_chars,
                   DiscoveryTable* table) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::IoError(path + ": cannot read the lexicon");
  std::string bytes(static_cast<size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    return Status::IoError(path + ": cannot read the lexicon");
  }
  const std::string_view all(bytes);
  long number = 0;
  for (size_t begin = 0; begin < all.size();) {
    size_t end = all.find('\n', begin);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(begin, end - begin);
    begin = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const size_t a = line.find(' ');
    const size_t b = a == std::string_view::npos ? std::string_view::npos : line.find(' ', a + 1);
    const std::string_view word = line.substr(0, a);
    long frequency = 0;
    if (a != std::string_view::npos) {
      const char* first = line.data() + a + 1;
      const char* last = line.data() + (b == std::string_view::npos ? line.size() : b);
      auto [p, ec] = std::from_chars(first, last, frequency);
      if (ec != std::errc() || p != last) {
        return Status::InvalidInput(path + ":" + std::to_string(number) + ": expected 'word frequency tag'");
      }
    }
    const std::string_view tag = b == std::string_view::npos ? std::string_view() : line.substr(b + 1);
    if (HasTag(settings.organisation_tags, tag)) {
      if (frequency >= settings.organisation_min_frequency && utf8::CountCodePoints(word) >= settings.min_chars) {
        table->lexicon_organisations.Add(NormalizeString(word), 0);
        continue;
      }
    }
    if (HasTag(settings.proper_tags, tag) || frequency < settings.common_min_frequency) continue;
    // Two to stem_max_chars code points: at most four bytes each.
    if (word.size() < 2 || word.size() > 4 * stem_max_chars) continue;
    const size_t chars = utf8::CountCodePoints(word);
    if (chars < 2 || chars > stem_max_chars) continue;
    table->common_words.emplace(word);
    if (HasTag(settings.place_tags, tag)) table->place_words.emplace(word);
  }
  table->lexicon_path = path;
  return Status::Ok();
}

}  // namespace

bool DiscoveryTable::IsNotName(std::string_view word) const {
  if (not_names.count(utf8::AsciiLower(word))) return true;
  return not_name_patterns != nullptr && RE2::FullMatch(re2::StringPiece(word.data(), word.size()), *not_name_patterns);
}

bool DiscoveryTable::HoldsCommonWord(std::string_view folded, bool places_allowed) const {
  for (size_t b = 0; b < folded.size();) {
    size_t len = 0;
    utf8::Decode(folded, b, &len);
    size_t e = b + len;
    for (int chars = 1; chars < 4 && e < folded.size(); ++chars) {
      size_t next = 0;
      utf8::Decode(folded, e, &next);
      e += next;
      const std::string_view word = folded.substr(b, e - b);
      if (IsCommonWord(word) && !(places_allowed && place_words.find(word) != place_words.end())) return true;
    }
    b += len;
  }
  return false;
}

bool DiscoveryTable::IsEnglishWord(std::string_view word) const { return english_words.count(utf8::AsciiLower(word)) > 0; }

bool DiscoveryTable::IsModelCode(std::string_view word) const {
  auto full = [&](const std::unique_ptr<RE2>& re) { return re != nullptr && RE2::FullMatch(word, *re); };
  return full(model_codes) && !full(not_model_codes);
}

bool DiscoveryTable::IsCorporateSuffix(std::string_view word) const {
  std::string w = utf8::AsciiLower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  return corporate_suffixes.count(w) > 0;
}

// A list of RE2 patterns, each checked on load, kept as one alternation so a
// word is matched once, not once per pattern (null for an empty list).
static Status ReadPatterns(const RuleFile& file, const char* key, std::unique_ptr<RE2>* out) {
  const YAML::Node patterns = file.root[key];
  if (!patterns) return Status::Ok();
  if (!patterns.IsSequence()) return file.Error(patterns, std::string(key) + " must be a list");
  std::string all;
  for (const auto& p : patterns) {
    if (!p.IsScalar()) return file.Error(p, std::string(key) + ": each pattern must be a string");
    RE2 re(p.as<std::string>(), RE2::Quiet);
    if (!re.ok()) return file.Error(p, "pattern '" + p.as<std::string>() + "': " + re.error());
    all += (all.empty() ? "(?:" : "|(?:") + p.as<std::string>() + ")";
  }
  if (!all.empty()) *out = std::make_unique<RE2>(all, RE2::Quiet);
  return Status::Ok();
}

Result<DiscoveryTable> LoadDiscoveryTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  DiscoveryTable table;
  for (const auto& [key, set] : {std::pair{"not_names", &table.not_names},
                                 std::pair{"corporate_suffixes", &table.corporate_suffixes},
                                 std::pair{"joiners", &table.joiners}, std::pair{"joined_heads", &table.joined_heads}}) {
    if (Status s = ReadLowerSet(*file, key, set); !s.ok()) return s;
  }
  for (const auto& [key, matcher] : {std::pair{"exchanges", &table.exchanges},
                                     std::pair{"person_titles", &table.person_titles},
                                     std::pair{"source_before", &table.source_before},
                                     std::pair{"source_after", &table.source_after},
                                     std::pair{"stem_breaks", &table.stem_breaks},
                                     std::pair{"model_tiers", &table.model_tiers},
                                     std::pair{"place_organisation_suffixes", &table.place_organisation_suffixes}}) {
    if (Status s = ReadMatcher(*file, key, matcher); !s.ok()) return s;
  }
  auto suffixes = ReadWords(*file, file->root["organisation_suffixes"], "organisation_suffixes");
  if (!suffixes.ok()) return suffixes.status();
  for (const auto& w : *suffixes) table.organisation_suffixes.Add(w, static_cast<int>(utf8::CountCodePoints(w)));
  // A place's organisation suffix ends an organisation name too (one scan finds both).
  auto place_suffixes = ReadWords(*file, file->root["place_organisation_suffixes"], "place_organisation_suffixes");
  if (!place_suffixes.ok()) return place_suffixes.status();
  for (const auto& w : *place_suffixes) table.organisation_suffixes.Add(w, static_cast<int>(utf8::CountCodePoints(w)));
  for (const auto& [key, list] : {std::pair{"not_name_patterns", &table.not_name_patterns},
                                 std::pair{"model_codes", &table.model_codes},
                                 std::pair{"not_model_codes", &table.not_model_codes}}) {
    if (Status s = ReadPatterns(*file, key, list); !s.ok()) return s;
  }
  for (const auto& [key, value] : {std::pair{"stem_min_chars", &table.stem_min_chars},
                                   std::pair{"stem_max_chars", &table.stem_max_chars}}) {
    if (Status s = ReadWholeNumber(*file, file->root, key, 1, 99, value); !s.ok()) return s;
  }
  if (table.stem_min_chars > table.stem_max_chars) {
    return file->Error(file->root["stem_min_chars"], "stem_min_chars is above stem_max_chars");
  }
  // The English word list: one word a line; only lower-case entries are common words.
  if (const YAML::Node english = file->root["english_words"]) {
    if (!english.IsSequence()) return file->Error(english, "english_words must be a list of paths");
    for (const auto& node : english) {
      if (!node.IsScalar()) return file->Error(node, "each english_words path must be a string");
      std::ifstream in(node.as<std::string>(), std::ios::binary);
      if (!in) continue;
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty() && std::all_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
          table.english_words.insert(line);
        }
      }
      table.english_words_path = node.as<std::string>();
      break;
    }
  }
  const YAML::Node lexicon = file->root["lexicon"];
  if (!lexicon) return table;
  if (!lexicon.IsMap()) return file->Error(lexicon, "lexicon must be a mapping");
  LexiconSettings settings;
  RuleFile sub{file->path, lexicon};
  auto paths = ReadWords(sub, lexicon["paths"], "paths");
  if (!paths.ok()) return paths.status();
  auto organisation_tags = ReadWords(sub, lexicon["organisation_tags"], "organisation_tags");
  if (!organisation_tags.ok()) return organisation_tags.status();
  auto proper_tags = ReadWords(sub, lexicon["proper_tags"], "proper_tags");
  if (!proper_tags.ok()) return proper_tags.status();
  auto place_tags = ReadWords(sub, lexicon["place_tags"], "place_tags");
  if (!place_tags.ok()) return place_tags.status();
  settings.place_tags.insert(place_tags->begin(), place_tags->end());
  settings.organisation_tags.insert(organisation_tags->begin(), organisation_tags->end());
  settings.proper_tags.insert(proper_tags->begin(), proper_tags->end());
  for (const auto& [key, value] : {std::pair{"common_min_frequency", &settings.common_min_frequency},
                                   std::pair{"organisation_min_frequency", &settings.organisation_min_frequency}}) {
    if (Status s = ReadWholeNumber(sub, lexicon, key, 0, 999999999, value); !s.ok()) return s;
  }
  if (Status s = ReadWholeNumber(sub, lexicon, "min_chars", 1, 99, &settings.min_chars); !s.ok()) return s;
  // Paths are read as written (not folded): the first that exists is the lexicon.
  for (const auto& node : lexicon["paths"]) {
    const std::string p = node.as<std::string>();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(p, ec)) continue;
    if (Status s = ReadLexicon(p, settings, static_cast<size_t>(table.stem_max_chars), &table); !s.ok()) return s;
    break;
  }
  return table;
}

}  // namespace figcheck
