// Inline suppressions: comments in an article that silence a finding.
//
// Contract: FindSuppressions reads the original text of a document (not the
// blanked `plain`, where comments are gone) and returns, in order, every
// comment of the two forms
//
//   <!-- figcheck-disable-next-line RULE[,RULE…]: reason -->
//   <!-- figcheck-disable-file RULE[,RULE…]: reason -->
//
// RULE is a rule id (`value-conflict`, `growth-reversal` …) or `*` for every
// rule; ids are separated by commas or spaces, and the reason is everything
// after the first colon. The next-line form covers the first line after the
// comment that is neither blank nor another figcheck comment, so a blank line
// or a stack of suppressions may stand between the comment and its figure.
// The file form covers the whole document. Lines and columns are those of the
// original file. A comment without a rule or a reason is still returned (with
// `rules` or `reason` empty): the caller reports it and lets it suppress
// nothing (checker/compare/apply_suppressions.h).
#ifndef FIGCHECK_DOCUMENT_SUPPRESSION_H_
#define FIGCHECK_DOCUMENT_SUPPRESSION_H_

#include <string>
#include <vector>

#include "checker/document/document.h"

namespace figcheck {

struct Suppression {
  std::string doc;                 // Document::path
  int line = 0;                    // where the comment starts (1-based)
  int column = 0;                  // in code points
  std::string comment;             // the comment as written, "<!-- … -->"
  bool whole_file = false;         // figcheck-disable-file
  int target_line = 0;             // next-line form: the line covered; 0 when none follows
  std::vector<std::string> rules;  // rule ids, "*" for all; empty = none named
  std::string reason;              // trimmed; empty = none given

  bool Valid() const { return !rules.empty() && !reason.empty(); }
  bool Covers(const std::string& rule, int claim_line) const;
};

std::vector<Suppression> FindSuppressions(const Document& doc);

}  // namespace figcheck

#endif  // FIGCHECK_DOCUMENT_SUPPRESSION_H_
