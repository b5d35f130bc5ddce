// Metadata an article carries in its own text: front matter and a leading
// `date YYYY-MM-DD` line.
//
// Contract:
// - Front matter starts on the first line of the text with a delimiter line
//   `---` (YAML) or `+++` (TOML), trailing blanks allowed, and ends at the
//   next line that is the same delimiter (YAML also accepts `...`). Without
//   a closing delimiter there is no front matter.
// - FrontMatterValue finds a top-level `key: value` (YAML) or `key = value`
//   (TOML) line and returns the value trimmed, enclosing quotes removed.
// - FindLeadingDate looks at the first non-blank line at or after `from`; if
//   it starts (after blanks) with `date YYYY-MM-DD` it returns that token.
// - PublicationDate: front matter `date`, else the leading date line (after
//   the front matter, if any), else nullopt. A time after the date
//   (2025-05-12T14:30:25+08:00) is ignored.
// All offsets are byte offsets into the text passed in.
#ifndef FIGCHECK_DOCUMENT_METADATA_H_
#define FIGCHECK_DOCUMENT_METADATA_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "checker/util/civil_date.h"

namespace figcheck {

struct FrontMatter {
  size_t content_begin = 0;  // first byte after the opening delimiter line
  size_t content_end = 0;    // first byte of the closing delimiter line
  size_t end = 0;            // first byte after the closing delimiter line
  bool toml = false;         // `+++` / `key = value`
};

std::optional<FrontMatter> FindFrontMatter(std::string_view text);

std::optional<std::string_view> FrontMatterValue(std::string_view text, const FrontMatter& front_matter,
                                                 std::string_view key);

struct DateToken {
  size_t begin = 0;       // the `d` of `date`
  size_t end = 0;         // one past the last digit of the date
  std::string_view date;  // "YYYY-MM-DD"
};

std::optional<DateToken> FindLeadingDate(std::string_view text, size_t from);

std::optional<CivilDate> PublicationDate(std::string_view text);

}  // namespace figcheck

#endif  // FIGCHECK_DOCUMENT_METADATA_H_
