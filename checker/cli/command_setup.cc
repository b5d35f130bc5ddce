#include "checker/cli/command_setup.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <thread>

namespace figcheck {

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
  return s;
}

int ExtractAll(CommandSetup& s, std::ostream& err, const std::function<void(const DocumentResult&)>& emit) {
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

}  // namespace figcheck
