#include "checker/cli/commands.h"

#include <spdlog/spdlog.h>

#include <thread>

#include "checker/pipeline.h"
#include "checker/rules/rulebook.h"
#include "reports/claim_format.h"

namespace figcheck {
namespace {

struct Setup {
  std::unique_ptr<Rulebook> rules;
  std::vector<std::string> files;
  PipelineOptions pipeline;
};

// Loads rules, expands paths, reads options; on failure prints why and returns nullopt.
std::optional<Setup> Prepare(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& err) {
  Setup s;
  const std::string dir = opts.rules_dir.empty() ? DefaultRulesDir() : opts.rules_dir;
  auto rules = LoadRulebook(dir);
  if (!rules.ok()) {
    err << "figcheck: " << rules.status().message() << '\n';
    return std::nullopt;
  }
  s.rules = std::move(*rules);
  spdlog::debug("rules loaded from {}", dir);
  if (opts.published) {
    auto d = CivilDate::ParseIso(*opts.published);
    if (!d || d->precision != CivilDate::Precision::kDay) {
      err << "figcheck: --published wants a date YYYY-MM-DD, got '" << *opts.published << "'\n";
      return std::nullopt;
    }
    s.pipeline.load.published = d;
  }
  auto files = ListDocuments(paths);
  if (!files.ok()) {
    err << "figcheck: " << files.status().message() << '\n';
    return std::nullopt;
  }
  s.files = std::move(*files);
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  s.pipeline.jobs = opts.jobs > 0 ? opts.jobs : static_cast<int>(cores);
  return s;
}

// Runs extraction and hands each readable document's claims to `emit`; returns 2 if any file failed.
template <typename Emit>
int Extract(Setup& s, std::ostream& err, Emit emit) {
  int status = 0;
  RunExtraction(s.files, *s.rules, s.pipeline, [&](DocumentResult&& r) {
    if (!r.status.ok()) {
      err << "figcheck: " << r.status.message() << '\n';
      status = 2;
      return;
    }
    spdlog::debug("{}: {} claims", r.path, r.claims.size());
    emit(r);
  });
  return status;
}

}  // namespace

int RunClaims(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  if (opts.format != "jsonl" && opts.format != "table") {
    err << "figcheck claims: --format must be jsonl or table\n";
    return 2;
  }
  auto s = Prepare(opts, paths, err);
  if (!s) return 2;
  return Extract(*s, err, [&](const DocumentResult& r) {
    opts.format == "table" ? WriteClaimsTable(r.claims, out) : WriteClaimsJsonl(r.claims, out);
  });
}

int RunNumbers(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  auto s = Prepare(opts, paths, err);
  if (!s) return 2;
  s->pipeline.all_mentions = true;
  return Extract(*s, err, [&](const DocumentResult& r) { WriteMentionsJsonl(r.claims, out); });
}

int RunCheck(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  // Comparison across documents is the next milestone (issue 3): for now `check`
  // extracts and reports its totals with no findings, so integrations can wire up.
  auto s = Prepare(opts, paths, err);
  if (!s) return 2;
  size_t documents = 0, claims = 0;
  const int status = Extract(*s, err, [&](const DocumentResult& r) {
    ++documents;
    claims += r.claims.size();
  });
  nlohmann::json j{{"findings", nlohmann::json::array()},
                   {"summary", {{"documents", documents}, {"claims", claims}, {"findings", 0}}}};
  if (opts.format == "json") {
    out << DumpJson(j, 2) << '\n';
  } else {
    out << documents << " documents, " << claims << " claims, no findings (cross-document comparison not built yet)\n";
  }
  return status;
}

int RunRulesLint(const std::string& dir, std::ostream& out, std::ostream& err) {
  const std::string d = dir.empty() ? DefaultRulesDir() : dir;
  const auto problems = LintRules(d);
  for (const auto& p : problems) err << p.message() << '\n';
  if (problems.empty()) out << d << ": rule pack OK\n";
  return problems.empty() ? 0 : 2;
}

}  // namespace figcheck
