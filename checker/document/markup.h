// Blanking markup: a copy of the text in which everything a reader does not
// see as prose is overwritten with ASCII spaces.
//
// Contract: BlankMarkup(text) has exactly text.size() bytes; every byte is
// either the byte of `text` at the same offset or ' ', and '\n' and '\r' are
// never blanked, so byte offsets and line numbers carry over unchanged.
// Blanked (a multi-byte character is blanked byte for byte):
// - front matter: delimiter lines, every field except `title` and
//   `description`, and for those two the key, separator and quotes;
// - HTML comments, tags, <script>/<style> elements, entities (&amp; &#20;);
// - Markdown: images `![alt](url)` entirely; links `[text](url)` and
//   `[text][ref]` except `text`; reference definitions; footnote marks;
//   emphasis runs `**` `__` `~~`; backticks; code-fence lines; heading `#`s,
//   list bullets and ordered-list numbers, blockquote `>`s at line start;
//   thematic breaks and table separator rows;
// - Hugo shortcodes `{{< ... >}}` and `{{% ... %}}`;
// - bare URLs (http://, https://, www.) up to blank, non-ASCII or an
//   unbalanced closing bracket; e-mail addresses; file paths (a token with a
//   '/' whose last segment has a letter-led extension: /images/a-1.jpg);
// - the `date YYYY-MM-DD` token of a leading date line, and whole lines
//   `source https://...`.
// Runs in time linear in the text size (bounded look-ahead, cached searches).
#ifndef FIGCHECK_DOCUMENT_MARKUP_H_
#define FIGCHECK_DOCUMENT_MARKUP_H_

#include <string>
#include <string_view>

namespace figcheck {

std::string BlankMarkup(std::string_view text);

}  // namespace figcheck

#endif  // FIGCHECK_DOCUMENT_MARKUP_H_
