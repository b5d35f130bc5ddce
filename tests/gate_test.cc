// figcheck gate end to end: changed articles against the corpus, git diffs,
// exit codes, the README's workflow and pre-commit examples run as written,
// and progress that never reaches a pipe.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "checker/cli/progress.h"
#include "reports/report.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::RunFigcheck;

const char kPublished[] = "date 2025-05-12\n奧特曼在聽證會上透露，ChatGPT目前每週有超過5億用戶使用。\n";
const char kContradicting[] = "date 2025-05-20\n據報導，ChatGPT每週用戶只有3億。\n";
const char kAgreeing[] = "date 2025-05-20\nOpenAI says ChatGPT now has more than 500 million weekly users.\n";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteFile(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string Dir(const std::string& name) {
  const std::string dir = testing::TempDir() + "/" + name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs a shell command line in `dir` (the way CI or git runs a step or a hook).
CommandResult Shell(const std::string& dir, const std::string& command) {
  static int counter = 0;
  const std::string base = testing::TempDir() + "/shell" + std::to_string(counter++);
  const std::string line = "cd " + Quote(dir) + " && { " + command + "; } >" + base + ".out 2>" + base + ".err";
  const int status = std::system(line.c_str());
  return CommandResult{WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(base + ".out"), Slurp(base + ".err")};
}

void Git(const std::string& repo, const std::string& args) {
  auto r = Shell(repo, "git -c user.name=figcheck -c user.email=figcheck@example.com -c commit.gpgsign=false " + args);
  ASSERT_EQ(r.exit_code, 0) << "git " << args << ": " << r.err;
}

bool Supported(const std::string& format) {
  const auto& known = ReportFormats();
  return std::find(known.begin(), known.end(), format) != known.end();
}

// The `figcheck gate` command lines of the example workflow, as a shell runs
// them in the repository (a format this build lacks becomes json).
std::vector<std::string> WorkflowGateCommands() {
  std::vector<std::string> commands;
  std::istringstream in(Slurp(testing::SourceDir() + "/examples/figcheck-workflow.yml"));
  std::string line;
  const std::regex run(R"(^\s*run: (build/figcheck gate .*)$)");
  std::smatch m;
  while (std::getline(in, line)) {
    if (!std::regex_match(line, m, run)) continue;
    std::string command = m[1];
    command.replace(0, std::string("build/figcheck").size(), FIGCHECK_BINARY);
    for (const std::string format : {"sarif", "github"}) {
      const std::string flag = "--format " + format;
      if (!Supported(format) && command.find(flag) != std::string::npos) {
        command.replace(command.find(flag), flag.size(), "--format json");
      }
    }
    commands.push_back("export BASE=main; " + command);  // the job's env: BASE
  }
  return commands;
}

CommandResult RunHook(const std::string& repo) {
  return Shell(repo, "FIGCHECK=" + Quote(FIGCHECK_BINARY) + " " + Quote(testing::SourceDir() + "/examples/pre-commit"));
}

// A repository with one published article on main (and origin/main, as a CI checkout has it).
std::string PublishedRepo(const std::string& name) {
  const std::string repo = Dir(name);
  Git(repo, "init -q -b main");
  WriteFile(repo + "/published/2025-05-12-openai.md", kPublished);
  Git(repo, "add -A");
  Git(repo, "commit -qm published");
  Git(repo, "update-ref refs/remotes/origin/main HEAD");
  return repo;
}

TEST(GateCli, ReportsOnlyFindingsInvolvingTheChangedArticles) {
  const std::string dir = Dir("gate_paths");
  WriteFile(dir + "/published/a.md", kPublished);
  // Two published articles that disagree with each other: not this change's business.
  WriteFile(dir + "/published/b.md", "date 2025-06-01\nChatGPT has only 200 million weekly users, the report said.\n");
  WriteFile(dir + "/drafts/new.md", kContradicting);
  WriteFile(dir + "/drafts/ok.md", kAgreeing);
  auto bad = RunFigcheck("gate --format json " + dir + "/drafts/new.md --corpus " + dir + "/published");
  ASSERT_EQ(bad.exit_code, 1) << bad.out << bad.err;
  const auto findings = nlohmann::json::parse(bad.out)["findings"];
  ASSERT_FALSE(findings.empty());
  for (const auto& f : findings) {
    bool involves_draft = false;
    for (const auto& c : f["claims"]) involves_draft |= c["doc"] == dir + "/drafts/new.md";
    EXPECT_TRUE(involves_draft) << f.dump();
  }
  auto check = RunFigcheck("check --format json " + dir + "/published");
  EXPECT_EQ(check.exit_code, 1) << "the published articles should disagree among themselves: " << check.out;

  auto good = RunFigcheck("gate --format json " + dir + "/drafts/ok.md --corpus " + dir + "/published/a.md");
  EXPECT_EQ(good.exit_code, 0) << good.out << good.err;
  EXPECT_TRUE(nlohmann::json::parse(good.out)["findings"].empty());
}

TEST(GateCli, DefaultCorpusIsTheCurrentFolder) {
  const std::string dir = Dir("gate_cwd");
  WriteFile(dir + "/pub.md", kPublished);
  WriteFile(dir + "/new.md", kContradicting);
  auto r = Shell(dir, Quote(FIGCHECK_BINARY) + " gate new.md --format json");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  const auto claims = nlohmann::json::parse(r.out)["findings"][0]["claims"];
  EXPECT_EQ(claims[0]["doc"], "pub.md");  // "./pub.md" is read as pub.md, once
  EXPECT_EQ(claims[1]["doc"], "new.md");
}

TEST(GateCli, OutputFileAndFailOn) {
  const std::string dir = Dir("gate_output");
  WriteFile(dir + "/pub.md", kPublished);
  WriteFile(dir + "/new.md", "date 2025-05-20\n<!-- figcheck-disable-next-line growth-reversal -->\n據報導，ChatGPT每週用戶只有3億。\n");
  auto r = RunFigcheck("gate " + dir + "/new.md --corpus " + dir + " --format json --output " + dir + "/report.json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(r.out.empty()) << r.out;
  const auto report = nlohmann::json::parse(Slurp(dir + "/report.json"));
  ASSERT_EQ(report["findings"].size(), 2u);  // the conflict, and the reasonless suppression (a warning)
  EXPECT_EQ(report["findings"][1]["rule"], "suppression-without-reason");

  WriteFile(dir + "/new.md", "date 2025-05-20\n<!-- figcheck-disable-file *:  -->\n據報導，ChatGPT每週用戶已超過5億。\n");
  EXPECT_EQ(RunFigcheck("gate " + dir + "/new.md --corpus " + dir).exit_code, 0);
  EXPECT_EQ(RunFigcheck("gate " + dir + "/new.md --corpus " + dir + " --fail-on warning").exit_code, 1);

  auto unwritable = RunFigcheck("gate " + dir + "/new.md --corpus " + dir + " --output " + dir + "/no/such/dir/r.json");
  EXPECT_EQ(unwritable.exit_code, 2);
  EXPECT_NE(unwritable.err.find("no/such/dir/r.json"), std::string::npos) << unwritable.err;
}

TEST(GateCli, UsageErrorsExitTwoWithAMessage) {
  const std::string dir = Dir("gate_usage");
  WriteFile(dir + "/new.md", kContradicting);
  auto none = RunFigcheck("gate");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("--git-diff"), std::string::npos) << none.err;
  auto missing = RunFigcheck("gate " + dir + "/gone.md --corpus " + dir);
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("gone.md"), std::string::npos) << missing.err;
  auto update = RunFigcheck("gate " + dir + "/new.md --update-baseline");
  EXPECT_EQ(update.exit_code, 2);
  EXPECT_NE(update.err.find("--baseline"), std::string::npos) << update.err;
  EXPECT_EQ(RunFigcheck("gate " + dir + "/new.md --format nonesuch").exit_code, 2);
}

TEST(GateGit, BadBaseOrNoRepositoryIsAClearError) {
  const std::string plain = Dir("gate_not_a_repo");
  auto outside = Shell(plain, Quote(FIGCHECK_BINARY) + " gate --git-diff main");
  EXPECT_EQ(outside.exit_code, 2);
  EXPECT_NE(outside.err.find("not inside a git repository"), std::string::npos) << outside.err;

  const std::string repo = PublishedRepo("gate_bad_base");
  auto bad = Shell(repo, Quote(FIGCHECK_BINARY) + " gate --git-diff origin/nonesuch");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("origin/nonesuch"), std::string::npos) << bad.err;
  auto option = Shell(repo, Quote(FIGCHECK_BINARY) + " gate --git-diff=--output=x");
  EXPECT_EQ(option.exit_code, 2);
  EXPECT_FALSE(fs::exists(repo + "/x"));
}

