// figcheck entities: what discovery found in each document (commands.h).
#include <map>

#include "checker/claims/extract.h"
#include "checker/cli/command_setup.h"
#include "checker/cli/commands.h"
#include "checker/document/loader.h"

namespace figcheck {

int RunEntities(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  auto s = PrepareCommand(opts, paths, err);
  if (!s) return 2;
  if (s->rules->discovery.lexicon_path.empty()) {
    err << "figcheck entities: no lexicon found (rules/discovery.yaml lexicon.paths); Chinese lexicon names are off\n";
  }
  int status = 0;
  for (const auto& file : s->files) {
    auto doc = LoadDocument(file, s->pipeline.load);
    if (!doc.ok()) {
      err << doc.status().message() << '\n';
      status = 2;
      continue;
    }
    const DocumentEntities found = FindDocumentEntities(*doc, *s->rules);
    std::map<int, int> mentions;
    for (const auto& m : found.mentions) ++mentions[m.index];
    out << file << '\n';
    for (const auto& [index, count] : mentions) {
      if (!found.IsDiscovered(index)) continue;
      const DiscoveredEntity& e = found.Discovered(index);
      out << "  " << e.rule.name << "  [" << e.rule.kind << ", " << count << (count == 1 ? " mention" : " mentions")
          << "]  " << e.how << '\n';
    }
    for (const auto& [index, how] : found.learned_for_listed) {
      out << "  " << s->rules->entities.entities[static_cast<size_t>(index)].name << "  [listed]  " << how << '\n';
    }
  }
  return status;
}

}  // namespace figcheck
