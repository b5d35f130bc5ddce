// Escaping: how each report syntax quotes a string taken from an article.
//
// Contract: the result, placed in its context, reads as the literal text and
// can never open markup, a link, a mention or a command.
//  - EscapeXml: for XML and HTML text and attribute values: & < > " ' become
//    entities; characters XML 1.0 forbids (C0 controls but tab, line feed,
//    carriage return) become U+FFFD.
//  - EscapeMarkdown: for inline GitHub-flavoured Markdown (a list item, a
//    table cell): punctuation with inline meaning is backslash-escaped,
//    < > & @ # become character references (no HTML, no @mention, no #issue
//    link), and line breaks become spaces (a table row is one line).
//  - EscapeWorkflowData / EscapeWorkflowProperty: GitHub Actions workflow
//    commands: % CR LF become %25 %0D %0A, and in a property also : and ,.
#ifndef FIGCHECK_REPORTS_ESCAPE_H_
#define FIGCHECK_REPORTS_ESCAPE_H_

#include <string>
#include <string_view>

namespace figcheck {

std::string EscapeXml(std::string_view text);
std::string EscapeMarkdown(std::string_view text);
std::string EscapeWorkflowData(std::string_view text);
std::string EscapeWorkflowProperty(std::string_view text);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_ESCAPE_H_