TEST(GateGit, ChangedArticlesAreWhatGitReports) {
  const std::string repo = PublishedRepo("gate_git_changes");
  Git(repo, "checkout -q -b draft");
  WriteFile(repo + "/drafts/committed.md", kContradicting);
  WriteFile(repo + "/notes.json", "{\"users\": \"3億\"}");  // not a document
  Git(repo, "add -A");
  Git(repo, "commit -qm draft");
  WriteFile(repo + "/drafts/staged.md", "date 2025-05-20\nChatGPT每週用戶只有2億。\n");
  Git(repo, "add drafts/staged.md");
  WriteFile(repo + "/drafts/untracked.md", "date 2025-05-20\nChatGPT每週用戶只有1億。\n");
  Git(repo, "rm -q published/2025-05-12-openai.md");  // deleted: not checked, not in the corpus
  WriteFile(repo + "/old.md", kPublished);             // untracked: not in the corpus either
  auto r = Shell(repo, Quote(FIGCHECK_BINARY) + " gate --git-diff main --format json");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;  // committed.md vs staged.md
  std::set<std::string> docs;
  const auto report = nlohmann::json::parse(r.out);
  for (const auto& f : report["findings"]) {
    for (const auto& c : f["claims"]) docs.insert(c["doc"]);
  }
  EXPECT_EQ(docs, (std::set<std::string>{"drafts/committed.md", "drafts/staged.md"})) << r.out;

  // From a subfolder, paths stay relative to where figcheck runs.
  auto sub = Shell(repo + "/drafts", Quote(FIGCHECK_BINARY) + " gate --git-diff main --format json");
  ASSERT_EQ(sub.exit_code, 1) << sub.out << sub.err;
  EXPECT_EQ(nlohmann::json::parse(sub.out)["findings"][0]["claims"][0]["doc"], "committed.md");
}

