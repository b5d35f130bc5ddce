#include "reports/html_format.h"

#include <algorithm>
#include <set>

#include "checker/util/utf8.h"
#include "reports/escape.h"
#include "reports/finding_groups.h"
#include "reports/timeline_chart.h"

namespace figcheck {
namespace {

constexpr const char* kStyle = R"css(
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif;
       margin: 0 auto; max-width: 960px; padding: 24px; color: #222; background: #fafafa; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 0 0 8px; }
h3 { font-size: 1em; font-weight: 600; margin: 0 0 6px; }
.summary { font-size: 1.05em; }
.count { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-weight: 600; }
.count.error, .sev.error { background: #c62828; }
.count.warning, .sev.warning { background: #ef6c00; }
.count.info, .sev.info { background: #607d8b; }
.group { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 16px 20px; margin: 18px 0; }
.finding { border-left: 4px solid #607d8b; padding: 4px 0 4px 12px; margin: 14px 0; }
.finding.error { border-color: #c62828; }
.finding.warning { border-color: #ef6c00; }
.sev { color: #fff; border-radius: 4px; padding: 0 6px; font-size: .85em; text-transform: uppercase; }
.rule { font-family: ui-monospace, monospace; color: #555; }
ul.claims { list-style: none; padding: 0; margin: 0; }
ul.claims li { margin: 6px 0; }
.loc { font-family: ui-monospace, monospace; font-size: .9em; color: #1565c0; }
.value { color: #555; }
.excerpt { margin: 2px 0 0; padding: 6px 10px; background: #f3f3f3; border-radius: 4px; white-space: pre-wrap; }
mark { background: #ffe082; padding: 0 2px; border-radius: 2px; font-weight: 600; }
figure { margin: 4px 0 8px; overflow-x: auto; }
figcaption { font-size: .85em; color: #666; }
details { margin: 8px 0; }
footer { color: #888; font-size: .85em; margin-top: 24px; }
)css";

struct CodePoints {
  std::vector<size_t> starts;  // byte offset of each code point, then the length
};

CodePoints Split(const std::string& text) {
  CodePoints cps;
  for (size_t pos = 0; pos < text.size();) {
    cps.starts.push_back(pos);
    size_t len = 0;
    utf8::Decode(text, pos, &len);
    pos += len;
  }
  cps.starts.push_back(text.size());
  return cps;
}

std::string Summary(const ReportInput& input) {
  const SeverityCounts counts = CountSeverities(input.findings);
  std::string html = "<p class=\"summary\" id=\"summary\">" +
                     CountText(input.summary.documents, "document", "documents") + ", " +
                     CountText(input.summary.claims, "claim", "claims") + ", " +
                     CountText(input.findings.size(), "finding", "findings") + ": ";
  html += "<span class=\"count error\">" + CountText(counts.errors, "error", "errors") + "</span> ";
  html += "<span class=\"count warning\">" + CountText(counts.warnings, "warning", "warnings") + "</span> ";
  html += "<span class=\"count info\">" + CountText(counts.notes, "note", "notes") + "</span></p>\n";
  if (!input.documents.empty()) {
    html += "<details><summary>Documents checked</summary><ul>";
    for (const auto& doc : input.documents) html += "<li class=\"loc\">" + EscapeXml(doc) + "</li>";
    html += "</ul></details>\n";
  }
  return html;
}

std::string ClaimItem(const Claim& c, const SourceLine& source) {
  std::string html = "<li><span class=\"loc\">" + EscapeXml(ClaimLocation(c)) + "</span> <span class=\"value\">" +
                     EscapeXml(c.text + " = " + ClaimValueText(c) + (c.as_of ? ", as of " + c.as_of->ToIso() : "")) + "</span>";
  const std::string line = source ? source(c.doc, c.line) : "";
  if (!line.empty()) html += "<div class=\"excerpt\">" + HtmlExcerpt(c, line) + "</div>";
  return html + "</li>";
}

std::string Group(const FindingGroup& group, const SourceLine& source) {
  std::string html = "<section class=\"group\">\n<h2>" + EscapeXml(group.Title()) + "</h2>\n";
  // Claims behind an error or a warning are the conflicting ones; a change over time (info) is not.
  std::set<const Claim*> conflicting;
  for (const Finding* f : group.findings) {
    if (f->severity == Severity::kInfo) continue;
    for (const Claim& c : f->claims) conflicting.insert(&c);
  }
  std::vector<TimelinePoint> points;
  for (const Claim* c : group.Claims()) {
    bool hit = false;
    for (const Claim* k : conflicting) {
      hit = hit || (k->doc == c->doc && k->line == c->line && k->column == c->column);
    }
    points.push_back({c, hit});
  }
  const std::string chart = TimelineSvg(points);
  if (!chart.empty()) {
    html += "<figure>" + chart +
            "<figcaption>Each mark is a claim, labelled by its document; red marks are in conflict.</figcaption>"
            "</figure>\n";
  }
  for (const Finding* f : group.findings) {
    const std::string severity(SeverityName(f->severity));
    html += "<article class=\"finding " + severity + "\"><h3><span class=\"sev " + severity + "\">" + severity +
            "</span> <span class=\"rule\">" + EscapeXml(f->rule) + "</span> " + EscapeXml(f->message) +
            "</h3>\n";
    for (const std::string& line : {SameFactLine(*f), DoubtLine(*f)}) {
      if (!line.empty()) html += "<p class=\"why\">" + EscapeXml(line) + "</p>\n";
    }
    html += "<ul class=\"claims\">";
    for (const Claim& c : f->claims) html += ClaimItem(c, source);
    html += "</ul></article>\n";
  }
  return html + "</section>\n";
}

}  // namespace

std::string HtmlExcerpt(const Claim& claim, const std::string& line, size_t context) {
  const CodePoints cps = Split(line);
  const size_t count = cps.starts.size() - 1;
  const std::string figure = claim.text.substr(0, claim.text.find('\n'));
  // Where the figure starts and ends, in code points; at its column if it is there.
  size_t begin = claim.column > 0 ? static_cast<size_t>(claim.column - 1) : 0;
  bool found = begin < count && line.compare(cps.starts[begin], figure.size(), figure) == 0;
  if (!found && !figure.empty()) {
    const size_t byte = line.find(figure);
    found = byte != std::string::npos;
    if (found)
      begin = static_cast<size_t>(std::lower_bound(cps.starts.begin(), cps.starts.end(), byte) - cps.starts.begin());
  }
  begin = std::min(count, begin);
  const size_t end = found ? std::min(count, begin + utf8::CountCodePoints(figure)) : begin;
  const size_t from = begin > context ? begin - context : 0;
  const size_t to = std::min(count, end + context);
  auto slice = [&](size_t a, size_t b) { return EscapeXml(line.substr(cps.starts[a], cps.starts[b] - cps.starts[a])); };
  std::string html = from > 0 ? "…" : "";
  html += slice(from, begin);
  if (found) html += "<mark>" + slice(begin, end) + "</mark>";
  html += slice(end, to);
  if (to < count) html += "…";
  return html;
}

void WriteHtmlReport(const ReportInput& input, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>figcheck report</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
      << "<header>\n<h1>figcheck report</h1>\n"
      << Summary(input) << "</header>\n<main>\n";
  const std::vector<FindingGroup> groups = GroupFindings(input.findings);
  if (groups.empty()) out << "<p id=\"clean\">No discrepancies found.</p>\n";
  for (const FindingGroup& group : groups) out << Group(group, input.source);
  out << "</main>\n<footer>Generated by figcheck. Columns count Unicode code points.</footer>\n</body>\n</html>\n";
}

}  // namespace figcheck
