// Claim formats: one claim as CONTRACT.md JSON (and, with the fields a
// ledger stores, back), and claim listings.
//
// Contract: ClaimToJson emits exactly the CONTRACT.md claim fields (null for
// unknown entity/metric/low/high/as_of) plus `rule`, `aspects` and `confidence`
// (0..1, null with no entity). WriteClaimsJsonl writes
// one object per line; WriteClaimsTable a human table (file:line:col, text,
// value, unit, qualifier). Strings from articles are written as they are in
// JSON (escaped by the JSON library) and never interpreted.
#ifndef FIGCHECK_REPORTS_CLAIM_FORMAT_H_
#define FIGCHECK_REPORTS_CLAIM_FORMAT_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/util/status.h"

namespace figcheck {

nlohmann::json ClaimToJson(const Claim& claim);
// The same object as JSON text, appended to *out without building a JSON
// value: byte for byte DumpJson(ClaimToJson(claim)), at a fraction of the cost.
void AppendClaimJson(const Claim& claim, std::string* out);

// What a ledger stores of a document beside its claims' CONTRACT fields.
struct LedgerFields {
  std::string doc_hash;                  // checker/util/content_hash.h of the document's bytes
  std::optional<std::string> published;  // ISO date
};
// ClaimToJson plus `as_of_stated`, `resolution`, `unit_mismatch`, `doc_hash`
// and `published`: every field `ledger add --from-jsonl` needs.
nlohmann::json ClaimToLedgerJson(const Claim& claim, const LedgerFields& document);
// The claim (and its document's fields) back from that JSON: an InvalidInput
// Status naming the first field that is missing or of the wrong type.
Status ClaimFromLedgerJson(const nlohmann::json& j, Claim* claim, LedgerFields* document);
// JSON text of one value, never throwing on odd bytes.
std::string DumpJson(const nlohmann::json& j, int indent = -1);
// With `candidates`, each object also lists the entity candidates with their
// scores and features (what tools/fit_attribution.py fits the weights on).
void WriteClaimsJsonl(const std::vector<Claim>& claims, std::ostream& out, bool candidates = false);
void WriteClaimsTable(const std::vector<Claim>& claims, std::ostream& out);
// The `numbers` form: {"line","column","text","value","unit"}.
void WriteMentionsJsonl(const std::vector<Claim>& mentions, std::ostream& out);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_CLAIM_FORMAT_H_
