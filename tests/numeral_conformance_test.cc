// Conformance of FindNumerals with the "number" suite of the shared
// Recognizers-Text cases (shared/conformance/recognizers-zh.jsonl, see the
// README beside it). A case passes when every expected {text, value} is
// found: some numeral's text overlaps the expected text (one holds the other,
// spaces removed, lower-cased) and the values agree to 12 significant digits.
// A negative case (expect == []) passes when no numeral is found at all.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/quantity/numeral.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

const char kCasesPath[] = FIGCHECK_SOURCE_DIR "/tests/fixtures/recognizers-zh.jsonl";

// A light stand-in for text/normalize.h: full-width ASCII to ASCII and the few
// Traditional characters the cases use.
std::string Normalize(std::string_view text) {
  static const std::pair<char32_t, char32_t> kTraditional[] = {
      {U'萬', U'万'}, {U'億', U'亿'}, {U'兩', U'两'}, {U'點', U'点'}, {U'負', U'负'}, {U'個', U'个'},
      {U'幾', U'几'}, {U'陸', U'陆'}, {U'貳', U'贰'}, {U'倆', U'俩'}, {U'餘', U'余'}, {U'還', U'还'}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    char32_t c = utf8::Decode(text, i, &len);
    i += len;
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    if (c == 0x3000) c = ' ';
    for (const auto& [from, to] : kTraditional) {
      if (c == from) c = to;
    }
    utf8::Append(c, &out);
  }
  return out;
}

std::string Comparable(std::string_view text) {
  std::string out;
  for (char c : Normalize(text)) {
    if (c == ' ') continue;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  return out;
}

// "1E+16", "-1.2732E+15", "0.5".
std::optional<Decimal> ParseExpectedValue(const std::string& s) {
  const size_t e = s.find_first_of("eE");
  if (e == std::string::npos) return Decimal::Parse(s);
  auto mantissa = Decimal::Parse(s.substr(0, e));
  if (!mantissa) return std::nullopt;
  return mantissa->ScaledByPowerOfTen(std::stoi(s.substr(e + 1)));
}

bool SameTo12Digits(const Decimal& a, const Decimal& b) {
  if (b.IsZero()) return a.IsZero();
  Decimal diff = a - b;
  if (diff.IsNegative()) diff = -diff;
  const Decimal magnitude = b.IsNegative() ? -b : b;
  return diff.ScaledByPowerOfTen(12) <= magnitude * Decimal(5);
}

struct Outcome {
  bool passed = false;
  std::string found;  // what was found, for the failure list
};

Outcome RunCase(const nlohmann::json& c, const NumeralTable& table) {
  const std::string input = Normalize(c["input"].get<std::string>());
  const std::vector<NumeralMatch> numerals = FindNumerals(input, table);
  Outcome out;
  for (const NumeralMatch& m : numerals) {
    out.found += "[" + input.substr(m.begin, m.end - m.begin) + "=" + m.value.ToString() + "] ";
  }
  const auto& expect = c["expect"];
  if (expect.empty()) {
    out.passed = numerals.empty();
    return out;
  }
  for (const auto& e : expect) {
    const std::string want_text = Comparable(e["text"].get<std::string>());
    const auto want_value = ParseExpectedValue(e["value"].get<std::string>());
    if (!want_value) return out;
    bool found = false;
    for (const NumeralMatch& m : numerals) {
      const std::string got = Comparable(input.substr(m.begin, m.end - m.begin));
      const bool overlaps = got.find(want_text) != std::string::npos || want_text.find(got) != std::string::npos;
      if (overlaps && SameTo12Digits(m.value, *want_value)) {
        found = true;
        break;
      }
    }
    if (!found) return out;
  }
  out.passed = true;
  return out;
}

TEST(NumeralConformanceTest, NumberSuite) {
  std::ifstream in(kCasesPath);
  if (!in) GTEST_SKIP() << kCasesPath << " not found";
  auto loaded = LoadNumeralTable(FIGCHECK_SOURCE_DIR "/rules/numerals.yaml");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  NumeralTable table = *loaded;
  table.scale_led_units = {"千瓦", "兆瓦", "千兆瓦", "兆赫", "千米", "千克"};

  int total = 0;
  int passed = 0;
  std::string failures;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const nlohmann::json c = nlohmann::json::parse(line, nullptr, false);
    if (c.is_discarded() || c.value("suite", "") != "number") continue;
    ++total;
    const Outcome o = RunCase(c, table);
    if (o.passed) {
      ++passed;
    } else {
      failures += "  " + c["id"].get<std::string>() + " " + c["input"].get<std::string>() + "\n    expected " +
                  c["expect"].dump() + "\n    found " + o.found + "\n";
    }
  }
  ASSERT_GT(total, 0);
  const double rate = static_cast<double>(passed) / total;
  std::printf("number suite: %d/%d passed (%.1f%%)\n%s", passed, total, 100 * rate, failures.c_str());
  EXPECT_GE(rate, 0.90);
}

}  // namespace
}  // namespace figcheck
