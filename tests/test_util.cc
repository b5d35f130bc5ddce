#include "tests/test_util.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <fstream>
#include <sstream>

namespace figcheck::testing {

const Rulebook& ShippedRules() {
  static const std::unique_ptr<Rulebook> rules = [] {
    auto r = LoadRulebook(DefaultRulesDir());
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? std::move(*r) : std::make_unique<Rulebook>();
  }();
  return *rules;
}

std::string SourceDir() { return FIGCHECK_SOURCE_DIR; }

// One folder per test process, removed when the process exits (ctest runs
// every test in its own process: thousands of runs must not leave thousands
// of folders behind). FIGCHECK_KEEP_TEST_FILES=1 keeps it for a post-mortem.
std::string TempDir() {
  struct Folder {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("figcheck_test_" + std::to_string(::getpid()));
    ~Folder() {
      const char* keep = std::getenv("FIGCHECK_KEEP_TEST_FILES");
      if (keep != nullptr && *keep != '\0' && std::string(keep) != "0") return;
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  };
  static const Folder folder;
  std::filesystem::create_directories(folder.path);
  return folder.path.string();
}

std::string WriteTempFile(const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = std::filesystem::path(TempDir()) / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

CommandResult RunShell(const std::string& command) {
  static int counter = 0;
  const std::string base = TempDir() + "/shell" + std::to_string(counter++);
  const int status = std::system((command + " >" + base + ".out 2>" + base + ".err").c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream out(base + ".out"), err(base + ".err");
  std::stringstream o, e;
  o << out.rdbuf();
  e << err.rdbuf();
  r.out = o.str();
  r.err = e.str();
  return r;
}

CommandResult RunFigcheck(const std::string& args, const std::string& stdin_text) {
  const std::string dir = TempDir();
  static int counter = 0;
  const std::string base = dir + "/run" + std::to_string(counter++);
  std::string cmd = std::string(FIGCHECK_BINARY) + " " + args + " >" + base + ".out 2>" + base + ".err";
  if (!stdin_text.empty() || args.find(" - ") != std::string::npos || args.ends_with(" -")) {
    std::ofstream(base + ".in", std::ios::binary) << stdin_text;
    cmd += " <" + base + ".in";
  }
  CommandResult r;
  const int status = std::system(cmd.c_str());
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto slurp = [](const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  r.out = slurp(base + ".out");
  r.err = slurp(base + ".err");
  return r;
}

std::vector<nlohmann::json> ParseJsonl(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    try {
      out.push_back(nlohmann::json::parse(line));
    } catch (const nlohmann::json::exception& e) {
      ADD_FAILURE() << "not JSON: " << line << " (" << e.what() << ")";
    }
  }
  return out;
}

nlohmann::json CheckTexts(const std::string& name, const std::vector<std::string>& texts) {
  const std::string dir = TempDir() + "/" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (size_t i = 0; i < texts.size(); ++i) {
    std::ofstream(dir + "/" + std::to_string(i) + ".txt") << texts[i];
  }
  auto r = RunFigcheck("check --format json " + dir);
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  return nlohmann::json::parse(r.out);
}

std::vector<nlohmann::json> CountedFindings(const nlohmann::json& report) {
  std::vector<nlohmann::json> out;
  for (const auto& f : report["findings"]) {
    if (f["severity"] != "info") out.push_back(f);
  }
  return out;
}

std::vector<nlohmann::json> ClaimsOf(const std::string& name, const std::string& text) {
  const std::string path = WriteTempFile(name, text);
  auto r = RunFigcheck("claims --format jsonl " + path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return ParseJsonl(r.out);
}

nlohmann::json ClaimWithText(const std::vector<nlohmann::json>& claims, const std::string& text) {
  auto it = std::find_if(claims.begin(), claims.end(), [&](const nlohmann::json& c) { return c["text"] == text; });
  EXPECT_NE(it, claims.end()) << "no claim " << text;
  return it == claims.end() ? nlohmann::json::object() : *it;
}

std::map<std::string, nlohmann::json> ClaimsByText(const std::string& text) {
  auto run = RunFigcheck("claims -", text);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::map<std::string, nlohmann::json> out;
  for (const auto& c : ParseJsonl(run.out)) out[c["text"].get<std::string>()] = c;
  return out;
}

bool HasAspect(const nlohmann::json& claim, const std::string& aspect) {
  const nlohmann::json aspects = claim.value("aspects", nlohmann::json::array());
  return std::find(aspects.begin(), aspects.end(), aspect) != aspects.end();
}

std::string EditedRules(const std::string& name, const std::string& file, const std::string& find,
                        const std::string& replace) {
  namespace fs = std::filesystem;
  const std::string dir = TempDir() + "/" + name;
  fs::remove_all(dir);
  fs::copy(SourceDir() + "/rules", dir, fs::copy_options::recursive);
  std::string text;
  {
    std::ifstream in(dir + "/" + file);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  const size_t at = text.find(find);
  EXPECT_NE(at, std::string::npos) << find << " is not in " << file;
  if (at == std::string::npos) return "";
  text.replace(at, find.size(), replace);
  std::ofstream(dir + "/" + file) << text;
  return dir;
}

}  // namespace figcheck::testing