// The README's workflow and pre-commit hook, run as written against a real
// repository: a contradiction fails, a reasoned suppression or a baseline
// accepts it, an agreeing article passes.
TEST(GateExamples, WorkflowAndHookGateAContradiction) {
  const auto workflow = WorkflowGateCommands();
  ASSERT_EQ(workflow.size(), 2u) << "the example workflow should run the gate twice (SARIF, annotations)";
  const std::string repo = PublishedRepo("gate_examples");
  Git(repo, "checkout -q -b draft");
  // A name git would quote by default: the hook and --git-diff must both take it as it is.
  const std::string name = "drafts/ChatGPT 用戶.md";
  const std::string article = repo + "/" + name;

  WriteFile(article, kContradicting);
  Git(repo, "add " + Quote(name));
  EXPECT_EQ(RunHook(repo).exit_code, 1) << "the hook should refuse a staged contradiction";
  Git(repo, "commit -qm contradiction");
  for (const auto& command : workflow) {
    auto r = Shell(repo, command);
    EXPECT_EQ(r.exit_code, 1) << command << '\n' << r.out << r.err;
  }

  WriteFile(article, "date 2025-05-20\n"
                     "<!-- figcheck-disable-next-line growth-reversal: 3億 is the 2023 figure, quoted as history -->\n"
                     "據報導，ChatGPT每週用戶只有3億。\n");
  Git(repo, "add " + Quote(name));
  EXPECT_EQ(RunHook(repo).exit_code, 0);
  Git(repo, "commit -qm suppressed");
  for (const auto& command : workflow) EXPECT_EQ(Shell(repo, command).exit_code, 0) << command;

  WriteFile(article, kContradicting);
  Git(repo, "commit -qam unsuppressed");
  EXPECT_EQ(Shell(repo, workflow[0]).exit_code, 1);
  auto update = Shell(repo, workflow[0] + " --update-baseline");
  EXPECT_EQ(update.exit_code, 0) << update.err;
  for (const auto& command : workflow) EXPECT_EQ(Shell(repo, command).exit_code, 0) << command;
  // The hook reads the same baseline, and the accepted finding survives an edit above it.
  WriteFile(article, std::string("date 2025-05-20\n# 一週科技新聞\n\n") + (kContradicting + 16));
  Git(repo, "add " + Quote(name));
  EXPECT_EQ(RunHook(repo).exit_code, 0);
  Git(repo, "add .figcheck-baseline.json");
  Git(repo, "commit -qm baseline");

  Git(repo, "checkout -q main");
  Git(repo, "checkout -q -b agreeing");
  ASSERT_FALSE(fs::exists(repo + "/.figcheck-baseline.json"));
  WriteFile(repo + "/drafts/agree.md", kAgreeing);
  Git(repo, "add drafts/agree.md");
  EXPECT_EQ(RunHook(repo).exit_code, 0);
  Git(repo, "commit -qm agreeing");
  for (const auto& command : workflow) {
    auto r = Shell(repo, command);
    EXPECT_EQ(r.exit_code, 0) << command << '\n' << r.out << r.err;
  }
}

