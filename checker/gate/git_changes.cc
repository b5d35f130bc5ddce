#include "checker/gate/git_changes.h"

#include <filesystem>
#include <set>

#include "checker/document/loader.h"
#include "checker/util/subprocess.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

// Runs git with `args` in the repository's top folder `top` ("" for here); stdout, or why not.
Result<std::string> Git(const std::string& top, const std::vector<std::string>& args) {
  std::vector<std::string> argv{"git"};
  if (!top.empty()) argv.insert(argv.end(), {"-C", top});
  argv.insert(argv.end(), args.begin(), args.end());
  auto run = RunProcess(argv);
  if (!run.ok()) return Status::IoError("git is needed for --git-diff: " + run.status().message());
  if (run->exit_code != 0) {
    std::string why = run->err;
    while (!why.empty() && (why.back() == '\n' || why.back() == '\r')) why.pop_back();
    return Status::InvalidInput("git " + args.front() + " failed: " + (why.empty() ? "no message" : why));
  }
  return std::move(run->out);
}

// NUL-separated paths (git -z: no quoting of unusual names), relative to the
// top folder, kept when they name a document that exists.
void AddDocuments(const std::string& z_list, const std::string& top, std::set<std::string>* into) {
  size_t pos = 0;
  while (pos < z_list.size()) {
    size_t end = z_list.find('\0', pos);
    if (end == std::string::npos) end = z_list.size();
    fs::path path = (fs::path(top.empty() ? "." : top) / z_list.substr(pos, end - pos)).lexically_normal();
    std::error_code ec;
    if (HasDocumentExtension(path) && fs::is_regular_file(path, ec)) {
      // Below the top folder, "../drafts/a.md" from drafts/ is "a.md".
      if (!top.empty()) path = fs::proximate(path, ec);
      into->insert(path.string());
    }
    pos = end + 1;
  }
}

}  // namespace

Result<GitChanges> ChangesSince(const std::string& base) {
  if (base.empty() || base.front() == '-') {
    return Status::InvalidInput("--git-diff wants a branch or commit, got '" + base + "'");
  }
  auto cdup = Git("", {"rev-parse", "--show-cdup"});
  if (!cdup.ok()) return Status::InvalidInput("--git-diff: not inside a git repository (" + cdup.status().message() + ")");
  std::string top = *cdup;
  while (!top.empty() && (top.back() == '\n' || top.back() == '\r')) top.pop_back();
  if (!Git(top, {"rev-parse", "--verify", "--quiet", base + "^{commit}"}).ok()) {
    return Status::InvalidInput("--git-diff: git knows no commit '" + base +
                                "' (in CI, check out with fetch-depth: 0 so the base branch is there)");
  }
  std::set<std::string> changed;
  for (const std::vector<std::string>& diff :
       {std::vector<std::string>{"diff", "--name-only", "-z", "--no-renames", "--diff-filter=AM", base + "...HEAD", "--"},
        std::vector<std::string>{"diff", "--name-only", "-z", "--no-renames", "--diff-filter=AM", "HEAD", "--"}}) {
    auto names = Git(top, diff);
    if (!names.ok()) return Status::InvalidInput("--git-diff " + base + ": " + names.status().message());
    AddDocuments(*names, top, &changed);
  }
  auto files = Git(top, {"ls-files", "-z", "--cached"});
  if (!files.ok()) return Status::InvalidInput("--git-diff: " + files.status().message());
  std::set<std::string> tracked;
  AddDocuments(*files, top, &tracked);
  return GitChanges{{changed.begin(), changed.end()}, {tracked.begin(), tracked.end()}};
}

}  // namespace figcheck
