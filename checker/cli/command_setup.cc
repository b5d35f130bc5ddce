#include "checker/cli/command_setup.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "checker/cli/progress.h"

namespace figcheck {

Result<std::vector<std::string>> ReadPathList(const std::string& file) {
  std::ifstream in;
  if (file != "-") {
    in.open(file);
    if (!in) return Status::IoError(file + ": cannot read the list of documents");
  }
  std::istream& from = file == "-" ? std::cin : in;
  std::vector<std::string> out;
  std::string line;
  while (std::getline(from, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  if (from.bad()) return Status::IoError(file + ": the list of documents could not be read to its end");
  return out;
}

std::optional<CommandSetup> PrepareCommand(const CommonOptions& opts, const std::vector<std::string>& paths,
                                           std::ostream& err) {
  CommandSetup s;
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
  s.progress = opts.progress;
  return s;
}

int ExtractAll(CommandSetup& s, std::ostream& err, const std::function<void(const DocumentResult&)>& emit) {
  int status = 0;
  Progress progress(err, s.files.size(), s.progress);
  RunExtraction(s.files, *s.rules, s.pipeline, [&](DocumentResult&& r) {
    progress.Advance();
    if (!r.status.ok()) {
      progress.Finish();  // the message starts on a clean line; the next document redraws
      err << "figcheck: " << r.status.message() << '\n';
      status = 2;
      return;
    }
    spdlog::debug("{}: {} claims", r.path, r.claims.size());
    emit(r);
  });
  progress.Finish();
  return status;
}

SourceLine SourceLinesFromFiles(const LoadOptions& load) {
  auto cache = std::make_shared<std::map<std::string, Document>>();
  // A document that cannot be read (one a ledger names, since moved) is tried once.
  auto unreadable = std::make_shared<std::set<std::string>>();
  return [cache, unreadable, load](const std::string& path, int line) -> std::string {
    auto it = cache->find(path);
    if (it == cache->end()) {
      if (unreadable->count(path) > 0) return "";
      auto d = LoadDocument(path, load);
      if (!d.ok()) {
        unreadable->insert(path);
        return "";
      }
      it = cache->emplace(path, std::move(*d)).first;
    }
    auto [b, e] = it->second.lines.LineRange(it->second.text, line);
    return it->second.text.substr(b, e - b);
  };
}

std::optional<Severity> FailOnSeverity(const CommonOptions& opts, const std::string& command, std::ostream& err) {
  Severity fail_on = Severity::kError;
  if (ParseSeverity(opts.fail_on, &fail_on)) return fail_on;
  err << command << ": --fail-on must be error, warning or info\n";
  return std::nullopt;
}

int FailStatus(const std::vector<Finding>& findings, Severity fail_on) {
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity >= fail_on; }) ? 1 : 0;
}

ReportOutput::ReportOutput(std::string command, const std::string& path, std::ostream& out)
    : command_(std::move(command)), path_(path), out_(out) {}

bool ReportOutput::Open(std::ostream& err) {
  if (path_.empty()) return true;
  file_.open(path_, std::ios::binary | std::ios::trunc);
  if (!file_) err << command_ << ": cannot write '" << path_ << "': " << std::strerror(errno) << '\n';
  return static_cast<bool>(file_);
}

int ReportOutput::Write(std::string_view format, const ReportInput& report, std::ostream& err) {
  if (Status written = WriteReport(format, report, path_.empty() ? out_ : file_); !written.ok()) {
    err << command_ << ": " << written.message() << '\n';
    return 2;
  }
  if (!path_.empty() && !file_.flush()) {
    err << command_ << ": cannot write '" << path_ << "': " << std::strerror(errno) << '\n';
    return 2;
  }
  return 0;
}

int ReportOutput::Finish(ReportInput report, const CommonOptions& opts, const CommandSetup& setup, Severity fail_on,
                         int status, std::ostream& err) {
  report.checks = setup.rules->checks.checks;
  report.colour = opts.colour && !to_file();
  report.source = SourceLinesFromFiles(setup.pipeline.load);
  if (Write(opts.format, report, err) != 0) return 2;
  return status != 0 ? status : FailStatus(report.findings, fail_on);
}

}  // namespace figcheck