TEST(GateExamples, HookWithNothingStagedPasses) {
  const std::string repo = PublishedRepo("gate_hook_empty");
  EXPECT_EQ(RunHook(repo).exit_code, 0);
}

TEST(GateExamples, ReadmeShowsTheExamplesAsTheyAre) {
  const std::string readme = Slurp(testing::SourceDir() + "/README.md");
  for (const char* example : {"/examples/figcheck-workflow.yml", "/examples/pre-commit"}) {
    std::istringstream in(Slurp(testing::SourceDir() + example));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      EXPECT_NE(readme.find("    " + line + "\n"), std::string::npos) << example << ": " << line;
    }
  }
  EXPECT_NE(readme.find("figcheck review draft.md --against published/"), std::string::npos);
}

TEST(Progress, DrawsOnlyWhenEnabledAndErasesItself) {
  std::ostringstream on;
  {
    Progress p(on, 3, /*enabled=*/true, std::chrono::milliseconds(0));
    p.Advance();
    p.Advance();
    p.Advance();
  }
  EXPECT_NE(on.str().find("\r[1/3] documents"), std::string::npos) << on.str();
  EXPECT_NE(on.str().find("\r[3/3] documents"), std::string::npos);
  EXPECT_TRUE(on.str().ends_with("\r\033[K"));
  std::ostringstream off;
  {
    Progress p(off, 3, /*enabled=*/false);
    p.Advance();
  }
  EXPECT_TRUE(off.str().empty());
}

TEST(Progress, PipedRunsPrintNone) {
  const std::string seeds = testing::SourceDir() + "/seeds";
  for (const std::string& command : {"check " + seeds, "claims " + seeds, "gate " + seeds + " --corpus " + seeds}) {
    auto r = RunFigcheck(command);
    EXPECT_EQ(r.err.find("documents"), std::string::npos) << command << ": " << r.err;
    EXPECT_EQ(r.err.find('\r'), std::string::npos) << command;
  }
}

TEST(Progress, ATerminalSeesItUnlessQuiet) {
  if (std::system("script --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "no script(1) to make a terminal";
  const std::string seeds = testing::SourceDir() + "/seeds";
  const std::string dir = Dir("progress_tty");
  auto tty = Shell(dir, "script -qec " + Quote(std::string(FIGCHECK_BINARY) + " claims " + seeds + " >/dev/null") +
                            " /dev/null");
  EXPECT_NE(tty.out.find("documents"), std::string::npos) << tty.out << tty.err;
  auto quiet = Shell(dir, "script -qec " + Quote(std::string(FIGCHECK_BINARY) + " --quiet claims " + seeds +
                                                 " >/dev/null") + " /dev/null");
  EXPECT_EQ(quiet.out.find("documents"), std::string::npos) << quiet.out;
}

}  // namespace
}  // namespace figcheck
