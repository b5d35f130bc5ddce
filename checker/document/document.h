// Document: one article, decoded, with markup blanked and a way back to the source.
//
// Contract: `text` is the file decoded to UTF-8 (BOM removed). `plain` has the
// same byte length as `text` and is identical to it except that markup a
// reader does not see as prose (front-matter keys and metadata fields, HTML
// tags and entities' syntax, Markdown image/link syntax, link targets, URLs,
// {{< shortcodes >}}, e-mail addresses, the leading `date YYYY-MM-DD` line
// marker) is replaced by ASCII spaces, byte for byte, newlines kept.
// Because offsets are shared, a figure found at byte offset k of `plain` is at
// byte offset k of `text`, and Position(k) gives its 1-based line and its
// 1-based column counted in code points.
#ifndef FIGCHECK_DOCUMENT_DOCUMENT_H_
#define FIGCHECK_DOCUMENT_DOCUMENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/util/civil_date.h"

namespace figcheck {

struct SourcePosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in code points
};

// Byte offsets of line starts; answers offset -> line:column.
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);
  // `text` must be the string the index was built from.
  SourcePosition Position(std::string_view text, size_t offset) const;
  // Byte range [begin, end) of 1-based line `line`, without its newline.
  std::pair<size_t, size_t> LineRange(std::string_view text, int line) const;
  int line_count() const { return static_cast<int>(starts_.size()); }

 private:
  // Number of code points before byte kCheckpointBytes * i, so a column is
  // found by counting at most two blocks, even on a 50 MB single line.
  static constexpr size_t kCheckpointBytes = 4096;
  size_t CodePointsBefore(std::string_view text, size_t offset) const;

  std::vector<size_t> starts_;
  std::vector<size_t> checkpoints_;
};

struct Document {
  std::string path;        // as given on the command line (joined with the folder)
  std::string encoding;    // encoding the bytes were decoded from: "UTF-8", "UTF-16LE", "Big5", "GB18030"
  std::string text;        // decoded original
  std::string plain;       // `text` with markup blanked (same length)
  std::optional<CivilDate> published;  // from --published, front matter `date:` or a leading `date` line
  LineIndex lines;

  SourcePosition Position(size_t offset) const { return lines.Position(text, offset); }
};

}  // namespace figcheck

#endif  // FIGCHECK_DOCUMENT_DOCUMENT_H_
