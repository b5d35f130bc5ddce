// The articles a change adds or modifies, asked of git.
//
// Contract: ChangesSince(base) runs git (no shell: checker/util/subprocess.h)
// in the current directory and returns
//   changed: documents added or modified on this branch since it left `base`
//            (git diff --no-renames --diff-filter=AM BASE...HEAD), plus those
//            changed since HEAD in the index or the working tree, staged or
//            not; deleted files are left out, and so are untracked ones
//            (`git add` a new article to have it checked);
//   tracked: every tracked document of the repository (the default corpus:
//            build output and ignored files are never articles).
// Documents are the files ending .txt .md .markdown .html .htm (any case)
// that exist on disk. Paths are relative to the current directory, lexically
// normal, sorted and unique. A BASE starting with "-", a BASE git does not
// know, no git, or no repository: a Status saying which and what to do.
#ifndef FIGCHECK_GATE_GIT_CHANGES_H_
#define FIGCHECK_GATE_GIT_CHANGES_H_

#include <string>
#include <vector>

#include "checker/util/status.h"

namespace figcheck {

struct GitChanges {
  std::vector<std::string> changed;
  std::vector<std::string> tracked;
};

Result<GitChanges> ChangesSince(const std::string& base);

}  // namespace figcheck

#endif  // FIGCHECK_GATE_GIT_CHANGES_H_
