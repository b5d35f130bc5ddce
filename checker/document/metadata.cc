// Front matter and leading date line: found by walking lines, never the whole text.
#include "checker/document/metadata.h"

#include <re2/re2.h>

#include <cstring>

namespace figcheck {
namespace {

constexpr size_t kNpos = std::string_view::npos;

size_t LineEnd(std::string_view text, size_t pos) {
  const size_t nl = text.find('\n', pos);
  return nl == kNpos ? text.size() : nl;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string_view Trim(std::string_view s) {
  s = TrimRight(s);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace

std::optional<FrontMatter> FindFrontMatter(std::string_view text) {
  const size_t first_end = LineEnd(text, 0);
  const std::string_view first = TrimRight(text.substr(0, first_end));
  if (first != "---" && first != "+++") return std::nullopt;
  const bool toml = first == "+++";
  if (first_end == text.size()) return std::nullopt;
  for (size_t begin = first_end + 1; begin < text.size();) {
    const size_t end = LineEnd(text, begin);
    const std::string_view line = TrimRight(text.substr(begin, end - begin));
    if (line == first || (!toml && line == "...")) {
      return FrontMatter{first_end + 1, begin, end == text.size() ? end : end + 1, toml};
    }
    begin = end + 1;
  }
  return std::nullopt;
}

std::optional<std::string_view> FrontMatterValue(std::string_view text, const FrontMatter& fm,
                                                 std::string_view key) {
  const char separator = fm.toml ? '=' : ':';
  for (size_t begin = fm.content_begin; begin < fm.content_end;) {
    const size_t end = std::min(LineEnd(text, begin), fm.content_end);
    const std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    if (line.size() <= key.size() || line.substr(0, key.size()) != key) continue;
    std::string_view rest = line.substr(key.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    if (rest.empty() || rest.front() != separator) continue;
    std::string_view value = Trim(rest.substr(1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    return value;
  }
  return std::nullopt;
}

std::optional<DateToken> FindLeadingDate(std::string_view text, size_t from) {
  // `\b` keeps "date 2026-01-012" from matching; RE2's \b is ASCII, so a CJK
  // character right after the date still ends the token.
  static const RE2 kDateLine(R"(^[ \t]*(date(?:[ \t]*:)?[ \t]+(\d{4}-\d{2}-\d{2}))\b)");
  for (size_t begin = from; begin < text.size();) {
    const size_t end = LineEnd(text, begin);
    const std::string_view line = text.substr(begin, end - begin);
    if (!Trim(line).empty()) {
      re2::StringPiece token, date;
      if (!RE2::PartialMatch(line, kDateLine, &token, &date)) return std::nullopt;
      const size_t token_begin = begin + static_cast<size_t>(token.data() - line.data());
      return DateToken{token_begin, token_begin + token.size(), std::string_view(date.data(), date.size())};
    }
    begin = end + 1;
  }
  return std::nullopt;
}

std::optional<CivilDate> PublicationDate(std::string_view text) {
  size_t body = 0;
  if (std::optional<FrontMatter> fm = FindFrontMatter(text)) {
    if (std::optional<std::string_view> value = FrontMatterValue(text, *fm, "date")) {
      if (std::optional<CivilDate> date = CivilDate::ParseIso(*value)) return date;
    }
    body = fm->end;
  }
  if (std::optional<DateToken> token = FindLeadingDate(text, body)) return CivilDate::ParseIso(token->date);
  return std::nullopt;
}

}  // namespace figcheck
