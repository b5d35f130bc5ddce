#include "checker/document/suppression.h"

#include <algorithm>
#include <string_view>

namespace figcheck {
namespace {

constexpr std::string_view kOpen = "<!--";
constexpr std::string_view kClose = "-->";
constexpr std::string_view kNextLine = "figcheck-disable-next-line";
constexpr std::string_view kFile = "figcheck-disable-file";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The directive's name when `body` starts with one, followed by a space, a colon or nothing.
std::string_view Directive(std::string_view body) {
  for (std::string_view name : {kNextLine, kFile}) {
    if (!body.starts_with(name)) continue;
    if (body.size() == name.size() || IsSpace(body[name.size()]) || body[name.size()] == ':') return name;
  }
  return {};
}

std::vector<std::string> SplitRules(std::string_view list) {
  std::vector<std::string> rules;
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && (IsSpace(list[i]) || list[i] == ',')) ++i;
    size_t j = i;
    while (j < list.size() && !IsSpace(list[j]) && list[j] != ',') ++j;
    if (j > i) rules.emplace_back(list.substr(i, j - i));
    i = j;
  }
  return rules;
}

// A line the next-line form looks past: blank, or nothing but a figcheck comment.
bool IsSkippable(std::string_view line) {
  line = Trim(line);
  if (line.empty()) return true;
  if (!line.starts_with(kOpen) || !line.ends_with(kClose)) return false;
  return !Directive(Trim(line.substr(kOpen.size(), line.size() - kOpen.size() - kClose.size()))).empty();
}

int NextContentLine(const Document& doc, int after) {
  for (int line = after + 1; line <= doc.lines.line_count(); ++line) {
    auto [b, e] = doc.lines.LineRange(doc.text, line);
    if (!IsSkippable(std::string_view(doc.text).substr(b, e - b))) return line;
  }
  return 0;
}

}  // namespace

bool Suppression::Covers(const std::string& rule, int claim_line) const {
  if (!Valid()) return false;
  if (!whole_file && claim_line != target_line) return false;
  return std::any_of(rules.begin(), rules.end(), [&](const std::string& r) { return r == "*" || r == rule; });
}

std::vector<Suppression> FindSuppressions(const Document& doc) {
  std::vector<Suppression> found;
  const std::string_view text = doc.text;
  size_t pos = 0;
  while ((pos = text.find(kOpen, pos)) != std::string_view::npos) {
    const size_t close = text.find(kClose, pos + kOpen.size());
    if (close == std::string_view::npos) break;
    const std::string_view body = Trim(text.substr(pos + kOpen.size(), close - pos - kOpen.size()));
    const std::string_view directive = Directive(body);
    if (!directive.empty()) {
      Suppression s;
      s.doc = doc.path;
      const SourcePosition start = doc.Position(pos);
      s.line = start.line;
      s.column = start.column;
      s.comment = std::string(text.substr(pos, close + kClose.size() - pos));
      s.whole_file = directive == kFile;
      const std::string_view rest = body.substr(directive.size());
      const size_t colon = rest.find(':');
      s.rules = SplitRules(rest.substr(0, colon));
      if (colon != std::string_view::npos) s.reason = std::string(Trim(rest.substr(colon + 1)));
      if (!s.whole_file) s.target_line = NextContentLine(doc, doc.Position(close).line);
      found.push_back(std::move(s));
    }
    pos = close + kClose.size();
  }
  return found;
}

}  // namespace figcheck
