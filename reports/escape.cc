#include "reports/escape.h"

namespace figcheck {
namespace {

// Replaces every byte that has an entry in `table` (a 0-terminated string
// per byte, or nullptr to keep it), the one mechanism behind every escaper.
template <typename Table>
std::string Replace(std::string_view text, const Table& table) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    const char* replacement = table(static_cast<unsigned char>(ch));
    if (replacement != nullptr) {
      out += replacement;
    } else {
      out += ch;
    }
  }
  return out;
}

const char* WorkflowData(unsigned char c) {
  switch (c) {
    case '%': return "%25";
    case '\r': return "%0D";
    case '\n': return "%0A";
  }
  return nullptr;
}

}  // namespace

std::string EscapeXml(std::string_view text) {
  return Replace(text, [](unsigned char c) -> const char* {
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\'': return "&#39;";
      case '\t':
      case '\n':
      case '\r': return nullptr;
    }
    return c < 0x20 || c == 0x7F ? "\xEF\xBF\xBD" : nullptr;
  });
}

std::string EscapeMarkdown(std::string_view text) {
  return Replace(text, [](unsigned char c) -> const char* {
    switch (c) {
      case '\\': return "\\\\";
      case '`': return "\\`";
      case '*': return "\\*";
      case '_': return "\\_";
      case '~': return "\\~";
      case '[': return "\\[";
      case ']': return "\\]";
      case '(': return "\\(";
      case ')': return "\\)";
      case '!': return "\\!";
      case '|': return "\\|";
      case '$': return "\\$";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '&': return "&amp;";
      case '@': return "&#64;";
      case '#': return "&#35;";
      case '\r': return "";
      case '\n': return " ";
    }
    return c < 0x20 || c == 0x7F ? " " : nullptr;
  });
}

std::string EscapeWorkflowData(std::string_view text) { return Replace(text, WorkflowData); }

std::string EscapeWorkflowProperty(std::string_view text) {
  return Replace(text, [](unsigned char c) -> const char* {
    switch (c) {
      case ':': return "%3A";
      case ',': return "%2C";
    }
    return WorkflowData(c);
  });
}

}  // namespace figcheck
